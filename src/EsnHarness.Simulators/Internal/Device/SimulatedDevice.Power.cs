using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using ReportLocationRequest = EsnHarness.Contracts.Device.V1.ReportLocationRequest;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    public async Task PowerOnAsync(PowerOnRequest request, CancellationToken ct)
    {
        if (PoweredOn)
        {
            throw Errors.Precondition($"device_id '{DeviceId}' is already powered on");
        }

        var place = request.PlaceId.Length > 0 ? request.PlaceId : "surface-street";
        var link = await _network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = DeviceId, PlaceId = place }, Headers, cancellationToken: ct);
        lock (_gate)
        {
            _identity = request.Identity.Clone();
            _kind = request.Kind == DeviceKind.Unspecified ? DeviceKind.Handheld : request.Kind;
            _link = link;
            _location = link.PlaceLocation;
        }

        RequireService();
        ResetSdsOrder(); // the MCX numbers each sender's messages from 1 again for a new registration
        await DelayAsync(UplinkDelay(), ct);
        try
        {
            await _mcx.RegisterAsync(new RegisterRequest { Identity = _identity, AccessToken = request.AccessToken }, Headers, cancellationToken: ct);
        }
        catch (RpcException)
        {
            // Refused by the MCX service (e.g. no valid IdMS token): the terminal stays off and leaves the network.
            await _network.DetachTerminalAsync(new DetachTerminalRequest { TerminalId = DeviceId }, Headers, cancellationToken: ct);
            throw;
        }

        var life = new CancellationTokenSource();
        _life = life;
        _registered = true;
        StartDownlink(life.Token);
        _world.LinkWatch.Attach(this, DeviceId);
        if (_kind == DeviceKind.Console)
        {
            _ = WatchNetworkStatusAsync(life.Token);
        }
        Emit(new DeviceEvent { Connectivity = new ConnectivityEvent { Kind = ConnectivityKind.Registered, Link = link } });
        await SendTriggeredAsync(_reporter.Event("log-on", CurrentLocation()), ct);
    }

    public async Task PowerOffAsync(CancellationToken ct)
    {
        var life = Interlocked.Exchange(ref _life, null) ?? throw Errors.Precondition($"device_id '{DeviceId}' is already powered off");
        _world.Downlink.Detach(this, McpttId);
        _world.LinkWatch.Detach(this, DeviceId);
        await life.CancelAsync();
        _reporter.Dispose();
        foreach (var call in _calls.Values)
        {
            call.Participant.Stop();
        }

        _calls.Clear();
        lock (_gate)
        {
            _affiliations.Clear();
            _registered = false;
        }

        try
        {
            await _mcx.DeregisterAsync(new DeregisterRequest { McpttId = McpttId }, Headers, cancellationToken: ct);
            await _network.DetachTerminalAsync(new DetachTerminalRequest { TerminalId = DeviceId }, Headers, cancellationToken: ct);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.Unavailable)
        {
            // Already gone on the service side (e.g. the service restarted): powered off all the same.
        }

        Emit(new DeviceEvent { Connectivity = new ConnectivityEvent { Kind = ConnectivityKind.Deregistered, Link = _link } });
    }

    /// <summary>Stops the terminal's streams, timers and floor participants without telling the MCX or the network: its
    /// namespace is closing on every role.</summary>
    public void Abandon()
    {
        if (Interlocked.Exchange(ref _life, null) is not { } life)
        {
            return;
        }

        life.Cancel();
        life.Dispose();
        _reporter.Dispose();
        foreach (var call in _calls.Values)
        {
            call.Participant.Stop();
        }

        _calls.Clear();
        _events.Writer.TryComplete();
    }

    public async Task<LinkConditions> MoveToAsync(string placeId, CancellationToken ct)
    {
        var before = _link.CellId;
        var link = await _network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = DeviceId, PlaceId = placeId }, Headers, cancellationToken: ct);
        OnLink(link);
        lock (_gate)
        {
            _location = link.PlaceLocation;
        }

        var triggers = _reporter.MovedTo(CurrentLocation(), cellChanged: link.CellId != before);
        if (link.InService)
        {
            await SendTriggeredAsync(triggers, ct);
        }

        return link;
    }

    public async Task ReportLocationAsync(ReportLocationRequest request, CancellationToken ct)
    {
        lock (_gate)
        {
            if (request.Location is not null)
            {
                _location = request.Location;
            }
        }

        await SendLocationAsync(request.Trigger, ct);
        _reporter.Reported(CurrentLocation());
    }

    private async Task SendLocationAsync(string trigger, CancellationToken ct)
    {
        var location = CurrentLocation();
        location.MeasuredAt = Clock.Now(Time);
        await UplinkAsync(
            mcx => mcx.ReportLocationAsync(new Contracts.Mcx.V1.ReportLocationRequest
            {
                McpttId = McpttId,
                Location = location,
                Trigger = trigger.Length > 0 ? trigger : "manual",
            }, Headers, cancellationToken: ct).ResponseAsync,
            ct);
    }

    /// <summary>The terminal's own WatchTerminal stream, when the network service offers no WatchTerminals.</summary>
    public void StartOwnLinkWatch()
    {
        if (_life is { } life)
        {
            _ = WatchLinkAsync(life.Token);
        }
    }

    private async Task WatchLinkAsync(CancellationToken ct)
    {
        try
        {
            using var watch = _network.WatchTerminal(new WatchTerminalRequest { TerminalId = DeviceId }, Headers, cancellationToken: ct);
            await foreach (var link in watch.ResponseStream.ReadAllAsync(ct))
            {
                OnLink(link);
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

    /// <summary>A console sees the network operations feed (over the control room's fixed link, not the radio).</summary>
    private async Task WatchNetworkStatusAsync(CancellationToken ct)
    {
        try
        {
            using var watch = _network.WatchNetworkStatus(new WatchNetworkStatusRequest(), Headers, cancellationToken: ct);
            await foreach (var status in watch.ResponseStream.ReadAllAsync(ct))
            {
                Emit(new DeviceEvent { NetworkStatus = status });
            }
        }
        catch (RpcException)
        {
            // Powered off, or a network model without the feed: the console simply sees no network status.
        }
        catch (OperationCanceledException)
        {
            // Powered off.
        }
    }

    public void OnLink(LinkConditions link)
    {
        LinkConditions previous;
        lock (_gate)
        {
            previous = _link;
            if (link.Version != 0 && link.Version <= previous.Version && link.PlaceId == previous.PlaceId)
            {
                return;
            }

            _link = link;
        }

        if (link.InService)
        {
            ServiceBack();
        }

        var kind = previous.InService == link.InService ? ConnectivityKind.LinkChanged
            : link.InService ? ConnectivityKind.BackInService : ConnectivityKind.OutOfService;
        Emit(new DeviceEvent { Connectivity = new ConnectivityEvent { Kind = kind, Link = link } });
    }
}
