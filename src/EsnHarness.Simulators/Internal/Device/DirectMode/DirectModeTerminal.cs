using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// A terminal's direct mode: its off-network configuration, whether it is on the direct-mode channel (switched by the
/// user, fallen back out of service, or relaying as a gateway) and on which group, and what its user does off-network
/// (PTT, calls, voice). Its calls reach only terminals in range on the namespace's <see cref="DirectModeMedium"/>.
/// </summary>
internal sealed class DirectModeTerminal
{
    private readonly DirectModeContext _context;
    private readonly Func<SidelinkPosition?> _where;
    private readonly DirectModeCalls _calls;
    private readonly DirectModeTalker _talker;
    private readonly ForwardingObserver _observer = new();
    private DirectModeConfiguration _configuration = new();
    private volatile DirectModeReason _reason; // written under the context's lock; read without it by every received frame
    private string _group = "";

    public DirectModeTerminal(DirectModeContext context, Func<SidelinkPosition?> where, Action<MediaPacket, TimeSpan, DateTimeOffset> play, VoiceModelOptions voice)
    {
        _context = context;
        _where = where;
        _calls = new DirectModeCalls(context, Queueing, play, _observer);
        _talker = new DirectModeTalker(context, voice);
    }

    /// <summary>True while the terminal is on the direct-mode channel (off-network, or relaying as a gateway).</summary>
    public bool Active => Reason != DirectModeReason.Unspecified;

    /// <summary>True while the user's calls are off-network (direct mode by the user or by fall-back; not a gateway).</summary>
    public bool OffNetwork => Reason is DirectModeReason.User or DirectModeReason.ServiceLost;

    /// <summary>Why the terminal is on the channel (UNSPECIFIED when it is not). Read for every frame and floor event the
    /// terminal receives, so without a delegate (a lambda capturing this was allocated on every read) or the lock.</summary>
    public DirectModeReason Reason => _reason;

    public string Group
    {
        get
        {
            lock (_context.Gate)
            {
                return _group;
            }
        }
    }

    public DirectModeContext Context => _context;

    public DirectModeCalls Calls => _calls;

    /// <summary>Who follows the terminal's direct-mode calls (the gateway relaying them); null for none.</summary>
    public IDirectModeObserver? Observer
    {
        get => _observer.Target;
        set => _observer.Target = value;
    }

    public void Configure(DirectModeConfiguration? configuration)
    {
        lock (_context.Gate)
        {
            _configuration = configuration?.Clone() ?? new DirectModeConfiguration();
        }
    }

    /// <summary>Onto the channel on <paramref name="groupId"/> (one of the configured groups), looking for a call there.</summary>
    /// <remarks>FAILED_PRECONDITION when the group is not configured for direct mode.</remarks>
    public void Enter(string groupId, DirectModeReason reason)
    {
        lock (_context.Gate)
        {
            if (!_configuration.Groups.Any(g => g.GroupId == groupId))
            {
                throw Errors.Precondition(
                    $"device_id '{_context.DeviceId}' has no direct-mode configuration for group '{groupId}' (configured: {string.Join(", ", _configuration.Groups.Select(g => g.GroupId).DefaultIfEmpty("none"))}): call ConfigureDirectMode first");
            }

            if (_reason != DirectModeReason.Unspecified)
            {
                LeaveLocked();
            }

            var endpoint = new SidelinkEndpoint(_context.DeviceId, _where, new SidelinkInbox(_context.DeviceId, _context.Time, _context.Logger, _calls.OnMessage));
            _context.Endpoint = endpoint;
            _context.Medium.Attach(endpoint);
            (_group, _reason) = (groupId, reason);
            _calls.Tune(groupId);
            Report(active: true, groupId, reason, "");
            DirectModeLog.ModeChanged(_context.Logger, _context.DeviceId, "entered", groupId, reason.ToString());
        }
    }

