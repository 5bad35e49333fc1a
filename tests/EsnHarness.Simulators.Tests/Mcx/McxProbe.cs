using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>
/// A client of the MCX service itself (no device simulator in between): registers, reads its Connect stream, and waits
/// for events with a deadline. Nothing is acknowledged unless the test does it, so retransmissions stay visible.
/// </summary>
public sealed class McxProbe : IDisposable
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);
    private readonly AsyncServerStreamingCall<McxEvent> _call;
    private readonly Channel<McxEvent> _events = Channel.CreateUnbounded<McxEvent>();
    private readonly List<McxEvent> _seen = [];

    private McxProbe(Scenario scenario, string mcpttId, AsyncServerStreamingCall<McxEvent> call)
    {
        Scenario = scenario;
        McpttId = mcpttId;
        _call = call;
        _ = PumpAsync();
    }

    public Scenario Scenario { get; }

    public string McpttId { get; }

    /// <summary>Registers <c>sip:{name}@esn</c>, connects its downlink, and affiliates it to <paramref name="groups"/>.</summary>
    public static Task<McxProbe> RegisterAsync(Scenario s, string name, string role = "responder", params string[] groups) =>
        RegisterAsync(s, name, Agency.Lfb, role, "", groups);

    /// <summary>Registers <c>sip:{name}@esn</c> of <paramref name="agency"/> from client <paramref name="clientId"/> ("" = none),
    /// connects its downlink, and affiliates it to <paramref name="groups"/>.</summary>
    public static async Task<McxProbe> RegisterAsync(Scenario s, string name, Agency agency, string role, string clientId, params string[] groups)
    {
        var id = $"sip:{name}@esn";
        await s.Mcx.RegisterAsync(new RegisterRequest
        {
            Identity = new UserIdentity { McpttId = id, Agency = agency, Role = role, FunctionalAlias = name.ToUpperInvariant() },
            ClientId = clientId,
        }, s.Headers);
        var probe = new McxProbe(s, id, s.Mcx.Connect(new ConnectRequest { McpttId = id }, s.Headers));
        foreach (var group in groups)
        {
            await probe.AffiliateAsync(group);
        }

        return probe;
    }

    public Task<AffiliationResponse> AffiliateAsync(string group) =>
        Scenario.Mcx.AffiliateAsync(new AffiliationRequest { McpttId = McpttId, GroupId = group }, Scenario.Headers).ResponseAsync;

    public async Task<CallInfo> CallAsync(string group, CallType type = CallType.PrearrangedGroup, bool talk = false) =>
        (await Scenario.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = McpttId, GroupId = group, CallType = type, ImplicitFloorRequest = talk }, Scenario.Headers)).Call;

    public Task RequestFloorAsync(string callId) =>
        Scenario.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = McpttId, CallId = callId }, Scenario.Headers).ResponseAsync;

    public async Task<uint> SendMediaAsync(string callId, uint sequence) =>
        (await Scenario.Mcx.SendMediaAsync(new MediaPacket { CallId = callId, SenderMcpttId = McpttId, BurstId = 1, Sequence = sequence }, Scenario.Headers)).ForwardedTo;

    /// <summary>The next event that matches, skipping (and keeping) the others; fails after the deadline.</summary>
    public async Task<McxEvent> WaitForAsync(Func<McxEvent, bool> match, string what, TimeSpan? deadline = null)
    {
        var found = _seen.FirstOrDefault(match);
        if (found is not null)
        {
            _seen.Remove(found);
            return found;
        }

        using var cts = new CancellationTokenSource(deadline ?? DefaultDeadline);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(cts.Token);
                if (match(e))
                {
                    return e;
                }

                _seen.Add(e);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{McpttId}: no event '{what}' within {(deadline ?? DefaultDeadline).TotalSeconds} s; saw: {string.Join(" | ", _seen.TakeLast(12).Select(e => e.EventCase))}");
        }
    }

    /// <summary>
    /// Every event up to and including the first that matches <paramref name="barrier"/> (an event the test caused after
    /// the one it looks for, on the same ordered downlink): what arrived before the barrier is all that ever will.
    /// </summary>
    public async Task<IReadOnlyList<McxEvent>> UntilAsync(Func<McxEvent, bool> barrier, string what)
    {
        var before = new List<McxEvent>(_seen);
        _seen.Clear();
        var index = before.FindIndex(e => barrier(e));
        if (index >= 0)
        {
            _seen.AddRange(before.Skip(index + 1));
            return before.Take(index + 1).ToList();
        }

        var found = await WaitForAsync(barrier, what);
        before.AddRange(_seen);
        _seen.Clear();
        before.Add(found);
        return before;
    }

    public void Dispose() => _call.Dispose();

    private async Task PumpAsync()
    {
        try
        {
            await foreach (var e in _call.ResponseStream.ReadAllAsync())
            {
                await _events.Writer.WriteAsync(e);
            }
        }
        catch (RpcException)
        {
            // The stream closed at the end of the test.
        }
    }
}
