using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Tests.CadGateway;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Defects of the reference CAD ↔ ESN gateway, each against the faithful gateway.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CadGatewayDefectTests
{
    [TestCase(false, TestName = "Acknowledgement_Faithful_PostedIntoCad")]
    [TestCase(true, TestName = "Acknowledgement_NotForwardedDefect_NeverPosted")]
    [ShowsDefect("cadGateway.acknowledgement-not-forwarded")]
    public async Task Acknowledgement_ThenAStatus_WhatReachesCad(bool defect)
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel, defect ? ["cadGateway.acknowledgement-not-forwarded"] : []);
        var crew = await s.CrewAsync("RRU43");
        await s.DispatchAsync("C1-0412", "RRU43");

        await s.SendTextAsync(crew, "ACK C1-0412");
        await s.SendStatusAsync(crew, 32770);

        // The gateway handles a terminal's messages in order: once the later status is in CAD, the acknowledgement was handled.
        await s.Cad.WaitForPostAsync("/cad/las/resources/RRU43/status");
        Assert.That(s.Cad.Posts.Any(p => p.Path == "/cad/las/incidents/C1-0412/acknowledgements"), Is.EqualTo(!defect));
    }

    [TestCase(false, TestName = "StatusWithoutIncident_Faithful_PostedIntoCad")]
    [TestCase(true, TestName = "StatusWithoutIncident_NeedsOpenIncidentDefect_Dropped")]
    [ShowsDefect("cadGateway.status-needs-open-incident")]
    public async Task StatusFromACrewWithoutIncident_ThenFromADispatchedOne_WhatReachesCad(bool defect)
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel, defect ? ["cadGateway.status-needs-open-incident"] : []);
        var between = await s.CrewAsync("RRU44");
        var dispatched = await s.CrewAsync("RRU43");
        await s.DispatchAsync("C1-0412", "RRU43");

        await s.SendStatusAsync(between, 32773);
        await s.SendStatusAsync(dispatched, 32769);

        await s.Cad.WaitForPostAsync("/cad/las/resources/RRU43/status");
        // Both arrive at the gateway on its one downlink; RRU44's status was sent first. Wait for it in the faithful case.
        if (!defect)
        {
            await s.Cad.WaitForPostAsync("/cad/las/resources/RRU44/status");
        }

        Assert.That(s.Cad.Posts.Any(p => p.Path == "/cad/las/resources/RRU44/status"), Is.EqualTo(!defect));
    }

    [TestCase(false, "At scene", TestName = "StatusCode_Faithful_TranslatedWithItsOwnEntry")]
    [TestCase(true, "Left scene", TestName = "StatusCode_OffByOneDefect_TranslatedWithTheNextEntry")]
    [ShowsDefect("cadGateway.status-code-off-by-one")]
    public async Task StatusCode_AtScene_TextPostedIntoCad(bool defect, string expected)
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel, defect ? ["cadGateway.status-code-off-by-one"] : []);
        var crew = await s.CrewAsync("RRU43");

        await s.SendStatusAsync(crew, 32770);

        var status = await s.Cad.WaitForPostAsync("/cad/las/resources/RRU43/status");
        Assert.That(status.GetProperty("status").GetString(), Is.EqualTo(expected));
    }

    [TestCase(false, 0, TestName = "CheckQuery_Faithful_AskedAtOnce")]
    [TestCase(true, 5, TestName = "CheckQuery_BatchedDefect_AskedWhenItsBatchLeavesFiveSecondsLater")]
    [ShowsDefect("cadGateway.check-queries-batched")]
    public async Task CheckQuery_ModelledSecondsBeforeTheBackOfficeIsAsked(bool defect, int seconds)
    {
        await using var host = await FakeClockHost.StartAsync();
        await using var s = await GatewayScenario.StartAsync(host.Channel, defect ? ["cadGateway.check-queries-batched"] : []);
        var officer = await s.CrewAsync("RRU45");
        await s.SendTextAsync(officer, "CHECK VRM LX19 ABC");
        await s.SendStatusAsync(officer, 32769);
        await s.Cad.WaitForPostAsync("/cad/las/resources/RRU45/status"); // the query reached the gateway before this status

        // The modelled clock moves only when the test moves it; a batch leaves 5 s after its first query.
        var asked = false;
        var advanced = 0;
        while (!asked && advanced <= 10)
        {
            try
            {
                await s.Cad.WaitForPostAsync("/cad/las/checks", TimeSpan.FromMilliseconds(advanced == 0 ? 5000 : 500));
                asked = true;
            }
            catch (TimeoutException)
            {
                host.Time.Advance(TimeSpan.FromSeconds(1));
                advanced++;
            }
        }

        Assert.That(asked, Is.True, "the back office was asked");
        Assert.That(advanced, Is.EqualTo(seconds), "modelled seconds before the back office was asked");
    }
    [TestCase(false, TestName = "DispatchToAnotherServicesCrew_Faithful_BothTerminalsShowIt")]
    [TestCase(true, TestName = "DispatchToAnotherServicesCrew_ForeignTerminalsSkippedDefect_OnlyTheOwnServicesCrewShowsIt")]
    [ShowsDefect("cadGateway.foreign-terminals-skipped")]
    public async Task Dispatch_ToAnLasCrewAndAnLfbCoResponder_WhichTerminalsShowIt(bool defect)
    {
        await using var s = await GatewayScenario.StartAsync(HostSetup.Channel, defect ? ["cadGateway.foreign-terminals-skipped"] : []);
        var ambulance = await s.CrewAsync("RRU43", Agency.Las, "sip:rru43@las.esn.gov.uk");
        var coResponder = await s.CrewAsync("E271", Agency.Lfb, "sip:e271@lfb.esn.gov.uk");

        var sent = await s.DispatchAsync("C1-0977", "RRU43", "E271");
        await ambulance.WaitForAsync(e => e.Message is not null, "the incident on the ambulance's terminal");
        // A barrier on the co-responder's ordered downlink: sent after the dispatch returned, so after any incident SDS.
        await s.Scenario.Devices.SendSdsAsync(new() { DeviceId = ambulance.DeviceId, TargetMcpttId = coResponder.McpttId, Text = "BARRIER" }, s.Scenario.Headers);
        await coResponder.WaitForAsync(e => e.Message?.Message.Payload.ToStringUtf8() == "BARRIER", "the barrier");

        Assert.Multiple(() =>
        {
            Assert.That(coResponder.Seen.Any(e => e.Message?.Message.Payload.ToStringUtf8().StartsWith("CAD C1-0977:", StringComparison.Ordinal) == true), Is.EqualTo(!defect),
                "the LFB co-responder's terminal shows the incident");
            Assert.That(sent.Resources.Select(r => r.Callsign), Is.EqualTo(defect ? new[] { "RRU43" } : new[] { "RRU43", "E271" }));
        });
    }
}