    /// <summary>Off the channel: every direct-mode call ends; returns the group left, or null when not on it. The caller
    /// reports the change (<see cref="Report"/>) once it knows where the terminal is on the network.</summary>
    public string? Leave()
    {
        lock (_context.Gate)
        {
            if (_reason == DirectModeReason.Unspecified)
            {
                return null;
            }

            var group = _group;
            LeaveLocked();
            DirectModeLog.ModeChanged(_context.Logger, _context.DeviceId, "left", group, "");
            return group;
        }
    }

    /// <summary>The terminal lost service: it falls back to direct mode on <paramref name="selectedGroup"/> when its profile and
    /// that group's configuration say so; true when it did.</summary>
    public bool FallBack(string selectedGroup)
    {
        lock (_context.Gate)
        {
            var allowed = _reason == DirectModeReason.Unspecified && _configuration.FallBackWhenOutOfService
                && _configuration.Groups.Any(g => g.GroupId == selectedGroup && g.FallBack);
            if (!allowed)
            {
                return false;
            }

            if (_context.Defects.Has(DirectModeDefects.NoFallBack))
            {
                _context.DefectApplied(DirectModeDefects.NoFallBack, $"stays on the network without service instead of direct mode on {selectedGroup}");
                return false;
            }

            Enter(selectedGroup, DirectModeReason.ServiceLost);
            return true;
        }
    }

    /// <summary>Service is back: true when the terminal should return to the network (it had fallen back).</summary>
    public bool ShouldReturn()
    {
        lock (_context.Gate)
        {
            if (_reason != DirectModeReason.ServiceLost)
            {
                return false;
            }

            if (_context.Defects.Has(DirectModeDefects.NoReturnOnCoverage))
            {
                _context.DefectApplied(DirectModeDefects.NoReturnOnCoverage, $"stays in direct mode on {_group} with service back");
                return false;
            }

            return true;
        }
    }

    /// <summary>Tells the user the terminal entered or left direct mode.</summary>
    public void Report(bool active, string groupId, DirectModeReason reason, string onNetworkCallId) =>
        _context.Events.Emit(new DeviceEvent
        {
            DirectMode = new DirectModeChange { Active = active, GroupId = groupId, Reason = reason, OnNetworkCallId = onNetworkCallId },
        });

    public PttResponse PressPtt(PttRequest request)
    {
        if (request.CallId.Length > 0 && _calls.PressPrivate(request.CallId))
        {
            return new PttResponse { CallId = request.CallId, At = Clock.Now(_context.Time) };
        }

        var group = GroupFor(request.GroupId);
        _calls.Press(group);
        return new PttResponse { CallId = _calls.Resolve("", group)?.CallId ?? "", At = Clock.Now(_context.Time) };
    }

    public PttResponse ReleasePtt(PttRequest request)
    {
        _calls.Release(request.CallId, request.CallId.Length > 0 ? "" : GroupFor(request.GroupId));
        return new PttResponse { CallId = request.CallId, At = Clock.Now(_context.Time) };
    }

    /// <summary>A call off-network: a group call starts with the caller pressing PTT (the call ID follows with CONNECTED
    /// when it has to be set up); a private call rings the called user if in range.</summary>
    public CallInfo StartCall(StartCallRequest request)
    {
        if (request.CallType is CallType.Private or CallType.EmergencyPrivate)
        {
            if (string.IsNullOrWhiteSpace(request.TargetMcpttId))
            {
                throw Errors.Invalid(Errors.Required("target_mcptt_id"));
            }

            return _calls.StartPrivate(request.TargetMcpttId, request.CallType, request.Commencement);
        }

        var group = GroupFor(request.GroupId);
        _calls.Press(group, request.CallType);
        return _calls.Resolve("", group)?.Info(_context.Self)
            ?? new CallInfo { GroupId = group, CallType = request.CallType, InitiatorMcpttId = _context.Self, State = CallState.SettingUp, OffNetwork = true };
    }

    public CallInfo Answer(string callId, bool accept) =>
        _calls.Answer(callId, accept) ? Info(callId) : throw Errors.NotFound($"call_id '{callId}' is not a direct-mode call of device '{_context.DeviceId}'");

