using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl.OffNetwork;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// A vehicle device relaying its direct-mode group to the same group on the network, voice both ways, as an Airwave
/// DMO gateway does (ETSI EN 300 396-5; London assumption for ESN): a direct-mode talker's burst makes it ask for the
/// group's floor on the network and pass the frames on once granted; a talker on the network makes it take the
/// direct-mode floor and pass their frames into direct mode. Both sides see the gateway talking (its own identity).
/// </summary>
internal sealed class DirectModeGateway(DirectModeTerminal directMode, DeviceCallTable calls, DeviceCallControl callControl, DeviceUplink uplink,
    RadioLink radio, DeviceRegistration registration, DeviceLife life) : IDirectModeObserver
{
    // Made on first use: every terminal has a gateway, few ever relay (a vehicle device in gateway mode).
    private GatewayRelay? _toNetwork;
    private GatewayRelay? _toDirectMode;
    private Lock? _sendGate;
    private Task _networkSends = Task.CompletedTask;

    private GatewayRelay NetworkRelay => LazyInitializer.EnsureInitialized(ref _toNetwork, static () => new GatewayRelay());

    private GatewayRelay DirectModeRelay => LazyInitializer.EnsureInitialized(ref _toDirectMode, static () => new GatewayRelay());

    private Lock SendGate => LazyInitializer.EnsureInitialized(ref _sendGate, static () => new Lock());

    private string Group => directMode.Reason == DirectModeReason.Gateway ? directMode.Group : "";

    /// <summary>A direct-mode talker's frame reached the gateway.</summary>
    public void VoiceHeard(DirectModeCall call, MediaPacket packet, TimeSpan delay)
    {
        var group = Group;
        if (group.Length == 0 || call.GroupId != group || packet.SenderMcpttId == registration.McpttId)
        {
            return;
        }

        var (started, send) = NetworkRelay.Frame(Relayed(packet, delay));
        if (started)
        {
            Log("asks for the network floor to relay " + packet.SenderMcpttId, group);
            Background("network floor", group, ct => callControl.PressPttAsync(new PttRequest { GroupId = group }, ct));
        }

        ToNetwork(send, group, release: packet.LastInBurst && NetworkRelay.End());
    }

    /// <summary>The gateway's own floor state in a direct-mode call changed (under the participant's lock: no calls back).</summary>
    public void FloorChanged(DirectModeCall call, OffNetworkState state)
    {
        var group = Group;
        if (group.Length == 0 || call.GroupId != group)
        {
            return;
        }

        if (state == OffNetworkState.HasPermission)
        {
            var (send, finished) = DirectModeRelay.Permit();
            ToDirectMode(send, call.CallId);
            if (finished)
            {
                ReleaseDirectMode(group);
            }
        }
        else if (state == OffNetworkState.Silence)
        {
            ToNetwork([], group, release: NetworkRelay.End());
        }
    }

    /// <summary>An event for the gateway from the network (the arrivals of its on-network side).</summary>
    public void OnNetwork(McxEvent e, TimeSpan downlinkDelay)
    {
        var group = Group;
        var callId = e.Floor?.CallId ?? e.Media?.CallId;
        if (group.Length == 0 || callId is null || calls.GroupOf(callId) != group)
        {
            return;
        }

        if (e.Floor is { } floor)
        {
            OnNetworkFloor(floor, group);
        }
        else if (e.Media is { } media && media.SenderMcpttId != registration.McpttId)
        {
            OnNetworkVoice(media, downlinkDelay, group);
        }
    }

    private void OnNetworkFloor(FloorEvent floor, string group)
    {
        switch (floor.Kind)
        {
            case FloorEventKind.Granted when NetworkRelay.Active:
                var (send, finished) = NetworkRelay.Permit();
                ToNetwork(send, group, release: finished);
                break;
            case FloorEventKind.Deny when NetworkRelay.Active:
                NetworkRelay.Abort();
                break;
            case FloorEventKind.Idle when DirectModeRelay.End():
                ReleaseDirectMode(group);
                break;
        }
    }

    private void OnNetworkVoice(MediaPacket media, TimeSpan delay, string group)
    {
        if (directMode.Context.Defects.Has(DirectModeDefects.GatewayDropsDownlink))
        {
            if (media.Sequence == 0)
            {
                directMode.Context.DefectApplied(DirectModeDefects.GatewayDropsDownlink, $"{media.SenderMcpttId}'s burst on {group} not relayed to direct mode");
            }

            return;
        }

        var (started, send) = DirectModeRelay.Frame(Relayed(media, delay));
        if (started)
        {
            Log("takes the direct-mode floor to relay " + media.SenderMcpttId, group);
            Background("direct-mode floor", group, _ =>
            {
                directMode.Calls.Press(group);
                return Task.CompletedTask;
            });
        }

        if (send.Count > 0)
        {
            ToDirectMode(send, directMode.Calls.Resolve("", group)?.CallId ?? "");
        }

        if (media.LastInBurst && DirectModeRelay.End())
        {
            ReleaseDirectMode(group);
        }
    }

    private MediaPacket Relayed(MediaPacket heard, TimeSpan delay)
    {
        var relayed = heard.Clone();
        relayed.SenderMcpttId = registration.McpttId;
        relayed.UplinkModelledDelayUs = heard.UplinkModelledDelayUs + (delay.Ticks / 10);
        relayed.ServerReceivedAt = null;
        relayed.ServerForwardedAt = null;
        return relayed;
    }

    private void ToDirectMode(IReadOnlyList<MediaPacket> frames, string callId)
    {
        foreach (var frame in frames)
        {
            frame.CallId = callId;
            directMode.Context.Send(new VoiceSignal(registration.McpttId, null, frame));
        }
    }

    private void ReleaseDirectMode(string group) => Background("direct-mode floor released", group, _ =>
    {
        directMode.Calls.Release("", group);
        return Task.CompletedTask;
    });

    /// <summary>Sends frames up the modelled link in order (each after its own uplink delay, never before the one
    /// ahead of it), then lets the network floor go when <paramref name="release"/>.</summary>
    private void ToNetwork(IReadOnlyList<MediaPacket> frames, string group, bool release)
    {
        lock (SendGate)
        {
            foreach (var frame in frames)
            {
                frame.CallId = calls.CallOn(group) ?? "";
                var previous = _networkSends;
                var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _networkSends = sent.Task;
                Background("relay to the network", group, async ct =>
                {
                    try
                    {
                        var delay = radio.UplinkDelay();
                        frame.UplinkModelledDelayUs += delay.Ticks / 10;
                        await radio.DelayAsync(delay, ct);
                        await previous;
                        if (radio.InService)
                        {
                            await uplink.SendMediaAsync(frame, ct);
                        }
                    }
                    finally
                    {
                        sent.TrySetResult();
                    }
                });
            }

            if (release)
            {
                var all = _networkSends;
                Background("network floor released", group, async _ =>
                {
                    await all;
                    callControl.ReleasePtt(new PttRequest { GroupId = group });
                });
            }
        }
    }

    /// <summary>Gateway work in the background of the vehicle's life; a refusal by the network is logged, not thrown.</summary>
    private void Background(string what, string group, Func<CancellationToken, Task> work) => life.Run("gateway: " + what, async ct =>
    {
        try
        {
            await work(ct);
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled)
        {
            Log($"{what}: {e.Status.Detail}", group);
        }
    });

    private void Log(string what, string group) => DirectModeLog.Gateway(directMode.Context.Logger, directMode.Context.DeviceId, what, group);
}
