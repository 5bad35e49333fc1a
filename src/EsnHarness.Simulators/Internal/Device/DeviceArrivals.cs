using EsnHarness.Contracts.Mcx.V1;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The radio link on the way down: what the MCX service sends a terminal meets the terminal's link conditions (without
/// service everything is lost; media and SDS, unreliable bearers with their own recovery, may be lost or duplicated;
/// everything is delayed, in order) and is handed on at its modelled arrival, in order. An event due now with nothing
/// ahead of it is processed on the receiving thread, saving a thread-pool hop per terminal when a frame reaches a
/// thousand of them at once; later ones wait on one timer per terminal, re-armed for the next due event (not a task and
/// a timer per event: a voice frame reaches every listener). Nothing is handed on once the terminal is off.
/// </summary>
internal sealed class DeviceArrivals(
    string deviceId, RadioLink radio, DeviceLife life, TimeProvider time, Action<McxEvent, TimeSpan, DateTimeOffset?> process, Action<SdsDelivery> sds, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Queue<Arrival> _queue = new();
    private CancellationToken _life = new(canceled: true);
    private ITimer? _timer;
    private bool _draining;
    private DateTimeOffset _lastDue;

    /// <summary>Opens the downlink for a new power-on life.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _queue.Clear();
            _life = life.Token;
        }
    }

    /// <summary>Closes the downlink (powered off, or the namespace closing): what is still on its way is dropped.</summary>
    public void Stop()
    {
        lock (_gate)
        {
            _queue.Clear();
            _life = new CancellationToken(canceled: true);
            _timer?.Dispose();
            _timer = null;
        }
    }

    public void Receive(McxEvent e)
    {
        var link = radio.Current;
        if (!link.InService)
        {
            return;
        }

        if (e.EventCase == McxEvent.EventOneofCase.Sds && e.Sds.Message.Plane == SdsPlane.Media)
        {
            life.Run("SDS session", ct => ReceiveOverMediaPlaneAsync(e.Sds, link.Link, ct));
            return;
        }

        var unreliable = e.EventCase is McxEvent.EventOneofCase.Media or McxEvent.EventOneofCase.Sds;
        if (unreliable && radio.Lost())
        {
            return;
        }

        if (e.EventCase == McxEvent.EventOneofCase.Media && radio.LosesFrameToHandover(TimeSpan.FromMilliseconds(e.Media.FrameDurationMs > 0 ? e.Media.FrameDurationMs : 20)))
        {
            return;
        }

        var copies = unreliable && radio.Duplicated() ? 2 : 1;
        var delay = radio.Delay(link.Link, withJitter: e.EventCase == McxEvent.EventOneofCase.Media);
        Arrival? now = null;
        lock (_gate)
        {
            if (_life.IsCancellationRequested)
            {
                return;
            }

            var at = time.GetUtcNow();
            if (_queue.Count == 0 && !_draining && copies == 1 && delay <= TimeSpan.Zero && _lastDue <= at)
            {
                // Due now with nothing ahead of it (an ideal link, the usual case): handed on here, without queueing.
                _lastDue = at;
                now = new Arrival(at, e, delay);
            }
            else if (!Enqueue(e, delay, copies, at))
            {
                return; // a drain under way hands it on in turn, or the timer does when it falls due
            }

            _draining = true;
        }

        if (now is { } arrival)
        {
            Hand(arrival);
        }

        Drain();
    }

    /// <summary>Queues the event (under the lock); true when the head of the queue is due and no drain is under way.</summary>
    private bool Enqueue(McxEvent e, TimeSpan delay, int copies, DateTimeOffset now)
    {
        var wasEmpty = _queue.Count == 0;
        for (var i = 0; i < copies; i++)
        {
            var due = now + delay;
            due = due < _lastDue ? _lastDue : due;
            _lastDue = due;
            _queue.Enqueue(new Arrival(due, e, delay));
        }

        if (_draining)
        {
            return false;
        }

        var head = _queue.Peek().Due;
        if (head <= now)
        {
            return true;
        }

        if (wasEmpty)
        {
            Arm(head - now);
        }

        return false;
    }

    /// <summary>
    /// An SDS session (TS 24.282 §9.2.3): the SIP INVITE comes down, the terminal's 200 OK goes up, then the payload
    /// comes down in MSRP over TCP (reliable, so no modelled loss); three one-way link delays before the message shows.
    /// </summary>
    private async Task ReceiveOverMediaPlaneAsync(SdsDelivery delivery, Contracts.Network.V1.LinkProfile? profile, CancellationToken ct)
    {
        var setup = radio.Delay(profile, withJitter: true) + radio.Delay(profile, withJitter: true) + radio.Delay(profile, withJitter: true);
        await radio.DelayAsync(setup, ct);
        if (radio.InService)
        {
            sds(delivery);
        }
    }

    private void OnTimer()
    {
        lock (_gate)
        {
            if (_draining)
            {
                return;
            }

            _draining = true;
        }

        Drain();
    }

    /// <summary>Hands on every event that is due, in order, one at a time (only one drain runs); arms the timer for the next.</summary>
    private void Drain()
    {
        while (true)
        {
            Arrival next;
            lock (_gate)
            {
                if (_queue.Count == 0 || _life.IsCancellationRequested)
                {
                    _draining = false;
                    return;
                }

                var now = time.GetUtcNow();
                var head = _queue.Peek().Due;
                if (head > now)
                {
                    Arm(head - now);
                    _draining = false;
                    return;
                }

                next = _queue.Dequeue();
            }

            Hand(next);
        }
    }

    private void Hand(Arrival arrival)
    {
        try
        {
            // With a modelled delay the event arrives at its due instant: a timer the loaded host fires late is the
            // simulator's lateness, not the radio link's, so it is not counted in what the terminal measures (floor,
            // call, media, disposition and alert events are stamped with it).
            process(arrival.Event, arrival.Delay, arrival.Delay > TimeSpan.Zero ? arrival.Due : null);
        }
        catch (Exception e)
        {
            // One event the terminal could not handle must not end its downlink (or the namespace's shared one it was
            // handed on from): logged, and the next event goes on.
            DeviceLog.ArrivalFailed(logger, deviceId, arrival.Event.EventCase.ToString(), e);
        }
    }

    /// <summary>Fires once after <paramref name="wait"/> (under the lock).</summary>
    private void Arm(TimeSpan wait)
    {
        _timer ??= time.CreateTimer(static state => ((DeviceArrivals)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(wait, Timeout.InfiniteTimeSpan); // allowed: modelled downlink latency
    }

    /// <summary>An event on its way down: when it is due, and the link delay it met.</summary>
    private readonly record struct Arrival(DateTimeOffset Due, McxEvent Event, TimeSpan Delay);
}
