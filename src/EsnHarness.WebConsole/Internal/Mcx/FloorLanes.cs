using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Internal.State;
using Grpc.Core;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>
/// PTT on a group or in a private call. Presses and releases of one lane are served in order (a release never overtakes
/// its press); a press on a group sets up the group call or joins the one up, with the floor request in the set-up (implicit
/// floor request), and a grant while the PTT is still held starts the talk burst.
/// </summary>
internal sealed class FloorLanes(McxClients clients, ConsoleState state, string me, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Lane> _lanes = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _stops = [];

    public async Task PressAsync(PttTarget target, CancellationToken ct)
    {
        var lane = _lanes.GetOrAdd(target.Key, _ => new Lane());
        await lane.Gate.WaitAsync(ct);
        try
        {
            lane.Pressed = true;
            lane.Target = target;
            SetFloor(target, new FloorView(FloorView.Requesting));
            if (target.GroupId is { } group)
            {
                var setup = new SetupCallRequest { McpttId = me, CallType = target.Broadcast ? CallType.BroadcastGroup : CallType.PrearrangedGroup, GroupId = group, ImplicitFloorRequest = true };
                var call = (await clients.Mcx.SetupCallAsync(setup, clients.Options(ct))).Call;
                lane.CallId = call.CallId;
                state.Mutate(m => m.Tile(group)!.CallId ??= call.CallId);
            }
            else
            {
                lane.CallId = target.CallId;
                await clients.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = me, CallId = target.CallId }, clients.Options(ct));
            }

            if (state.Read(m => FloorOf(m, target)?.State) == "granted")
            {
                OnGranted(lane.CallId!);
            }
        }
        catch (RpcException e)
        {
            lane.Pressed = false;
            SetFloor(target, new FloorView("denied", e.Status.Detail));
            throw;
        }
        finally
        {
            lane.Gate.Release();
        }
    }

    public async Task ReleaseAsync(PttTarget target, CancellationToken ct)
    {
        if (!_lanes.TryGetValue(target.Key, out var lane))
        {
            return;
        }

        await lane.Gate.WaitAsync(ct);
        try
        {
            if (!lane.Pressed)
            {
                return;
            }

            lane.Pressed = false;
            if (Interlocked.Exchange(ref lane.Burst, null) is { } burst)
            {
                await burst.StopAsync(ct);
            }

            if (lane.CallId is { } callId)
            {
                try
                {
                    await clients.Mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = me, CallId = callId }, clients.Options(ct));
                }
                catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.FailedPrecondition)
                {
                    // The call ended or the floor was taken away while PTT was held: nothing left to release.
                }
            }

            state.Mutate(m =>
            {
                if (FloorOf(m, target) is { State: FloorView.Requesting or "granted" or "queued" })
                {
                    SetFloorLocked(m, target, FloorView.Idle);
                }
            });
        }
        finally
        {
            lane.Gate.Release();
        }
    }

    /// <summary>The floor was granted in <paramref name="callId"/>: a lane still holding PTT there starts talking, and its tile or call
    /// shows the grant (also when the grant overtook the call's set-up answer, before the tile knew the call).</summary>
    public void OnGranted(string callId)
    {
        foreach (var lane in _lanes.Values.Where(l => l.Pressed && l.CallId == callId && Volatile.Read(ref l.Burst) is null))
        {
            if (lane.Target is { } target)
            {
                state.Mutate(m =>
                {
                    if (target.GroupId is { } group && m.Tile(group) is { } tile)
                    {
                        tile.CallId ??= callId;
                    }

                    if (FloorOf(m, target) is { State: FloorView.Requesting })
                    {
                        SetFloorLocked(m, target, new FloorView("granted"));
                    }
                });
            }

            var burst = new TalkBurst(clients, callId, me, (uint)Interlocked.Increment(ref lane.Bursts), time, Sent);
            if (Interlocked.CompareExchange(ref lane.Burst, burst, null) is null)
            {
                burst.Start();
            }
        }
    }

    /// <summary>The floor was taken away in <paramref name="callId"/> (revoked, call ended): its talk burst stops.</summary>
    public void OnLost(string callId)
    {
        foreach (var lane in _lanes.Values.Where(l => l.CallId == callId))
        {
            if (Interlocked.Exchange(ref lane.Burst, null) is { } burst)
            {
                _stops.Add(burst.StopAsync(CancellationToken.None));
            }
        }
    }

    /// <summary>Stops every talk burst, and awaits the ones already stopping (on close).</summary>
    public async Task StopAllAsync()
    {
        await Task.WhenAll(_stops);
        foreach (var lane in _lanes.Values)
        {
            if (Interlocked.Exchange(ref lane.Burst, null) is { } burst)
            {
                await burst.StopAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>The dispatcher's own burst: the audio meter of its call shows how many frames the MCX accepted.</summary>
    private void Sent(TalkBurst burst, int frames, bool live) => state.Count(m =>
    {
        var shown = false;
        foreach (var tile in m.TilesOfCall(burst.CallId))
        {
            tile.Audio = Meter(tile.Audio, burst, frames, live);
            shown |= tile.Audio.Worth;
        }

        if (m.Calls.TryGetValue(burst.CallId, out var call))
        {
            call.Audio = Meter(call.Audio, burst, frames, live);
            shown |= call.Audio.Worth;
        }

        return shown;
    });

    private AudioMeter Meter(AudioMeter? current, TalkBurst burst, int frames, bool live)
    {
        var meter = AudioMeter.For(current, me, burst.BurstId, outgoing: true);
        meter.Frames = frames;
        meter.Live = live;
        return meter;
    }

    private void SetFloor(PttTarget target, FloorView floor) => state.Mutate(m => SetFloorLocked(m, target, floor));

    private static void SetFloorLocked(ConsoleModel m, PttTarget target, FloorView floor)
    {
        if (target.GroupId is { } group && m.Tile(group) is { } tile)
        {
            tile.Floor = floor;
        }
        else if (target.CallId is { } call && m.Calls.TryGetValue(call, out var privateCall))
        {
            privateCall.Floor = floor;
        }
    }

    private static FloorView? FloorOf(ConsoleModel m, PttTarget target) =>
        target.GroupId is { } group ? m.Tile(group)?.Floor : m.Calls.GetValueOrDefault(target.CallId!)?.Floor;

    private sealed class Lane
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public TalkBurst? Burst;
        public int Bursts;
        public volatile bool Pressed;
        public volatile string? CallId;
        public volatile PttTarget? Target;
    }
}
