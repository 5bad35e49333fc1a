using System.Threading.Channels;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    /// <summary>Events on their way down the modelled radio link. An event due now with nothing ahead of it is
    /// processed on the receiving thread (synchronous continuation), saving a thread-pool hop per terminal when a
    /// frame reaches a thousand of them at once; order is the channel's either way.</summary>
    private readonly Channel<(DateTimeOffset Due, McxEvent Event, TimeSpan Delay)> _arrivals =
        Channel.CreateUnbounded<(DateTimeOffset, McxEvent, TimeSpan)>(
            new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = true });

    private DateTimeOffset _lastDue;

    /// <summary>Starts the terminal's downlink: on the namespace's multiplexed ConnectMany stream.</summary>
    private void StartDownlink(CancellationToken ct)
    {
        _ = ProcessArrivalsAsync(ct);
        _world.Downlink.Attach(this, McpttId);
    }

    /// <summary>The terminal's own Connect stream, when the MCX service offers no ConnectMany.</summary>
    public void StartOwnDownlink()
    {
        if (_life is { } life)
        {
            _ = RunOwnDownlinkAsync(life.Token);
        }
    }

    private async Task RunOwnDownlinkAsync(CancellationToken ct)
    {
        try
        {
            using var stream = _mcxStreams.Connect(new ConnectRequest { McpttId = McpttId }, Headers, cancellationToken: ct);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(ct))
            {
                Receive(e);
            }
        }
        catch (RpcException) when (ct.IsCancellationRequested)
        {
            // Powered off.
        }
        catch (OperationCanceledException)
        {
            // Powered off.
        }
    }

    /// <summary>
    /// The radio link on the way down: without service everything is lost; media and SDS (unreliable bearers with
    /// their own recovery) may be lost or duplicated; everything is delayed, in order.
    /// </summary>
    public void Receive(McxEvent e)
    {
        var link = _link;
        if (!link.InService)
        {
            return;
        }

        if (e.EventCase == McxEvent.EventOneofCase.Sds && e.Sds.Message.Plane == SdsPlane.Media)
        {
            _ = ReceiveOverMediaPlaneAsync(e.Sds, link.Link);
            return;
        }

        var unreliable = e.EventCase is McxEvent.EventOneofCase.Media or McxEvent.EventOneofCase.Sds;
        if (unreliable && Lost())
        {
            return;
        }

        var copies = unreliable && Duplicated() ? 2 : 1;
        var delay = Delay(link.Link, withJitter: e.EventCase == McxEvent.EventOneofCase.Media);
        for (var i = 0; i < copies; i++)
        {
            DateTimeOffset due;
            lock (_arrivals)
            {
                due = Time.GetUtcNow() + delay;
                due = due < _lastDue ? _lastDue : due;
                _lastDue = due;
            }

            _arrivals.Writer.TryWrite((due, e, delay));
        }
    }

    /// <summary>
    /// An SDS session (TS 24.282 §9.2.3): the SIP INVITE comes down, the terminal's 200 OK goes up, then the payload
    /// comes down in MSRP over TCP (reliable, so no modelled loss); three one-way link delays before the message shows.
    /// </summary>
    private async Task ReceiveOverMediaPlaneAsync(SdsDelivery delivery, Contracts.Network.V1.LinkProfile? profile)
    {
        var life = _life;
        if (life is null)
        {
            return;
        }

        try
        {
            var setup = Delay(profile, withJitter: true) + Delay(profile, withJitter: true) + Delay(profile, withJitter: true);
            await DelayAsync(setup, life.Token);
            if (_link.InService)
            {
                OnSds(delivery);
            }
        }
        catch (OperationCanceledException)
        {
            // Powered off during the session set-up.
        }
    }

    private async Task ProcessArrivalsAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var (due, e, delay) in _arrivals.Reader.ReadAllAsync(ct))
            {
                var wait = due - Time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, Time, ct); // allowed: modelled downlink latency
                }

                // With a modelled delay the event arrives at its due instant: a timer the loaded host fires late is
                // the simulator's lateness, not the radio link's, so it is not counted in what the terminal measures
                // (floor, call, media, disposition and alert events are stamped with it).
                Process(e, delay, delay > TimeSpan.Zero ? due : null);
            }
        }
        catch (OperationCanceledException)
        {
            // Powered off.
        }
    }

    private void Process(McxEvent e, TimeSpan downlinkDelay, DateTimeOffset? arrival)
    {
        switch (e.EventCase)
        {
            case McxEvent.EventOneofCase.Floor:
                OnFloor(e.Floor, arrival);
                break;
            case McxEvent.EventOneofCase.Call:
                OnCall(e.Call, arrival);
                break;
            case McxEvent.EventOneofCase.Media:
                OnMedia(e.Media, downlinkDelay, arrival);
                break;
            case McxEvent.EventOneofCase.Sds:
                OnSds(e.Sds);
                break;
            case McxEvent.EventOneofCase.Disposition:
                Emit(new DeviceEvent { Disposition = new DispositionReceived { Notification = e.Disposition } }, arrival);
                break;
            case McxEvent.EventOneofCase.EmergencyAlert:
                Emit(new DeviceEvent { EmergencyAlert = e.EmergencyAlert }, arrival);
                break;
            case McxEvent.EventOneofCase.Affiliation:
                OnAffiliation(e.Affiliation);
                break;
        }
    }

    private void OnAffiliation(AffiliationEvent e)
    {
        lock (_gate)
        {
            if (e.Affiliation.State == AffiliationState.Affiliated)
            {
                _affiliations.Add(e.Affiliation.GroupId);
            }
            else
            {
                _affiliations.Remove(e.Affiliation.GroupId);
            }
        }

        Emit(new DeviceEvent { Affiliation = e });
    }
}
