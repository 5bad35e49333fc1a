using EsnHarness.Bdd;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the interworking function's status feed (WatchBridges) as the scenario's control rooms watch it,
/// beside the network operations feed: opened when the scenario patches its first talkgroup, kept in one log, ended
/// when the scenario ends.
/// </summary>
public sealed class InterworkingStatusFeed(EsnSession session, Cast cast, IOutputHelper output) : IAsyncDisposable
{
    private readonly InterworkingService.InterworkingServiceClient _client = new(session.Invoker(EsnRole.Interworking));
    private readonly EventLog<BridgeStatusEvent> _log = new("the interworking status feed", e => $"{e.Kind} {e.Bridge.Talkgroup} ({e.Bridge.Agency}) {e.Bridge.FailureReason}".Trim());
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private Task? _pump;

    /// <summary>Starts watching (once); the feed first reports the bridges as they stand, so nothing already patched is missed.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _pump ??= Task.Run(PumpAsync, CancellationToken.None);
        }
    }

    /// <summary>Waits until a console of <paramref name="room"/> could see, on its service's part of the feed, that the talkgroup no longer reaches ESN (failed or removed).</summary>
    public async Task ExpectLostAsync(ControlRoom room, string talkgroup)
    {
        _ = cast.Consoles(room);
        Start();
        var agency = room.Agency;
        var e = await _log.WaitAsync(e => e.Kind is BridgeStatusKind.Failed or BridgeStatusKind.Removed && e.Bridge.Agency == agency
            && string.Equals(e.Bridge.Talkgroup, talkgroup, StringComparison.OrdinalIgnoreCase), 0, session.Timeout,
            $"{room} to be told on the interworking status feed that Airwave talkgroup '{talkgroup}' no longer reaches ESN");
        output.WriteLine($"{room} told: {e.Kind} {talkgroup}{(e.Bridge.FailureReason.Length > 0 ? $" ({e.Bridge.FailureReason})" : "")}.");
    }

    /// <summary>Waits until the feed reports the talkgroup patched to ESN after its last removal or failure (e.g. a roll-back restoring it).</summary>
    public async Task ExpectPatchedAgainAsync(ControlRoom room, string talkgroup)
    {
        _ = cast.Consoles(room);
        Start();
        var agency = room.Agency;
        bool Of(BridgeStatusEvent e) => e.Bridge.Agency == agency && string.Equals(e.Bridge.Talkgroup, talkgroup, StringComparison.OrdinalIgnoreCase);
        var lost = await _log.WaitAsync(e => Of(e) && e.Kind is BridgeStatusKind.Failed or BridgeStatusKind.Removed, 0, session.Timeout,
            $"the interworking status feed to report Airwave talkgroup '{talkgroup}' removed or failed first");
        var from = _log.Snapshot().ToList().IndexOf(lost) + 1;
        await _log.WaitAsync(e => Of(e) && e.Kind == BridgeStatusKind.Patched, from, session.Timeout,
            $"{room} to be told on the interworking status feed that Airwave talkgroup '{talkgroup}' is patched to ESN again");
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_pump is { } pump)
        {
            try
            {
                await pump.WaitAsync(session.Timeout);
            }
            catch (TimeoutException)
            {
                output.WriteLine($"The interworking status feed did not end within {session.Timeout.TotalSeconds:0} s of the scenario's end.");
            }
        }

        _stop.Dispose();
    }

    private Task PumpAsync() =>
        StreamPump.RunAsync(ct => _client.WatchBridges(new WatchBridgesRequest(), cancellationToken: ct), _log, "the interworking status feed", null, _stop.Token);
}
