using System.Diagnostics;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>
/// Floor Request → Floor Granted round trips per second through the MCX simulator (unary request, Granted on the
/// Connect stream), next to a plain unary echo (esn.common.v1.Diagnostics/Echo) on the same host and run.
/// Goal: at least 50 % of the echo rate.
/// </summary>
internal static class FloorRoundTripBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = Stats.Quick(args) ? 500 : 5_000;
        await using var bench = await BenchScenario.StartAsync();
        await bench.GroupAsync("G");
        foreach (var id in new[] { "a", "b" })
        {
            await bench.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = id } }, bench.Headers);
            await bench.Mcx.AffiliateAsync(new AffiliationRequest { McpttId = id, GroupId = "G" }, bench.Headers);
        }

        // Echo first: the group call below must not sit idle past its hang time.
        var echoRate = await EchoRateAsync(bench, rounds);
        using var downlink = bench.Mcx.Connect(new ConnectRequest { McpttId = "a" }, bench.Headers);
        var call = await bench.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = "a", CallType = CallType.PrearrangedGroup, GroupId = "G" }, bench.Headers);
        var callId = call.Call.CallId;

        var floorTime = TimeSpan.Zero;
        for (var i = 0; i < rounds + 50; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await bench.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = "a", CallId = callId }, bench.Headers);
            await NextAsync(downlink.ResponseStream, FloorEventKind.Granted);
            if (i >= 50)
            {
                floorTime += Stopwatch.GetElapsedTime(started);
            }

            await bench.Mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = "a", CallId = callId }, bench.Headers);
            await NextAsync(downlink.ResponseStream, FloorEventKind.Idle);
        }

        var floorRate = rounds / floorTime.TotalSeconds;
        // Echo again once everything is warm; the faster of the two is the (conservative) baseline.
        echoRate = Math.Max(echoRate, await EchoRateAsync(bench, rounds));
        Console.WriteLine($"sim-floor: {rounds} sequential round trips each, 127.0.0.1, HTTP/2 (echo: best of a run before and after)");
        Console.WriteLine($"  unary echo (Diagnostics.Echo)  {echoRate,10:N0} calls/s");
        Console.WriteLine($"  Floor Request -> Floor Granted {floorRate,10:N0} round trips/s  ({floorRate / echoRate:P0} of echo; goal >= 50 %: {Stats.Verdict(floorRate >= echoRate / 2)})");
        return 0;
    }

    private static async Task<double> EchoRateAsync(BenchScenario bench, int rounds)
    {
        var echo = new Diagnostics.DiagnosticsClient(bench.Channel);
        var request = new EchoRequest { Payload = Google.Protobuf.ByteString.CopyFrom(new byte[32]) };
        for (var i = 0; i < 50; i++)
        {
            await echo.EchoAsync(request, bench.Headers);
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < rounds; i++)
        {
            await echo.EchoAsync(request, bench.Headers);
        }

        return rounds / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task NextAsync(IAsyncStreamReader<McxEvent> stream, FloorEventKind kind)
    {
        while (await stream.MoveNext(CancellationToken.None))
        {
            if (stream.Current.Floor?.Kind == kind)
            {
                return;
            }
        }

        throw new InvalidOperationException($"downlink ended before Floor {kind}");
    }
}
