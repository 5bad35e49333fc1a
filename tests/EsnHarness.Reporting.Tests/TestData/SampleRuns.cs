namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>
/// A small London catalogue with known outcomes. The readiness counts of @must requirements:
/// voice: MPS 1 pass / 1 fail / 1 not run, LFB 1/0/1, LAS 0/1/0; emergency: MPS 1/0/0, LFB 0/0/0, LAS 1/1/0.
/// </summary>
public static class SampleRuns
{
    public static readonly double[] PttSamples = [.. Enumerable.Range(0, 100).Select(i => 20.0 + i * 0.5)];

    public static RunBuilder Catalogue(string idPrefix = "")
    {
        var run = new RunBuilder(idPrefix).WithRunInfo("reference", new Dictionary<string, string>
        {
            ["mcx"] = "http://127.0.0.1:5001",
            ["cad"] = "https://cad-user:hunter2@cad.las.example:8443/api?token=abc",
            ["apiKey"] = "should-not-appear",
        });
        var ptt = run.Feature("features/voice/ptt-access.feature", "PTT access on an operational group",
            "As a firefighter on FLON-OPS01\nI need the floor within 300 ms\nso that urgent traffic is not clipped.", "@voice");
        var kpi1 = ptt.Scenario("PTT access time within KPI1", "@REQ-LDN-VOICE-001", "@MPS", "@LFB", "@must", "@kpi", "@3gpp-22.179-R-6.15.3.2-012");
        kpi1.Description = "KPI1: the MCPTT access time is below 300 ms\nfor 95 % of at least 100 requests in surface coverage.";
        kpi1
            .Given("a group call on FLON-OPS01 with 4 members")
            .When("100 floor requests are made")
            .Then("95% of floor grants arrive within 300 ms")
            .Evidence("KPI1 access time", "ms", 95, 300, 67.5, "pass", PttSamples);
        ptt.Scenario("Mouth-to-ear latency within KPI3", "@REQ-LDN-VOICE-002", "@MPS", "@LAS", "@must", "@kpi", "@3gpp-22.179-R-6.15.3.2-013")
            .Given("a group call on an MPS borough group")
            .When("50 voice bursts are sent")
            .Then("95% of bursts are heard within 300 ms", ScenarioStatus.Failed, "Expected p95 < 300 ms but was 412.0 ms")
            .Evidence("KPI3 mouth-to-ear", "ms", 95, 300, 412, "fail", [.. Enumerable.Range(0, 50).Select(i => 250.0 + i * 4)]);
        ptt.Scenario("Late entry within KPI4", "@REQ-LDN-VOICE-003", "@MPS", "@LFB", "@must", "@kpi", "@3gpp-22.179-R-6.15.3.2-014").NotRun()
            .Given("an ongoing group call").When("a crew joins late").Then("audio starts within 150 ms");
        ptt.Scenario("Talk-time limit revokes a stuck PTT", "@REQ-LDN-VOICE-004", "@LFB", "@should", "@london-assumption")
            .Given("a member holds PTT").When("the maximum talk time passes").Then("the floor is revoked with cause 2", ScenarioStatus.Pending, "TODO: step not implemented");
        var emergency = run.Feature("features/emergency/emergency-alert.feature", "Emergency alert reaches the control room",
            "An officer in danger presses the emergency button.", "@emergency");
        emergency.RuleScenario("Alerts carry location", "Alert with location within 2 s", "@REQ-LDN-EMERG-001", "@MPS", "@LAS", "@must", "@london-assumption")
            .Given("an officer on a borough group").When("the emergency button is pressed").Then("the control room sees the alert with location");
        emergency.RuleDescriptions["Alerts carry location"] = "Every emergency alert carries the last known position.";
        emergency.Scenario("Lone worker silent alert", "@REQ-LDN-EMERG-002", "@LAS", "@must")
            .Given("a paramedic alone with a patient").When("the silent alert is raised").Then("the handset stays silent", ScenarioStatus.Undefined);
        emergency.Scenario("Emergency cancellation by originator only", "@REQ-LDN-EMERG-003", "@MPS", "@LFB", "@LAS", "@could")
            .Given("an active emergency").When("another member cancels it", ScenarioStatus.Failed, "Cancellation was accepted from a non-originator")
            .Then("the cancellation is refused", ScenarioStatus.Skipped)
            .Attach("request: CancelEmergency{group: FLON-OPS01}\nresponse: OK", "text/plain", "exchange.txt");
        return run;
    }
}
