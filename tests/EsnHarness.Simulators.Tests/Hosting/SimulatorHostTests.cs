using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Hosting;

public sealed class SimulatorHostTests
{
    [Test]
    public async Task StartAsync_Defaults_BindsLoopbackWithHealthServing()
    {
        var health = new Health.HealthClient(HostSetup.Channel);

        var response = await health.CheckAsync(new HealthCheckRequest());

        Assert.Multiple(() =>
        {
            Assert.That(HostSetup.Host.Address.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(HostSetup.Host.Address.Port, Is.GreaterThan(0));
            Assert.That(response.Status, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
        });
    }

    [Test]
    public async Task Reflection_ListServices_NamesEveryEsnService()
    {
        var reflection = new ServerReflection.ServerReflectionClient(HostSetup.Channel);
        using var call = reflection.ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.That(await call.ResponseStream.MoveNext(CancellationToken.None), Is.True);

        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.That(names, Is.SupersetOf(new[]
        {
            "esn.device.v1.DeviceService", "esn.mcx.v1.McxService", "esn.mcx.v1.McxConfiguration",
            "esn.network.v1.NetworkService", "esn.interworking.v1.InterworkingService", "grpc.health.v1.Health",
        }));
    }

    [Test]
    public async Task DisposeAsync_TerminalPoweredOnWithObserverOpen_StopsWithoutWaitingForTheStreams()
    {
        var host = await SimulatorHost.StartAsync(new SimulatorHostOptions());
        using var channel = GrpcChannel.ForAddress(host.Address);
        var devices = new EsnHarness.Contracts.Device.V1.DeviceService.DeviceServiceClient(channel);
        var headers = new Grpc.Core.Metadata { { "esn-namespace", "dispose-test" } };
        await devices.PowerOnAsync(new EsnHarness.Contracts.Device.V1.PowerOnRequest
        {
            DeviceId = "a", PlaceId = "ideal-lab",
            Identity = new EsnHarness.Contracts.Common.V1.UserIdentity { McpttId = "sip:a@esn", Agency = EsnHarness.Contracts.Common.V1.Agency.Mps },
        }, headers);
        using var observer = devices.Observe(new EsnHarness.Contracts.Device.V1.ObserveRequest { DeviceId = "a" }, headers);

        var dispose = host.DisposeAsync().AsTask();

        // Kestrel's graceful shutdown waits up to 30 s for open requests; 10 s tells the two apart on a loaded machine.
        Assert.That(async () => await dispose.WaitAsync(TimeSpan.FromSeconds(10)), Throws.Nothing, "the host waited for its open streams instead of ending them");
    }

    [Test]
    public async Task StartAsync_MutualTls_ClientWithCaIssuedCertificateServedAndClientWithoutRefused()
    {
        using var ca = CreateCa();
        using var server = Issue(ca, "CN=127.0.0.1", serverAuth: true);
        using var client = Issue(ca, "CN=esn-test-client", serverAuth: false);
        var dir = Directory.CreateTempSubdirectory("esn-tls-");
        var serverPath = Path.Combine(dir.FullName, "server.pfx");
        var caPath = Path.Combine(dir.FullName, "ca.cer");
        await File.WriteAllBytesAsync(serverPath, server.Export(X509ContentType.Pkcs12, "pw"));
        await File.WriteAllBytesAsync(caPath, ca.Export(X509ContentType.Cert));
        await using var host = await SimulatorHost.StartAsync(new SimulatorHostOptions
        {
            CertificatePath = serverPath, CertificatePassword = "pw", ClientCaPath = caPath,
        });

        var withCert = await CheckAsync(host.Address, ca, client);
        var withoutCert = Assert.CatchAsync(async () => await CheckAsync(host.Address, ca, null));

        Assert.Multiple(() =>
        {
            Assert.That(host.Address.Scheme, Is.EqualTo("https"));
            Assert.That(withCert, Is.EqualTo(HealthCheckResponse.Types.ServingStatus.Serving));
            Assert.That(withoutCert, Is.Not.Null);
        });
        dir.Delete(recursive: true);
    }

    [Test]
    public void StartAsync_PlacesFileWithUnknownCoverage_ConfigurationErrorNamingFileAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), $"places-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "places": [ { "placeId": "x", "name": "X", "borough": "Camden", "coverage": "moon", "latitude": 0, "longitude": 0 } ] }""");

        var error = Assert.ThrowsAsync<SimulatorConfigurationException>(async () =>
            await SimulatorHost.StartAsync(new SimulatorHostOptions { PlacesFile = path }));

        File.Delete(path);
        Assert.That(error!.Message, Does.StartWith(path).And.Contain("places[0] (\"X\").coverage").And.Contain("'moon'"));
    }

    private static async Task<HealthCheckResponse.Types.ServingStatus> CheckAsync(Uri address, X509Certificate2 ca, X509Certificate2? clientCert)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return cert is not null && chain.Build(X509CertificateLoader.LoadCertificate(cert.GetRawCertData()));
        };
        if (clientCert is not null)
        {
            handler.SslOptions.ClientCertificates = [clientCert];
        }

        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler });
        var response = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
        return response.Status;
    }

    private static X509Certificate2 CreateCa()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ESN Test CA", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(2));
    }

    private static X509Certificate2 Issue(X509Certificate2 ca, string subject, bool serverAuth)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [serverAuth ? new Oid("1.3.6.1.5.5.7.3.1") : new Oid("1.3.6.1.5.5.7.3.2")], false));
        if (serverAuth)
        {
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
        }

        using var issued = request.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1), Guid.NewGuid().ToByteArray());
        return issued.CopyWithPrivateKey(key);
    }
}