    public CallInfo End(string callId)
    {
        var call = _calls.Resolve(callId, "") ?? throw Errors.NotFound($"call_id '{callId}' is not a direct-mode call of device '{_context.DeviceId}'");
        _calls.End(callId);
        return call.Info(_context.Self, CallState.Ended);
    }

    public Task<VoiceBurstResponse> SendBurstAsync(VoiceBurstRequest request, CancellationToken ct)
    {
        var call = _calls.Resolve(request.CallId, request.CallId.Length > 0 ? "" : Group)
            ?? throw Errors.Precondition($"device_id '{_context.DeviceId}' has no direct-mode call to talk in (group '{Group}')");
        return _talker.SendBurstAsync(call, request, ct);
    }

    /// <summary>True when a user action on <paramref name="callId"/> (empty: the selected call) is off-network.</summary>
    public bool Handles(string callId) => callId.Length > 0 ? _calls.Resolve(callId, "") is not null : OffNetwork;

    public void Describe(DeviceState state)
    {
        var calls = _calls.Calls;
        state.Calls.AddRange(calls.Select(c => c.Info(_context.Self)));
        lock (_context.Gate)
        {
            state.DirectMode = new DirectModeStatus { Active = _reason != DirectModeReason.Unspecified, GroupId = _group, Reason = _reason, Configuration = _configuration.Clone() };
            if (_reason is DirectModeReason.User or DirectModeReason.ServiceLost)
            {
                var participant = calls.FirstOrDefault(c => c.GroupId == _group)?.Participant ?? calls.FirstOrDefault()?.Participant;
                state.FloorParticipantState = OffNetworkStates.Of(participant?.State ?? FloorControl.OffNetwork.OffNetworkState.StartStop);
                state.FloorState = OffNetworkStates.Name(participant?.State ?? FloorControl.OffNetwork.OffNetworkState.StartStop);
            }
        }
    }

    /// <summary>Powered off or the namespace closed: off the channel without a word to the user.</summary>
    public void Abandon()
    {
        lock (_context.Gate)
        {
            if (_reason != DirectModeReason.Unspecified)
            {
                LeaveLocked();
            }
        }
    }

    private CallInfo Info(string callId) => _calls.Resolve(callId, "")?.Info(_context.Self) ?? new CallInfo { CallId = callId, State = CallState.Ended, OffNetwork = true };

    private string GroupFor(string requested)
    {
        var group = Group;
        if (requested.Length > 0 && requested != group)
        {
            throw Errors.Precondition($"device_id '{_context.DeviceId}' is in direct mode on group '{group}', not '{requested}': switch with SetDirectMode");
        }

        return group.Length > 0 ? group : throw Errors.Precondition($"device_id '{_context.DeviceId}' is not in direct mode: call SetDirectMode first");
    }

    private bool Queueing(string groupId)
    {
        lock (_context.Gate)
        {
            return _configuration.Groups.FirstOrDefault(g => g.GroupId == groupId)?.Queueing ?? true;
        }
    }

    private void LeaveLocked()
    {
        _calls.StopAll();
        if (_context.Endpoint is { } endpoint)
        {
            _context.Medium.Detach(endpoint);
            endpoint.Inbox.Dispose();
            _context.Endpoint = null;
        }

        (_group, _reason) = ("", DirectModeReason.Unspecified);
    }

    /// <summary>Lets the gateway be attached after the calls were built.</summary>
    private sealed class ForwardingObserver : IDirectModeObserver
    {
        private IDirectModeObserver? _target;

        public IDirectModeObserver? Target
        {
            get => Volatile.Read(ref _target);
            set => Volatile.Write(ref _target, value);
        }

        public void FloorChanged(DirectModeCall call, FloorControl.OffNetwork.OffNetworkState state) => Target?.FloorChanged(call, state);

        public void VoiceHeard(DirectModeCall call, MediaPacket packet, TimeSpan delay) => Target?.VoiceHeard(call, packet, delay);
    }
}
