using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using EsnHarness.Tests.Support;
using Grpc.Core;
using Grpc.Net.Client;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Hosting;

/// <summary>
/// A host whose MCX, network or IdMS is another system (here the shared test host, or a fake IdMS, standing in for an
/// agency's): its device simulator, interworking function and MCX use that system, not the host's own, so no
/// scenario's world is split between two services.
/// </summary>
public sealed class UpstreamTests
{
    [Test]
    public async Task PowerOn_McxUpstream_TerminalRegistersAndAffiliatesThereNotAtItsOwnHost()
    {
        await using var local = await SimulatorHost.StartAsync(new SimulatorHostOptions { Mcx = new UpstreamEndpoint(HostSetup.Host.Address) });
        using var channel = GrpcChannel.ForAddress(local.Address);
        var agency = HostSetup.NewScenario();
        var here = new Scenario(channel, agency.Namespace);
        await agency.GroupAsync("FLON-OPS01");

        using var crew = await here.DeviceAsync("crew-a241", group: "FLON-OPS01");

        var there = await agency.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = "FLON-OPS01" }, agency.Headers);
        var ownGroups = await here.Config.ListGroupsAsync(new ListGroupsRequest(), here.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(there.Affiliations.Select(a => a.McpttId), Is.EqualTo(new[] { "sip:crew-a241@esn" }));
            Assert.That(ownGroups.Groups, Is.Empty, "the host's own MCX saw nothing of the scenario");
        });
    }

    [Test]
    public async Task PowerOn_NetworkUpstream_TerminalAttachesAtAPlaceOnlyThatNetworkKnows()
    {
        await using var local = await SimulatorHost.StartAsync(new SimulatorHostOptions { Network = new UpstreamEndpoint(HostSetup.Host.Address) });
        using var channel = GrpcChannel.ForAddress(local.Address);
        var agency = HostSetup.NewScenario();
        var here = new Scenario(channel, agency.Namespace);
        var lab = await agency.Network.GetPlaceAsync(new GetPlaceRequest { PlaceId = "ideal-lab" }, agency.Headers);
        var onlyThere = lab.Clone();
        onlyThere.PlaceId = "agency-test-lab";
        await agency.Network.PutPlaceAsync(new PutPlaceRequest { Place = onlyThere }, agency.Headers);

        using var crew = await here.DeviceAsync("crew-a241", place: "agency-test-lab");

        var link = await agency.Network.GetLinkConditionsAsync(new GetLinkConditionsRequest { TerminalId = "crew-a241" }, agency.Headers);
        Assert.That(link.PlaceId, Is.EqualTo("agency-test-lab"));
    }

    [Test]
    public async Task PowerOn_McxUpstreamWithMutualTls_ReachedWithTheEndpointsCaAndClientCertificate()
    {
        using var certificates = TestCertificates.Create();
        await using var agencyHost = await SimulatorHost.StartAsync(new SimulatorHostOptions
        {
            CertificatePath = certificates.ServerPem, CertificateKeyPath = certificates.ServerKey, ClientCaPath = certificates.CaPem,
        });
        var upstream = new UpstreamEndpoint(agencyHost.Address) { TrustedCaPath = certificates.CaPem };
        await using var withCertificate = await SimulatorHost.StartAsync(new SimulatorHostOptions
        {
            Mcx = upstream with { ClientCertificatePath = certificates.ClientPem, ClientKeyPath = certificates.ClientKey },
        });
        await using var withoutCertificate = await SimulatorHost.StartAsync(new SimulatorHostOptions { Mcx = upstream });
        using var good = GrpcChannel.ForAddress(withCertificate.Address);
        using var bad = GrpcChannel.ForAddress(withoutCertificate.Address);

        var scenario = new Scenario(good);
        using var crew = await scenario.DeviceAsync("crew-a241");
        var refused = Assert.CatchAsync<RpcException>(async () => await new Scenario(bad).DeviceAsync("crew-e271"));

        var state = await scenario.Devices.GetStateAsync(new DeviceRef { DeviceId = "crew-a241" }, scenario.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(state.Registered, Is.True);
            Assert.That(refused!.Status.Detail, Does.Contain("Error starting gRPC call"), "without the client certificate the agency's MCX refuses the connection");
            Assert.That(upstream.ToString(), Does.StartWith(agencyHost.Address.ToString()));
        });
    }

    [Test]
    public async Task Register_IdmsUpstreamWithCredentials_IntrospectionUnderItCarriesThemAndOthersDoNot()
    {
        await using var agencyIdms = await FakeIdms.StartAsync();
        await using var otherIdms = await FakeIdms.StartAsync();
        await using var local = await SimulatorHost.StartAsync(new SimulatorHostOptions
        {
            Idms = new UpstreamEndpoint(new Uri(agencyIdms.IntrospectionUrl, "/")) { Authorization = "Bearer harness-at-idms" },
        });
        using var channel = GrpcChannel.ForAddress(local.Address);

        await RegisterWithTokenAsync(new Scenario(channel), agencyIdms);
        await RegisterWithTokenAsync(new Scenario(channel), otherIdms);

        Assert.Multiple(() =>
        {
            Assert.That(agencyIdms.Authorizations, Is.EqualTo(new[] { "Bearer harness-at-idms" }));
            Assert.That(otherIdms.Authorizations, Is.EqualTo(new[] { "" }), "the IdMS endpoint's credentials go to that IdMS only");
        });
    }

    [Test]
    public void UpstreamEndpoint_ToString_NeverShowsTheSecrets()
    {
        var endpoint = new UpstreamEndpoint(new Uri("https://mcx.test.agency:8443")) { ClientKeyPassword = "key-s3cret", Authorization = "Bearer tok-s3cret" };

        Assert.That(endpoint.ToString(), Does.Not.Contain("s3cret").And.Contain("authorization ***"));
    }

    private static async Task RegisterWithTokenAsync(Scenario s, FakeIdms idms)
    {
        await s.Config.SetIdentityServiceAsync(new IdentityService { IntrospectionUrl = idms.IntrospectionUrl.ToString(), RequireToken = true }, s.Headers);
        await s.Mcx.RegisterAsync(new RegisterRequest
        {
            Identity = new UserIdentity { McpttId = "sip:a@esn", Agency = Agency.Mps },
            AccessToken = idms.Issue("sip:a@esn"),
        }, s.Headers);
    }
}
