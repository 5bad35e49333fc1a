using System.Threading.Channels;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device.DirectMode;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// One simulated terminal (UE): a composition of its radio link, registration, calls and floor participants, voice
/// ends, messaging, location and event log. It reaches the MCX service and the network model only through their gRPC
/// clients, applies its modelled link to its own traffic on the injected clock, and records everything it observes.
/// </summary>
internal sealed class SimulatedDevice
{
    private readonly DeviceWorld _world;
    private readonly NetworkService.NetworkServiceClient _network;
    private readonly McxService.McxServiceClient _mcx;
    private readonly ILogger _logger;
    private readonly DeviceLife _life;
    private readonly RadioLink _radio;
    private readonly DeviceEventLog _events;
    private readonly DeviceCallTable _calls;
    private readonly VoiceReceiver _receiver;
    private readonly DeviceArrivals _arrivals;
    private readonly DirectModeGateway _gateway;
    private readonly VoiceModelOptions _voice;
    private readonly DeviceEventRouter _router;
    private readonly ServiceIndication _service;
    private readonly DeviceFeeds _feeds;

    public SimulatedDevice(string deviceId, DeviceWorld world)
    {
        DeviceId = deviceId;
        _world = world;
        _network = world.Network;
        _mcx = world.Mcx;
        _logger = world.Scope.Logger;
        var settings = world.Settings;
        var defects = world.Scope.Defects;
        var time = world.Time;
        _voice = settings.Voice;
        _life = new DeviceLife(world.Scope, deviceId);
        _radio = new RadioLink(deviceId, new Random(settings.RandomSeed ^ StableHash(deviceId)), time);
        _events = new DeviceEventLog(deviceId, settings.EventBuffer, time);
        _feeds = new DeviceFeeds(deviceId, world, _life, _events, _logger);
        _service = new ServiceIndication(_events, time, DefectSwitch.Of(defects, DeviceDefects.NoServiceShownLate));
        var uplink = new DeviceUplink(deviceId, _radio, _mcx, world.Headers, _life, _logger);
        Registration = new DeviceRegistration(deviceId, uplink);
        _calls = new DeviceCallTable(deviceId, settings.FloorTimers, time, callId => new DeviceFloorOutput(uplink, Registration, _events, callId), _events);
        Location = new DeviceLocation(deviceId, Registration, _radio, uplink, _life, time, _logger, LocationDefects.Of(defects));
        Calls = new DeviceCallControl(deviceId, _calls, Registration, uplink, time, Location.EmergencyCallStarted);
        Talker = new VoiceTalker(deviceId, Registration, _radio, uplink, settings.Voice, time);
        var audio = new ConsoleAudioSelect(Registration, _calls, ignored: DefectSwitch.Of(defects, ControlRoomDefects.AudioSelectIgnored));
        _receiver = new VoiceReceiver(_calls, new PlayoutBuffer(settings.Voice.JitterBufferDepth, bypass: DefectSwitch.Of(defects, DeviceDefects.JitterBufferMissing)), audio, _events, time);
        Messaging = new DeviceMessaging(deviceId, settings, Registration, _radio, uplink, _events, time, DefectSwitch.Of(defects, DeviceDefects.ReadDispositionNeverSent),
            DefectSwitch.Of(defects, MessagingDefects.MessageLogOnlyRead));
        Files = new DeviceFileTransfer(deviceId, Registration, _radio, uplink, world.McxFiles, _events, _life, _logger, DefectSwitch.Of(defects, FileDistributionDefects.LostPartNotResent));
        Storage = new DeviceSecureStorage(deviceId, _life, Messaging, Files, PowerOffAsync);
        Alerts = new DeviceAlerts(deviceId, Registration, Location, uplink, _events, _radio, _life, time, _logger, AlertDefects.Of(defects));
        Common = new DeviceCommonFunctions(Registration, uplink, world.McxCommon);
        KeyClient = new DeviceKeyClient(deviceId, world.Kms, Storage.Keys, time, _logger, DefectSwitch.Of(defects, DeviceDefects.GroupKeyNotRequested));
        var ambient = new AmbientListeningTarget(deviceId, Registration, _calls, _events, Talker, _life, _logger, DefectSwitch.Of(defects, TerminalFunctionDefects.AmbientListeningShown));
        Emergency = new TerminalEmergencyFeatures(new OpenMicrophone(deviceId, Talker, _life, _logger),
            new ManDownSensor(time, RaiseManDown, DefectSwitch.Of(defects, TerminalFunctionDefects.ManDownNotRaised), DefectSwitch.Of(defects, TerminalFunctionDefects.ManDownMovementIgnored)));
        _arrivals = new DeviceArrivals(deviceId, _radio, _life, time, Process, Messaging.OnSds, _logger);
        var directMode = new DirectModeContext(deviceId, () => McpttId, world.DirectMode, _events, time, defects, _logger);
        DirectMode = new DirectModeTerminal(directMode, SidelinkPosition, (packet, delay, arrival) => _receiver.OnFrame(packet, delay, arrival), settings.Voice);
        _gateway = new DirectModeGateway(DirectMode, _calls, Calls, uplink, _radio, Registration, _life);
        Modes = new DirectModeSwitch(deviceId, DirectMode, _gateway, _calls, Calls, Registration, _radio, _life);
        _router = new DeviceEventRouter(this, _calls, _receiver, ambient, _gateway, _events, DefectSwitch.Of(defects, TerminalFunctionDefects.RemoteGroupChangeIgnored));
    }

