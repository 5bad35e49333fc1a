namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>An in-process <c>esn run</c> as the catalogue benchmarks read it.</summary>
internal sealed record EsnRun(int ExitCode, TimeSpan Elapsed, string Output, List<ScenarioRecord> Scenarios);
