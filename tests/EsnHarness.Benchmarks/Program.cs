using EsnHarness.Benchmarks.Reporting;

var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["living-doc"] = LivingDocBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine($"usage: dotnet run -c Release --project tests/EsnHarness.Benchmarks -- <{string.Join('|', benchmarks.Keys)}> [--quick]");
    return 2;
}

return await benchmark(args[1..]);
