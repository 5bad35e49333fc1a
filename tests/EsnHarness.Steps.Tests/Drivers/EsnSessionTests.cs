using System.Net;
using System.Net.Sockets;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>The scenario's call invokers: a role whose endpoint cannot be reached is named in the failure.</summary>
public sealed class EsnSessionTests
{
    [Test]
    public async Task Invoker_EndpointRefusesConnections_FailureNamesTheRoleAndAddress()
    {
        var address = new Uri($"http://127.0.0.1:{ClosedPort()}/");
        await using var target = new EsnTarget(new Dictionary<EsnRole, Uri> { [EsnRole.ControlRoom] = address });
        var session = new EsnSession(target, new ScenarioContext("unreachable", [], new Dictionary<string, string>(), "Sessions", "test.feature", 1));
        var client = new McxService.McxServiceClient(session.Invoker(EsnRole.ControlRoom));

        // Its own type, so no step takes a system that went away for ESN refusing the request.
        var unary = Assert.ThrowsAsync<EndpointUnreachableException>(async () => await client.ListCallsAsync(new ListCallsRequest()));
        var stream = Assert.ThrowsAsync<EndpointUnreachableException>(async () =>
        {
            using var call = client.Connect(new ConnectRequest { McpttId = "sip:a@esn" });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        });

        Assert.Multiple(() =>
        {
            Assert.That(unary!.StatusCode, Is.EqualTo(StatusCode.Unavailable));
            Assert.That(unary.Status.Detail, Does.StartWith($"controlRoom endpoint {address} is unreachable: "));
            Assert.That(stream!.Status.Detail, Does.StartWith($"controlRoom endpoint {address} is unreachable: "));
        });
    }

    /// <summary>A loopback port nothing listens on: bound by the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