    public string DeviceId { get; }

    public string McpttId => Registration.McpttId;

    public bool PoweredOn => _life.IsOn;

    public DeviceRegistration Registration { get; }

    public DeviceCallControl Calls { get; }

    public VoiceTalker Talker { get; }

    public DeviceMessaging Messaging { get; }

    public DeviceLocation Location { get; }

    /// <summary>MCData file distribution: sending and downloading files.</summary>
    public DeviceFileTransfer Files { get; }

    /// <summary>Secure storage (group keys, the user's credentials) and the MDM's wipe.</summary>
    public DeviceSecureStorage Storage { get; }

    /// <summary>The key management client: group keys from the KMS as the user affiliates.</summary>
    public DeviceKeyClient KeyClient { get; }

    public DeviceAlerts Alerts { get; }

    /// <summary>The terminal's direct mode (off-network calls over the sidelink).</summary>
    public DirectModeTerminal DirectMode { get; }

    /// <summary>Switching between the network and direct mode.</summary>
    public DirectModeSwitch Modes { get; }

    /// <summary>Functional aliases and call-back requests (the MCX's common functions).</summary>
    public DeviceCommonFunctions Common { get; }

    /// <summary>Open microphone and man-down.</summary>
    public TerminalEmergencyFeatures Emergency { get; }

    public ChannelReader<DeviceEvent> Events => _events.Reader;

    /// <summary>The other device of a docked handheld-vehicle pair; empty when not docked.</summary>
    public string DockedWith { get; set; } = "";

    private Metadata Headers => _world.Headers;

    public DeviceState State()
    {
        var state = new DeviceState
        {
            DeviceId = DeviceId,
            PoweredOn = PoweredOn,
            Link = _radio.Current,
            Location = Location.Fix(),
            LocationReporting = Location.Policy,
            VoiceModel = new VoiceModel
            {
                FrameDurationMs = (uint)_voice.FrameDuration.TotalMilliseconds,
                EncoderLookAheadMs = (uint)_voice.EncoderLookAhead.TotalMilliseconds,
                JitterBufferDepthMs = (uint)_voice.JitterBufferDepth.TotalMilliseconds,
            },
        };
        Registration.Describe(state);
        Common.Describe(state);
        state.EmergencyFeatures = Emergency.Current;
        state.StoredEmergencyAlerts = (uint)Alerts.Stored;
        state.Calls.AddRange(_calls.Infos.Where(c => !_router.Hides(c.CallId)));
        var floor = _calls.FloorState(state.SelectedGroup);
        state.FloorState = floor.ToString();
        state.FloorParticipantState = Mcx.FloorStates.Of(floor);
        DirectMode.Describe(state);
        state.DockedWith = DockedWith;
        return state;
    }

