using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// A terminal's radio link as the network model describes it (service, latency, jitter, loss, duplication) and the
/// terminal's draws against it: the delay, loss and duplication each message meets, seeded per terminal so a run
/// repeats. Waiters for service are released when the link comes back. A handover (a new serving cell with
/// handover_from_cell_id set) interrupts the user plane for the link's handover_interruption_ms from when the terminal
/// takes the new cell: voice frames in that window are lost, up to that much audio (frames a busy host bunches into the
/// window do not cost more), and signalling is not (it is retransmitted, not interrupted).
/// </summary>
internal sealed class RadioLink(string deviceId, Random random, TimeProvider time)
{
    private readonly Lock _gate = new();
    private LinkConditions _link = new();
    private DateTimeOffset _userPlaneBackAt = DateTimeOffset.MinValue;
    private TimeSpan _interruptionLeft;

    /// <summary>Whether a handover's interruption may still cost frames: read without the lock by every frame, which
    /// outside a handover (nearly always) then needs neither the lock nor the clock.</summary>
    private volatile bool _interrupting;
    private TaskCompletionSource _serviceBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The conditions in force (read without the lock: a reference swap is atomic, updates are serialised).</summary>
    public LinkConditions Current => Volatile.Read(ref _link);

    public bool InService => Current.InService;

    /// <summary>The conditions at attachment (power on), whatever was in force before.</summary>
    public void Reset(LinkConditions link)
    {
        lock (_gate)
        {
            Volatile.Write(ref _link, link);
        }

        if (link.InService)
        {
            ReleaseServiceWaiters();
        }
    }

    /// <summary>
    /// Takes <paramref name="link"/> unless it is older than the one in force for the same place; returns the previous
    /// conditions, or null when the update was stale.
    /// </summary>
    public LinkConditions? Apply(LinkConditions link)
    {
        LinkConditions previous;
        lock (_gate)
        {
            previous = _link;
            if (link.Version != 0 && link.Version <= previous.Version && link.PlaceId == previous.PlaceId)
            {
                return null;
            }

            Volatile.Write(ref _link, link);
            if (link.InService && link.HandoverInterruptionMs > 0 && link.HandoverFromCellId.Length > 0 && link.CellId != previous.CellId)
            {
                _interruptionLeft = TimeSpan.FromMilliseconds(link.HandoverInterruptionMs);
                _userPlaneBackAt = time.GetUtcNow() + _interruptionLeft;
                _interrupting = true;
            }
        }

        if (link.InService)
        {
            ReleaseServiceWaiters();
        }

        return previous;
    }

    public void RequireService()
    {
        var link = Current;
        if (!link.InService)
        {
            throw Errors.Precondition($"device_id '{deviceId}' has no service: {(link.Reason.Length > 0 ? link.Reason : "not attached")}");
        }
    }

    /// <summary>Waits until the terminal has service again or <paramref name="within"/> passes (no error: the caller decides).</summary>
    public async Task AwaitServiceAsync(TimeSpan within, CancellationToken ct)
    {
        var back = Volatile.Read(ref _serviceBack);
        if (InService)
        {
            return;
        }

        try
        {
            await back.Task.WaitAsync(within, time, ct);
        }
        catch (TimeoutException)
        {
            // Still no service: the caller retransmits or gives up, as it does for a lost message.
        }
    }

    /// <summary>One uplink message's modelled delay (latency plus a jitter draw).</summary>
    public TimeSpan UplinkDelay() => Delay(Current.Link, withJitter: true);

    public TimeSpan Delay(LinkProfile? profile, bool withJitter)
    {
        if (profile is null || (profile.LatencyMs <= 0 && profile.JitterMs <= 0))
        {
            return TimeSpan.Zero;
        }

        var jitter = withJitter ? profile.JitterMs * NextDouble() : 0;
        return TimeSpan.FromMilliseconds(profile.LatencyMs + jitter);
    }

    /// <summary>
    /// Whether a voice frame of <paramref name="frame"/> length is lost to a handover in progress (TS 36.331 §5.3.5: the
    /// user plane pauses while the terminal re-tunes); the interruption costs at most its own length of audio.
    /// </summary>
    public bool LosesFrameToHandover(TimeSpan frame)
    {
        if (!_interrupting)
        {
            return false;
        }

        lock (_gate)
        {
            if (time.GetUtcNow() >= _userPlaneBackAt || _interruptionLeft <= TimeSpan.Zero)
            {
                _interrupting = false;
                return false;
            }

            _interruptionLeft -= frame;
            return true;
        }
    }

    public bool Lost()
    {
        var loss = Current.Link?.LossRatio ?? 0;
        return loss > 0 && NextDouble() < loss;
    }

    public bool Duplicated()
    {
        var dup = Current.Link?.DuplicateRatio ?? 0;
        return dup > 0 && NextDouble() < dup;
    }

    /// <summary>Waits a modelled delay on the injected clock.</summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, ct); // allowed: modelled radio link latency

    private void ReleaseServiceWaiters() =>
        Interlocked.Exchange(ref _serviceBack, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private double NextDouble()
    {
        lock (random)
        {
            return random.NextDouble();
        }
    }
}
