using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.WebConsole.Internal.State;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>
/// The console's dispatcher position on the MCX: registers it, takes its downlink, affiliates it to the monitored groups,
/// reads what is already going on (calls, alerts, patches), follows the location feed, and reads the network model's places
/// for the plan. Everything it starts ends in <see cref="DisposeAsync"/>, which also deregisters the position.
/// </summary>
internal sealed partial class DispatcherSession : IAsyncDisposable
{
    private readonly WebConsoleOptions _options;
    private readonly McxClients _clients;
    private readonly ConsoleState _state;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _pumps = [];

    public DispatcherSession(WebConsoleOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _clients = new McxClients(options.Mcx);
        _state = new ConsoleState(new ConsoleModel(options.Dispatcher, options.Groups));
        Directory = new UserDirectory(_clients, () => _state.Mutate(_ => { }), logger, _stopping.Token);
        var me = options.Dispatcher.McpttId;
        Lanes = new FloorLanes(_clients, _state, me, options.TimeProvider);
        Messages = new MessageHandler(_clients, _state, Directory, me, options.TimeProvider);
        Downlink = new DownlinkHandler(_state, Lanes, Messages, Directory, me);
        Actions = new ConsoleActions(this);
        Ending = _stopping.Token;
    }

    public ConsoleState State => _state;

    public UserDirectory Directory { get; }

    public FloorLanes Lanes { get; }

    public MessageHandler Messages { get; }

    public McxClients Clients => _clients;

    /// <summary>What the dispatcher does on the screen, as MCX requests of this position.</summary>
    public ConsoleActions Actions { get; }

    /// <summary>Cancelled when the session ends (its screens' live feeds end with it).</summary>
    public CancellationToken Ending { get; }

    public string Me => _options.Dispatcher.McpttId;

    public TimeProvider Time => _options.TimeProvider;

    private DownlinkHandler Downlink { get; }

    public async Task StartAsync(CancellationToken ct)
    {
        var identity = Identity(_options.Dispatcher);
        Directory.Remember(identity);
        await Call(() => _clients.Mcx.RegisterAsync(new RegisterRequest { Identity = identity, AccessToken = _options.Mcx.AccessToken ?? "" }, _clients.Options(ct)).ResponseAsync, "register the dispatcher");
        var downlink = _clients.Mcx.Connect(new ConnectRequest { McpttId = Me }, _clients.Options(_stopping.Token));
        _pumps.Add(PumpDownlinkAsync(downlink));
        foreach (var group in _options.Groups)
        {
            await AffiliateAsync(group, ct);
        }

        await ReadWhatIsGoingOnAsync(_options.Groups, ct);
        var locations = _clients.Mcx.WatchLocations(new WatchLocationsRequest(), _clients.Options(_stopping.Token));
        _pumps.Add(PumpLocationsAsync(locations));
        if (_clients.Network is { } network)
        {
            var places = await Call(() => network.ListPlacesAsync(new ListPlacesRequest(), _clients.Options(ct)).ResponseAsync, "read the network model's places");
            _state.Mutate(m => m.Places.AddRange(places.Places));
        }

        _state.Mutate(m => m.Connection = "connected");
    }

    /// <summary>Starts monitoring one more group while the console runs: affiliates to it, shows its tile and what is going on there.</summary>
    public async Task MonitorAsync(string group, CancellationToken ct)
    {
        await AffiliateAsync(group, ct);
        _state.Mutate(m => m.Monitor(group));
        await ReadWhatIsGoingOnAsync([group], ct);
    }

    private Task AffiliateAsync(string group, CancellationToken ct) =>
        Call(() => _clients.Mcx.AffiliateAsync(new AffiliationRequest { McpttId = Me, GroupId = group }, _clients.Options(ct)).ResponseAsync, $"affiliate to group '{group}'");

    private async Task ReadWhatIsGoingOnAsync(IReadOnlyList<string> groups, CancellationToken ct)
    {
        var patches = await Call(() => _clients.Mcx.ListPatchesAsync(new ListPatchesRequest(), _clients.Options(ct)).ResponseAsync, "read the patches in force");
        var calls = new List<CallInfo>();
        var alerts = new List<EmergencyAlert>();
        foreach (var group in groups)
        {
            var listed = await Call(() => _clients.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = group }, _clients.Options(ct)).ResponseAsync, $"read the calls on '{group}'");
            calls.AddRange(listed.Calls);
            var emergency = await Call(() => _clients.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = group }, _clients.Options(ct)).ResponseAsync, $"read the emergency state of '{group}'");
            alerts.AddRange(emergency.Alerts);
        }

        _state.Mutate(m =>
        {
            foreach (var patch in patches.Patches)
            {
                m.Patches[patch.PatchId] = patch;
            }

            foreach (var alert in alerts)
            {
                m.Alerts[alert.McpttId] = alert;
            }

            foreach (var call in calls.Where(c => c.State == CallState.Active))
            {
                var tile = m.Tile(call.GroupId)!;
                tile.CallId = call.CallId;
                tile.TalkerId = call.TalkerMcpttId.Length > 0 ? call.TalkerMcpttId : null;
                tile.EmergencyCall = call.Emergency;
            }
        });
    }

    private async Task<T> Call<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (RpcException e)
        {
            throw new WebConsoleConfigurationException($"the console could not {what} on the MCX at {_clients.Describe}: {e.Status.StatusCode}: {e.Status.Detail}", e);
        }
    }

    private static UserIdentity Identity(DispatcherPosition position) => new()
    {
        McpttId = position.McpttId,
        Agency = position.Agency.ToUpperInvariant() switch
        {
            "MPS" => Agency.Mps,
            "LFB" => Agency.Lfb,
            "LAS" => Agency.Las,
            _ => throw new WebConsoleConfigurationException($"dispatcher agency '{position.Agency}' is not MPS, LFB or LAS"),
        },
        Role = "dispatcher",
        DisplayName = position.DisplayName,
        FunctionalAlias = position.FunctionalAlias,
    };
}