    public async Task PowerOnAsync(PowerOnRequest request, CancellationToken ct)
    {
        if (PoweredOn)
        {
            throw Errors.Precondition($"device_id '{DeviceId}' is already powered on");
        }

        Storage.RequireEnrolled();
        KeyClient.Configure(request.KmsUrl);
        var link = await _network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = DeviceId, PlaceId = request.PlaceId }, Headers, cancellationToken: ct);
        Registration.PowerOn(request.Identity, request.Kind);
        Storage.KeepCredentials(request.AccessToken);
        _radio.Reset(link);
        DirectMode.Configure(request.DirectMode);
        if (request.DirectModeGroup.Length > 0)
        {
            PowerOnOffNetwork(request.DirectModeGroup, link);
            return;
        }

        _radio.RequireService();
        Messaging.Order.Reset(); // the MCX numbers each sender's messages from 1 again for a new registration
        await _radio.DelayAsync(_radio.UplinkDelay(), ct);
        try
        {
            // A console is on a fixed line: its calls need no radio resources, so it names no network terminal.
            var terminal = Registration.Kind == DeviceKind.Console ? "" : DeviceId;
            await _mcx.RegisterAsync(new RegisterRequest { Identity = Registration.Identity, AccessToken = request.AccessToken, ClientId = DeviceId, NetworkTerminalId = terminal }, Headers, cancellationToken: ct);
        }
        catch (RpcException)
        {
            // Refused by the MCX service (e.g. no valid IdMS token): the terminal stays off and leaves the network; the
            // refusal goes to the caller.
            await _network.DetachTerminalAsync(new DetachTerminalRequest { TerminalId = DeviceId }, Headers, cancellationToken: ct);
            throw;
        }

        _life.Begin();
        Registration.Registered();
        _arrivals.Start();
        _world.Downlink.Attach(this, McpttId);
        _world.LinkWatch.Attach(this, DeviceId);
        if (Registration.Kind == DeviceKind.Console)
        {
            _feeds.StartNetworkStatus();
        }

        _events.Emit(new DeviceEvent { Connectivity = new ConnectivityEvent { Kind = ConnectivityKind.Registered, Link = link } });
        await Location.PoweredOnAsync(link, ct);
    }

    public async Task PowerOffAsync(CancellationToken ct)
    {
        if (!await _life.EndAsync())
        {
            throw Errors.Precondition($"device_id '{DeviceId}' is already powered off");
        }

        _arrivals.Stop();
        DirectMode.Abandon();
        var registered = Registration.IsRegistered; // not when powered on in direct mode
        _world.Downlink.Detach(this, McpttId);
        _world.LinkWatch.Detach(this, DeviceId);
        Location.PoweredOff();
        _calls.StopAll();
        Registration.PoweredOff();
        Alerts.PoweredOff();
        Common.PoweredOff();
        Emergency.ManDown.Dispose();
        try
        {
            if (registered)
            {
                await _mcx.DeregisterAsync(new DeregisterRequest { McpttId = McpttId }, Headers, cancellationToken: ct);
            }

            await _network.DetachTerminalAsync(new DetachTerminalRequest { TerminalId = DeviceId }, Headers, cancellationToken: ct);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.Unavailable)
        {
            // Already gone on the service side (e.g. the service restarted): powered off all the same.
            DeviceLog.AlreadyGoneUpstream(_logger, DeviceId, "its registration or attachment", e.StatusCode.ToString());
        }

        _events.Emit(new DeviceEvent { Connectivity = new ConnectivityEvent { Kind = ConnectivityKind.Deregistered, Link = _radio.Current } });
    }

    /// <summary>Stops the terminal's streams, timers and floor participants without telling the MCX or the network: its
    /// namespace is closing on every role.</summary>
    public async Task AbandonAsync()
    {
        await _life.EndAsync();
        _arrivals.Stop();
        DirectMode.Abandon();
        Location.PoweredOff();
        Emergency.Dispose();
        _service.Dispose();
        _calls.StopAll();
        _events.Complete();
    }

    public async Task<LinkConditions> MoveToAsync(string placeId, CancellationToken ct)
    {
        var before = _radio.Current.CellId;
        var link = await _network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = DeviceId, PlaceId = placeId }, Headers, cancellationToken: ct);
        Location.Placed(link);
        OnLink(link);
        await Location.MovedAsync(link, cellChanged: link.CellId != before, ct);
        return link;
    }

    /// <summary>Starts a call; the emergency button's call opens the microphone when it has the floor (if configured).</summary>
    public async Task<Contracts.Mcx.V1.CallInfo> StartCallAsync(StartCallRequest request, CancellationToken ct)
    {
        var group = request.CallType == Contracts.Common.V1.CallType.EmergencyGroup ? (request.GroupId.Length > 0 ? request.GroupId : Registration.SelectedGroup) : "";
        Emergency.OpenMicrophone.Arm(group);
        try
        {
            return await Calls.StartCallAsync(request, ct);
        }
        catch
        {
            Emergency.OpenMicrophone.Disarm(group);
            throw;
        }
    }

    public async Task<VoiceBurstResponse> SendVoiceBurstAsync(VoiceBurstRequest request, CancellationToken ct)
    {
        var call = Calls.Resolve(request.CallId)
            ?? throw Errors.Precondition($"device_id '{DeviceId}' has no call to talk in (selected group '{Registration.SelectedGroup}')");
        return await Talker.SendBurstAsync(call, request, ct);
    }

    /// <summary>New link conditions from the network model (cell change, fault, congestion, coverage).</summary>
    public void OnLink(LinkConditions link)
    {
        if (_radio.Apply(link) is not { } previous)
        {
            return;
        }

        if (previous.PlaceId != link.PlaceId)
        {
            // A move the network reported before the move's own answer came back: the position first, then the service.
            Location.Placed(link);
        }

        var kind = previous.InService == link.InService ? ConnectivityKind.LinkChanged
            : link.InService ? ConnectivityKind.BackInService : ConnectivityKind.OutOfService;
        _service.Show(new ConnectivityEvent { Kind = kind, Link = link });
        if (kind == ConnectivityKind.OutOfService)
        {
            Modes.OnServiceLost();
        }
        else if (kind == ConnectivityKind.BackInService)
        {
            Modes.OnServiceBack();
            Alerts.ServiceReturned();
        }
    }

    /// <summary>An event the MCX service sent this terminal: it goes down the modelled link.</summary>
    public void Receive(McxEvent e) => _arrivals.Receive(e);

    /// <summary>The terminal's own Connect stream, when the MCX service offers no ConnectMany.</summary>
    public void StartOwnDownlink() => _feeds.StartOwnDownlink(McpttId, Receive);

    /// <summary>The terminal's own WatchTerminal stream, when the network service offers no WatchTerminals.</summary>
    public void StartOwnLinkWatch() => _feeds.StartOwnLinkWatch(OnLink);

    private void Process(McxEvent e, TimeSpan downlinkDelay, DateTimeOffset? arrival) => _router.Process(e, downlinkDelay, arrival);

    /// <summary>Powered on straight into direct mode: no registration, no MCX downlink; the link watch still tells the
    /// terminal where it is and when coverage changes.</summary>
    private void PowerOnOffNetwork(string group, LinkConditions link)
    {
        _life.Begin();
        _world.LinkWatch.Attach(this, DeviceId);
        Location.PoweredOnOffNetwork(link);
        DirectMode.Enter(group, DirectModeReason.User);
    }

    /// <summary>Where the terminal is for the direct-mode channel: the user's position and the kind of place.</summary>
    private SidelinkPosition? SidelinkPosition() =>
        Location.Position is { } position ? new SidelinkPosition(position, _radio.Current.Coverage) : null;

    /// <summary>The man-down sensor's time ran out: the alert goes to the selected group (stored without service).</summary>
    private void RaiseManDown() => _life.Run("man-down alert", async ct =>
    {
        try
        {
            await Alerts.RaiseAsync("", silent: false, Mcx.Emergency.EmergencyTriggers.ManDown, ct);
        }
        catch (RpcException e)
        {
            DeviceLog.ManDownFailed(_logger, DeviceId, e.Status.Detail);
        }
    });

    private static int StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
