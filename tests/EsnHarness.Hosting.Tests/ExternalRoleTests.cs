using System.Net;
using System.Net.Sockets;
using EsnHarness.Bdd;
using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Hosting.Tests.Support;
using EsnHarness.Simulators;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using EsnHarness.Targets;
using Grpc.Core;
using Grpc.Net.Client;

namespace EsnHarness.Hosting.Tests;

/// <summary>
/// Targets are what the report says (#15): with one role pointed at an external system (a simulator host or stub gateway
/// standing in for the agency's), the embedded roles that talk to it talk to it there, so no world is split.
/// </summary>
public sealed class ExternalRoleTests
{
    [Test]
    public async Task StartAsync_McxExternal_EmbeddedTerminalsAffiliateAtTheExternalMcx()
    {
        await using var agency = await SimulatorHost.StartAsync(new SimulatorHostOptions());
        await using var roles = await EmbeddedRoles.StartAsync(Profiles.With((EsnRole.Mcx, agency.Address.ToString())), Profiles.StubsFolder);
        var headers = new Metadata { { EsnMetadata.NamespaceHeader, $"hosting-{Guid.NewGuid():N}" } };
        var config = new McxConfiguration.McxConfigurationClient(roles.Target.Invoker(EsnRole.Mcx));
        var devices = new DeviceService.DeviceServiceClient(roles.Target.Invoker(EsnRole.Device));
        await config.PutGroupAsync(new PutGroupRequest { Group = new GroupConfig { GroupId = "FLON-OPS01" } }, headers);

        await devices.PowerOnAsync(new PowerOnRequest { DeviceId = "a241", PlaceId = "ideal-lab", Identity = new UserIdentity { McpttId = "sip:a241@esn", Agency = Agency.Lfb } }, headers);
        await devices.AffiliateAsync(new GroupRequest { DeviceId = "a241", GroupId = "FLON-OPS01" }, headers);

        using var channel = GrpcChannel.ForAddress(agency.Address);
        var atAgency = await new McxService.McxServiceClient(channel).GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = "FLON-OPS01" }, headers);
        Assert.Multiple(() =>
        {
            Assert.That(roles.Target.Endpoint(EsnRole.Device), Is.EqualTo(roles.SimulatorAddress), "the terminals are embedded");
            Assert.That(atAgency.Affiliations.Select(a => a.McpttId), Is.EqualTo(new[] { "sip:a241@esn" }));
        });
    }

    [Test]
    public async Task RequireTokens_IdmsExternal_EmbeddedMcxChecksTokensAtTheProfilesIdms()
    {
        await using var stubHost = await StubHost.StartAsync(Profiles.StubsFolder);
        await using var gateway = await StubGateway.StartAsync(stubHost);
        await using var roles = await EmbeddedRoles.StartAsync(Profiles.With((EsnRole.Idms, gateway.Address.ToString())), Profiles.StubsFolder);
        var run = new TestRunContext();
        roles.Register(run);
        var session = new EsnSession(roles.Target, new ScenarioContext("IdMS elsewhere", [], new Dictionary<string, string>(), "Hosting", "hosting.feature", 1));
        await using var stubs = new ScenarioStubs(run);

        await new IdmsLogOn(session, stubs).RequireTokensAsync();
        var token = await (await stubs.IdmsAsync()).RequestTokenAsync("sip:las.e271@las.esn.gov.uk");
        var identity = await new McxConfiguration.McxConfigurationClient(session.Invoker(EsnRole.Mcx)).GetIdentityServiceAsync(new GetIdentityServiceRequest());
        await new McxService.McxServiceClient(session.Invoker(EsnRole.Mcx)).RegisterAsync(new RegisterRequest
        {
            Identity = new UserIdentity { McpttId = "sip:las.e271@las.esn.gov.uk", Agency = Agency.Las },
            AccessToken = token.AccessToken,
        });

        Assert.Multiple(() =>
        {
            Assert.That(identity.IntrospectionUrl, Does.StartWith(gateway.Address.ToString()), "the MCX introspects at the profile's IdMS, not the embedded stubs");
            Assert.That(token.Issued, Is.True);
            Assert.That(gateway.OpenSessions, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task StartAsync_ProfileListensOnAPort_EmbeddedSimulatorsReachableThere()
    {
        var port = FreePort();
        var profile = Profiles.With() with { Listen = new EmbeddedListen(IPAddress.Loopback, port) };

        await using var roles = await EmbeddedRoles.StartAsync(profile, Profiles.StubsFolder);

        Assert.That(roles.SimulatorAddress, Is.EqualTo(new Uri($"http://127.0.0.1:{port}")));
    }

    /// <summary>A loopback port nothing listens on: bound by the system, then released.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
