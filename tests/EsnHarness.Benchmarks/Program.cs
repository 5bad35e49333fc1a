// Benchmarks print their figures next to the peer's; they are not tests and assert nothing about time.
// Usage: dotnet run -c Release --project tests/EsnHarness.Benchmarks -- <name> [--quick]
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["runner"] = EsnHarness.Benchmarks.Runner.RunnerBenchmark.RunAsync,
    ["catalogue"] = EsnHarness.Benchmarks.Catalogue.CatalogueBenchmark.RunAsync,
    ["living-doc"] = EsnHarness.Benchmarks.Reporting.LivingDocBenchmark.RunAsync,
    ["sim-floor"] = EsnHarness.Benchmarks.Simulators.FloorRoundTripBenchmark.RunAsync,
    ["sim-access"] = EsnHarness.Benchmarks.Simulators.AccessTimeBenchmark.RunAsync,
    ["sim-fleet"] = EsnHarness.Benchmarks.Simulators.FleetBenchmark.RunAsync,
    ["sim-sds"] = EsnHarness.Benchmarks.Simulators.SdsLossBenchmark.RunAsync,
    ["soak"] = EsnHarness.Benchmarks.Soak.SoakBenchmark.RunAsync,
    ["kpi-beside"] = EsnHarness.Benchmarks.Catalogue.KpiBesideBenchmark.RunAsync,
    ["mutation"] = EsnHarness.Benchmarks.Catalogue.MutationBenchmark.RunAsync,
    ["web-console"] = EsnHarness.Benchmarks.WebConsole.ConsoleRouteBenchmark.RunAsync,
};

// The soak's esn sim process is this program started again in this mode (see SoakSimChild).
if (args.Length > 0 && args[0] == EsnHarness.Benchmarks.Soak.SoakSimChild.Mode)
{
    return await EsnHarness.Benchmarks.Soak.SoakSimChild.RunAsync(args[1..]);
}

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/EsnHarness.Benchmarks -- <{string.Join("|", benchmarks.Keys.Order())}> [--quick]");
    return 2;
}

return await benchmark(args[1..]);
