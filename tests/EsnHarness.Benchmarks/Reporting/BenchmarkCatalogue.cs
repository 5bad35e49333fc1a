using EsnHarness.Reporting;
using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Benchmarks.Reporting;

/// <summary>
/// A run shaped like the London catalogue at scale: nine capabilities, features of 20 scenarios,
/// one in five measured (100 samples of evidence), some failures, pending and not-run scenarios.
/// </summary>
internal static class BenchmarkCatalogue
{
    private static readonly string[] Capabilities = ["voice", "emergency", "data", "location", "coverage", "interop", "control-room", "resilience", "security"];
    private static readonly string[] Agencies = ["@MPS", "@LFB", "@LAS"];
    private static readonly string[] Priorities = ["@must", "@must", "@should", "@could"];

    public static RunBuilder Build(int scenarios)
    {
        var run = new RunBuilder().WithRunInfo("reference", new Dictionary<string, string> { ["mcx"] = "http://127.0.0.1:5001" });
        FeatureSpec? feature = null;
        for (var i = 0; i < scenarios; i++)
        {
            var capability = Capabilities[i / 20 % Capabilities.Length];
            if (i % 20 == 0)
            {
                feature = run.Feature($"features/{capability}/area-{i / 20:D3}.feature", $"{capability} requirement area {i / 20}",
                    "As an ESN user in London\nI need this capability to work as Airwave did\nso that operations continue after switch-off.");
            }
            var tags = new[] { $"@REQ-LDN-{capability.ToUpperInvariant()}-{i:D4}", Agencies[i % 3], Agencies[(i + 1) % 3], Priorities[i % 4], "@3gpp-22.179-R-6.15.3.2-012" };
            var measured = i % 5 == 0;
            var scenario = feature!.Scenario($"Requirement {i}: {capability} behaves under load", measured ? [.. tags, "@kpi"] : tags)
                .Given($"a group call on FLON-OPS{i % 100:D2} with {i % 7 + 2} members")
                .When("the floor is requested 100 times");
            var fails = i % 13 == 0;
            if (i % 31 == 0)
            {
                scenario.NotRun();
            }
            if (i % 17 == 0)
            {
                scenario.Then("the talk-time limit is enforced", ScenarioStatus.Pending, "TODO");
                continue;
            }
            scenario.Then("95% of grants arrive within 300 ms", fails ? ScenarioStatus.Failed : ScenarioStatus.Passed,
                fails ? "Expected p95 < 300 ms but was 341.0 ms" : null);
            if (measured)
            {
                var samples = Enumerable.Range(0, 100).Select(k => 20 + (k * 37 + i) % 100 * (fails ? 3.5 : 2.5)).ToList();
                var p95 = samples.Order().ElementAt(94);
                scenario.Evidence("KPI1 access time", "ms", 95, 300, p95, p95 < 300 ? "pass" : "fail", samples);
            }
        }
        return run;
    }
}
