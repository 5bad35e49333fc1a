using EsnHarness.Benchmarks.Catalogue;

var benchmarks = new Dictionary<string, Func<string[], Task<int>>>
{
    ["catalogue"] = CatalogueBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: EsnHarness.Benchmarks <{string.Join("|", benchmarks.Keys)}> [--quick]");
    return 2;
}

return await run(args[1..]);
