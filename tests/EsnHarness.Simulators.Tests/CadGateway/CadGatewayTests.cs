using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.CadGateway;

/// <summary>The reference CAD ↔ ESN gateway between a CAD's HTTP API and terminals on the MCX service.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CadGatewayTests
{
    [Test]
    public async Task Dispatch_CallsignInCadsRegister_TerminalShowsTheIncidentFromTheGateway()
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel);
        var crew = await s.CrewAsync("RRU43");

        await s.DispatchAsync("C1-0412", "RRU43");

        var shown = await crew.WaitForAsync(e => e.Message is not null, "the incident");
        Assert.Multiple(() =>
        {
            Assert.That(shown.Message.Message.Payload.ToStringUtf8(), Is.EqualTo("CAD C1-0412: cardiac arrest, Lower Marsh"));
            Assert.That(shown.Message.Message.SenderMcpttId, Is.EqualTo(GatewayScenario.GatewayId));
        });
    }

    [Test]
    public async Task Acknowledgement_FromADispatchedCrew_PostedIntoCadWithItsCallsign()
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel);
        var crew = await s.CrewAsync("RRU43");
        await s.DispatchAsync("C1-0412", "RRU43");

        await s.SendTextAsync(crew, "ACK C1-0412");

        var ack = await s.Cad.WaitForPostAsync("/cad/las/incidents/C1-0412/acknowledgements");
        Assert.That(ack.GetProperty("resource").GetString(), Is.EqualTo("RRU43"));
    }

    [Test]
    public async Task Status_FromACrewWithoutIncident_FoundInTheRegisterAndPostedWithTheTablesText()
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel);
        var crew = await s.CrewAsync("RRU44");

        await s.SendStatusAsync(crew, 32773);

        var status = await s.Cad.WaitForPostAsync("/cad/las/resources/RRU44/status");
        Assert.Multiple(() =>
        {
            Assert.That(status.GetProperty("code").GetUInt32(), Is.EqualTo(32773));
            Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("Clear"));
            Assert.That(status.GetProperty("time").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task CheckQuery_FromAnOfficer_AskedOfTheBackOfficeAndAnsweredAsSds()
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel);
        var officer = await s.CrewAsync("RRU45");

        await s.SendTextAsync(officer, "CHECK VRM LX19 ABC");

        var asked = await s.Cad.WaitForPostAsync("/cad/las/checks");
        var answer = await officer.WaitForAsync(e => e.Message is not null, "the check answer");
        Assert.Multiple(() =>
        {
            Assert.That(asked.GetProperty("query").GetString(), Is.EqualTo("VRM LX19 ABC"));
            Assert.That(answer.Message.Message.Payload.ToStringUtf8(), Is.EqualTo("CHECK VRM LX19 ABC: No reports. Keeper details on file."));
        });
    }

    [Test]
    public async Task Dispatch_CallsignCadDoesNotKnow_NotFoundNamingIt()
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel);

        var e = Assert.ThrowsAsync<RpcException>(() => s.DispatchAsync("C1-0412", "RRU99"));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.NotFound));
        Assert.That(e.Status.Detail, Does.Contain("callsign 'RRU99'").And.Contain("resource register"));
    }

    [Test]
    public void Dispatch_AgencyWithoutGateway_FailedPrecondition()
    {
        var s = HostSetup.NewScenario();
        var gateway = new CadGatewayService.CadGatewayServiceClient(HostSetup.Channel);

        var e = Assert.ThrowsAsync<RpcException>(async () => await gateway.DispatchAsync(
            new DispatchRequest { Agency = Agency.Lfb, IncidentId = "F-2231", Callsigns = { "A241" } }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(e.Status.Detail, Does.Contain("no CAD gateway for agency Lfb"));
    }

    [TestCase("", "field 'cad_url' must be an absolute http:// or https:// address")]
    [TestCase("ftp://cad.example/", "field 'cad_url' must be an absolute http:// or https:// address")]
    public void Configure_BadCadAddress_InvalidArgument(string url, string message)
    {
        var s = HostSetup.NewScenario();
        var gateway = new CadGatewayService.CadGatewayServiceClient(HostSetup.Channel);

        var e = Assert.ThrowsAsync<RpcException>(async () => await gateway.ConfigureAsync(
            new ConfigureGatewayRequest { Agency = Agency.Las, McpttId = GatewayScenario.GatewayId, CadUrl = url }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(e.Status.Detail, Does.Contain(message));
    }

    [Test]
    public void Configure_CadNotListening_UnavailableNamingTheAddress()
    {
        var s = HostSetup.NewScenario();
        var gateway = new CadGatewayService.CadGatewayServiceClient(HostSetup.Channel);

        var e = Assert.ThrowsAsync<RpcException>(async () => await gateway.ConfigureAsync(
            new ConfigureGatewayRequest { Agency = Agency.Las, McpttId = GatewayScenario.GatewayId, CadUrl = "http://127.0.0.1:1/" }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.Unavailable));
        Assert.That(e.Status.Detail, Does.Contain("http://127.0.0.1:1/cad/las/status-codes"));
    }
}
