using System.Collections.Concurrent;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped location driver: sets terminals' reporting policies, lets reporting time pass and moves terminals
/// through esn.device.v1, and follows the MCX location feed (esn.mcx.v1 WatchLocations, what a control room's AVL is
/// fed from) into an event log that expectations await with deadlines.
/// </summary>
public sealed partial class Locations : IAsyncDisposable
{
    private readonly McxService.McxServiceClient _mcx;
    private readonly DeviceService.DeviceServiceClient _devices;
    private readonly Cast _cast;
    private readonly TerminalFleet _fleet;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenSource _stop = new();
    private readonly EventLog<FeedEntry> _feed;
    private readonly Task _pump;
    private readonly ConcurrentDictionary<string, ulong> _marks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<(DateTimeOffset At, TimeSpan Duration)>> _passed = new(StringComparer.Ordinal);
    private RpcException? _feedError;

    /// <summary>Starts following the scenario's location feed.</summary>
    public Locations(EsnSession session, Cast cast, TerminalFleet fleet)
    {
        _fleet = fleet;
        _mcx = new McxService.McxServiceClient(session.Invoker(EsnRole.Mcx));
        _devices = new DeviceService.DeviceServiceClient(session.Invoker(EsnRole.Device));
        _cast = cast;
        _time = session.Target.Clock;
        _timeout = session.Timeout;
        _feed = new EventLog<FeedEntry>("the MCX location feed", e => $"{cast.Describe(e.Record.McpttId)} #{e.Record.ReportCount} {e.Record.Trigger}");
        _pump = Task.Run(PumpAsync);
    }

    /// <summary>The user's last report as the MCX location service holds it.</summary>
    /// <exception cref="ExpectationFailedException">The service holds no report from the user.</exception>
    public async Task<LocationReport> LastAsync(UserName user)
    {
        var record = await _mcx.GetLocationAsync(new GetLocationRequest { McpttId = _cast.Get(user).McpttId });
        return record.Location is null
            ? throw new ExpectationFailedException($"The MCX location service holds no report from {user}.")
            : ToReport(record, record.ReceivedAt.ToDateTime());
    }

    /// <summary>
    /// Waits for a report from the user newer than the last location step on them and received since the scenario's
    /// last terminal action (a move, an emergency...).
    /// </summary>
    public async Task<LocationReport> ExpectReportAsync(UserName user, TimeSpan within)
    {
        var (id, mark) = MarkOf(user);
        var since = _fleet.LastActionAt ?? DateTimeOffset.MinValue;
        var entry = await Feed().WaitAsync(e => e.Record.McpttId == id && e.Record.ReportCount > mark && e.Record.ReceivedAt.ToDateTimeOffset() >= since,
            0, within, $"a location report from {user} (after report #{mark}, received since {since:HH:mm:ss.fff})");
        return ToReport(entry.Record, entry.Record.ReceivedAt.ToDateTime());
    }

    /// <summary>Fails if a report from the user newer than the last location action on them arrives within the window.</summary>
    public Task ExpectNoReportAsync(UserName user, TimeSpan window)
    {
        var (id, mark) = MarkOf(user);
        return Feed().ExpectNoneAsync(e => e.Record.McpttId == id && e.Record.ReportCount > mark, 0, window, $"location report from {user} after report #{mark}");
    }

    /// <summary>
    /// Waits until the control room's location feed shows the user within <paramref name="metres"/> of <paramref name="at"/>;
    /// returns the report and its delay from measurement on the terminal to arrival in the control room's feed.
    /// </summary>
    public async Task<LocationReport> ExpectShownAtAsync(ControlRoom room, UserName user, Position at, double metres, TimeSpan within)
    {
        var member = _cast.Get(user);
        _ = _cast.Consoles(room);
        if (member.Agency != room.Agency)
        {
            throw new ArgumentException($"{user} is {member.Agency.Name()}; {room} tracks {room.Agency.Name()} resources only.");
        }

        var entry = await Feed().WaitAsync(e => e.Record.McpttId == member.McpttId && e.Record.Location is { } l
                && Geo.DistanceMetres(new Position(l.LatitudeDeg, l.LongitudeDeg, l.AltitudeM), at) <= metres,
            0, within, $"{room} to show {user} within {metres:0} m of ({at.Latitude:0.0000}, {at.Longitude:0.0000})");
        return ToReport(entry.Record, entry.ObservedAt.UtcDateTime);
    }

    /// <summary>
    /// How old the control room's position of the user is now: from its measurement, counting the reporting time the
    /// scenario let pass for the user's terminal after it.
    /// </summary>
    public async Task<TimeSpan> PositionAgeAsync(ControlRoom room, UserName user)
    {
        var member = _cast.Get(user);
        _ = _cast.Consoles(room);

        // The feed is a stream: let it deliver what the service already holds before judging the view.
        var held = await Rpc.CallAsync(() => _mcx.GetLocationAsync(new GetLocationRequest { McpttId = member.McpttId }).ResponseAsync, $"read {user}'s last location");
        await Feed().WaitAsync(e => e.Record.McpttId == member.McpttId && e.Record.ReportCount >= held.ReportCount, 0, _timeout,
            $"{room}'s location feed to deliver {user}'s report #{held.ReportCount}");
        var last = Feed().Last(e => e.Record.McpttId == member.McpttId && e.Record.Location?.MeasuredAt is not null)
            ?? throw new ExpectationFailedException($"{room}'s location feed holds no position of {user}.");
        var measured = last.Record.Location.MeasuredAt.ToDateTimeOffset();
        var passed = _passed.TryGetValue(member.McpttId, out var spans)
            ? spans.Where(s => s.At > measured).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration)
            : TimeSpan.Zero;
        return _time.GetUtcNow() - measured + passed;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _pump.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is OperationCanceledException or RpcException or TimeoutException)
        {
            // The feed ends with the scenario.
        }

        _stop.Dispose();
    }

    private static LocationReport ToReport(LocationRecord record, DateTime arrived)
    {
        var l = record.Location;
        var measured = l.MeasuredAt?.ToDateTime() ?? record.ReceivedAt.ToDateTime();
        var source = l.Source switch
        {
            Contracts.Common.V1.LocationSource.Gnss => PositionSource.Gnss,
            Contracts.Common.V1.LocationSource.Cell => PositionSource.Cell,
            _ => PositionSource.NotSaid,
        };
        return new LocationReport(new Position(l.LatitudeDeg, l.LongitudeDeg, l.AltitudeM), ContractWords.ToLocationTrigger(record.Trigger), arrived - measured, source, l.CellId);
    }

    private (string McpttId, ulong Mark) MarkOf(UserName user)
    {
        var id = _cast.Get(user).McpttId;
        return (id, _marks.GetValueOrDefault(id));
    }

    private EventLog<FeedEntry> Feed() =>
        _feedError is { } e
            ? throw new ExpectationFailedException($"The MCX location feed (WatchLocations) failed: {e.StatusCode} {e.Status.Detail}")
            : _feed;

    private async Task PumpAsync()
    {
        try
        {
            using var stream = _mcx.WatchLocations(new WatchLocationsRequest(), cancellationToken: _stop.Token);
            await foreach (var record in stream.ResponseStream.ReadAllAsync(_stop.Token))
            {
                _feed.Append(new FeedEntry(record, _time.GetUtcNow()));
            }
        }
        catch (RpcException e) when (!_stop.IsCancellationRequested)
        {
            _feedError = e;
        }
    }

    private sealed record FeedEntry(LocationRecord Record, DateTimeOffset ObservedAt);
}
