using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests;

public sealed class StubHostTests
{
    [Test]
    public async Task StartAsync_Defaults_StandaloneAndSessionsBoundToLoopbackOnFreePorts()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder);
        await using var session = await host.OpenSessionAsync();

        Assert.Multiple(() =>
        {
            Assert.That(host.Address.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(session.Address.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(host.Address.Port, Is.Not.Zero.And.Not.EqualTo(session.Address.Port));
            Assert.That(session.EndpointAddress("idms"), Is.EqualTo(new Uri(session.Address, "/idms/")));
        });
    }

    [Test]
    public async Task StartAsync_Defaults_NotReachableOnOtherAddressesOfThisMachine()
    {
        var external = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (external is null)
        {
            Assert.Ignore("this machine has no non-loopback IPv4 address to probe from");
        }

        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var error = Assert.ThrowsAsync<SocketException>(async () => await socket.ConnectAsync(external!, host.Address.Port))!;

        Assert.That(error.SocketErrorCode, Is.EqualTo(SocketError.ConnectionRefused));
    }

    [Test]
    public async Task StartAsync_Defaults_NoWireMockAdminInterface()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder);
        using var client = new HttpClient { BaseAddress = host.Address };

        var response = await client.GetAsync("/__admin/mappings");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("Guid"));
    }

    [Test]
    public async Task StartAsync_Standalone_ServesTheMappings()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder);
        using var client = new HttpClient { BaseAddress = host.Address };

        var table = await client.GetStringAsync("/cad/lfb/status-codes");

        Assert.That(table, Does.Contain("In attendance"));
        Assert.That(host.Standalone.Received("cad"), Has.Count.EqualTo(1));
    }

    [Test]
    public void StartAsync_InvalidMapping_ThrowsNamingTheFileBeforeServing()
    {
        using var stubs = new TempStubs();
        stubs.Write("kms/keys.json", "{ \"Title\": \"KMS: keys\", \"Request\": { \"Path\": \"/kms/x\" } }");

        var error = Assert.ThrowsAsync<StubMappingException>(() => StubHost.StartAsync(stubs.Root))!;

        Assert.That(error.Message, Does.EndWith("/kms/keys.json:1:1: Response is missing"));
    }

    [Test]
    public async Task DisposeAsync_Host_StopsSessionsStillOpen()
    {
        var host = await StubHost.StartAsync(RepositoryStubs.Folder);
        var session = await host.OpenSessionAsync();
        var address = session.Address;

        await host.DisposeAsync();
        using var client = new HttpClient { BaseAddress = address };

        Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/avl/lfb/status"));
        Assert.ThrowsAsync<ObjectDisposedException>(() => host.OpenSessionAsync());
    }

    [Test]
    public void StartAsync_PortInUse_OneLineErrorNamingTheAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var error = Assert.ThrowsAsync<StubHostException>(() => StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { Port = port }))!;

        Assert.That(error.Message, Is.EqualTo($"cannot start a stub server on 127.0.0.1:{port}: Failed to bind to address http://127.0.0.1:{port}: address already in use."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }
}
