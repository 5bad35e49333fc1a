using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// One direction of a gateway's relay: a talk burst heard on one side is held until the gateway may talk on the other,
/// then passed on frame by frame under the gateway's own identity (burst and sequence numbers of its own, the talker's
/// spoken instant kept, so mouth-to-ear across the relay can be measured). A burst that ends before the floor is granted
/// is still passed on when it is. Thread-safe; never calls out under its lock.
/// </summary>
internal sealed class GatewayRelay
{
    private const int MaxHeld = 500; // 10 s of 20 ms frames waiting for the floor; older ones are dropped
    private readonly Lock _gate = new();
    private readonly Queue<MediaPacket> _held = new();
    private bool _active;
    private bool _permitted;
    private bool _ending;
    private uint _burst;
    private uint _sequence;

    /// <summary>True while a burst is being relayed (from its first frame until the far floor is let go).</summary>
    public bool Active
    {
        get
        {
            lock (_gate)
            {
                return _active;
            }
        }
    }

    /// <summary>
    /// A frame of the near side's burst (already addressed as the gateway's own); returns whether it starts a new burst
    /// (the caller then asks for the far side's floor) and the frames to send now (none until permitted).
    /// </summary>
    public (bool Started, IReadOnlyList<MediaPacket> Send) Frame(MediaPacket relayed)
    {
        lock (_gate)
        {
            var started = !_active;
            if (started)
            {
                (_active, _permitted, _ending, _sequence) = (true, false, false, 0);
                _burst++;
                _held.Clear();
            }

            _held.Enqueue(relayed);
            while (_held.Count > MaxHeld)
            {
                _held.Dequeue();
            }

            return (started, _permitted ? Drain() : []);
        }
    }

    /// <summary>The gateway got the floor on the far side: the frames held so far go now; <c>Finished</c> when the burst had
    /// already ended (the caller lets the floor go after sending them).</summary>
    public (IReadOnlyList<MediaPacket> Send, bool Finished) Permit()
    {
        lock (_gate)
        {
            if (!_active || _permitted)
            {
                return ([], false);
            }

            _permitted = true;
            var frames = Drain();
            var finished = _ending;
            if (finished)
            {
                _active = false;
            }

            return (frames, finished);
        }
    }

    /// <summary>The near side's burst ended: true when the caller should let the far floor go now (it was granted);
    /// a burst still waiting for the floor is passed on, and ended, when <see cref="Permit"/> comes.</summary>
    public bool End()
    {
        lock (_gate)
        {
            if (!_active)
            {
                return false;
            }

            if (!_permitted)
            {
                _ending = true;
                return false;
            }

            _active = false;
            return true;
        }
    }

    /// <summary>The far side refused the floor: the burst is dropped.</summary>
    public void Abort()
    {
        lock (_gate)
        {
            (_active, _permitted, _ending) = (false, false, false);
            _held.Clear();
        }
    }

    /// <summary>Numbers the frames the gateway sends in this burst.</summary>
    private List<MediaPacket> Drain()
    {
        var frames = new List<MediaPacket>(_held.Count);
        while (_held.TryDequeue(out var frame))
        {
            frame.BurstId = _burst;
            frame.Sequence = _sequence++;
            frames.Add(frame);
        }

        return frames;
    }
}
