using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The radio link on the way down: what the MCX service sends a terminal meets the terminal's link conditions (without
/// service everything is lost; media and SDS, unreliable bearers with their own recovery, may be lost or duplicated;
/// everything is delayed, in order) and is handed on at its modelled arrival. An event due now with nothing ahead of it
/// is processed on the receiving thread (synchronous continuation), saving a thread-pool hop per terminal when a frame
/// reaches a thousand of them at once; order is the channel's either way.
/// </summary>
internal sealed class DeviceArrivals(RadioLink radio, DeviceLife life, TimeProvider time, Action<McxEvent, TimeSpan, DateTimeOffset?> process, Action<SdsDelivery> sds)
{
    private readonly Lock _gate = new();
    private Channel<(DateTimeOffset Due, McxEvent Event, TimeSpan Delay)>? _queue;
    private DateTimeOffset _lastDue;

    /// <summary>Opens the downlink for a new power-on life.</summary>
    public void Start()
    {
        var queue = Channel.CreateUnbounded<(DateTimeOffset, McxEvent, TimeSpan)>(
            new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = true });
        lock (_gate)
        {
            _queue?.Writer.TryComplete();
            _queue = queue;
        }

        life.Run("downlink", ct => ProcessAsync(queue.Reader, ct));
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
        for (var i = 0; i < copies; i++)
        {
            lock (_gate)
            {
                var due = time.GetUtcNow() + delay;
                due = due < _lastDue ? _lastDue : due;
                _lastDue = due;
                _queue?.Writer.TryWrite((due, e, delay));
            }
        }
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

    private async Task ProcessAsync(ChannelReader<(DateTimeOffset Due, McxEvent Event, TimeSpan Delay)> reader, CancellationToken ct)
    {
        await foreach (var (due, e, delay) in reader.ReadAllAsync(ct))
        {
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct); // allowed: modelled downlink latency
            }

            // With a modelled delay the event arrives at its due instant: a timer the loaded host fires late is the
            // simulator's lateness, not the radio link's, so it is not counted in what the terminal measures (floor,
            // call, media, disposition and alert events are stamped with it).
            process(e, delay, delay > TimeSpan.Zero ? due : null);
        }
    }
}
