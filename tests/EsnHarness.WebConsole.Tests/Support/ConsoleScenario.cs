using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.WebConsole.Driver;
using Grpc.Core;
using Microsoft.Playwright;
using EsnHarness.WebConsole.Tests;

namespace EsnHarness.WebConsole.Tests.Support;

/// <summary>
/// One test's world: its own namespace on the shared simulators with the groups configured, a reference web console for the
/// MetCC dispatcher on those groups, a browser page logged in to it through the shipped console map, and terminals driven
/// through the device contract. Everything it starts it stops.
/// </summary>
public sealed class ConsoleScenario : IAsyncDisposable
{
    public const string Password = "correct horse battery staple";
    public const string DispatcherId = "sip:metcc-1@esn";
    public const string DispatcherName = "Dispatcher Jones";

    private readonly List<TerminalProbe> _terminals = [];

    private ConsoleScenario(string ns, IReadOnlyList<string> groups)
    {
        Namespace = ns;
        Groups = groups;
        Headers = new Metadata { { EsnMetadata.NamespaceHeader, ns } };
        Mcx = new McxService.McxServiceClient(ConsoleRig.Channel);
        Config = new McxConfiguration.McxConfigurationClient(ConsoleRig.Channel);
        Devices = new DeviceService.DeviceServiceClient(ConsoleRig.Channel);
        Network = new NetworkService.NetworkServiceClient(ConsoleRig.Channel);
    }

    public string Namespace { get; }

    public IReadOnlyList<string> Groups { get; }

    public Metadata Headers { get; }

    public McxService.McxServiceClient Mcx { get; }

    public McxConfiguration.McxConfigurationClient Config { get; }

    public DeviceService.DeviceServiceClient Devices { get; }

    public NetworkService.NetworkServiceClient Network { get; }

    public WebConsoleHost Console { get; private set; } = null!;

    public IPage Page { get; private set; } = null!;

    public ConsoleDriver Driver { get; private set; } = null!;

    /// <summary>Configures the groups in a new namespace, starts the console on them, and logs a page in (touch when asked).</summary>
    public static async Task<ConsoleScenario> StartAsync(bool hasTouch = false, params string[] groups)
    {
        var browser = ConsoleRig.Browser;
        var scenario = new ConsoleScenario($"console-{Guid.NewGuid():N}", groups.Length > 0 ? groups : ["MPS-LX-OPS1", "LFB-FLON-OPS01"]);
        foreach (var group in scenario.Groups)
        {
            await scenario.Config.PutGroupAsync(new PutGroupRequest
            {
                Group = new GroupConfig { GroupId = group, QueueingEnabled = true, AllowEmergency = true, AllowEmergencyAlert = true, HangTimeMs = 60_000 },
            }, scenario.Headers);
        }

        scenario.Console = await WebConsoleHost.StartAsync(scenario.Options());
        scenario.Page = await browser.NewPageAsync(hasTouch);
        scenario.Driver = ConsoleDriver.Attach(scenario.Page, scenario.Console.Address, ConsoleMapLoader.Load(ConsoleRig.MapPath));
        await scenario.Driver.LogInAsync(Password);
        return scenario;
    }

    public WebConsoleOptions Options() => new()
    {
        Mcx = new McxConnection(ConsoleRig.Simulators.Address) { NetworkAddress = ConsoleRig.Simulators.Address, Namespace = Namespace },
        Dispatcher = new DispatcherPosition(DispatcherId, "MPS", DispatcherName, "MetCC"),
        Groups = Groups,
        Login = new ConsoleLogin("dispatcher", Password),
    };

    /// <summary>Authorises the dispatcher to listen to other users' terminals (profile allow_ambient_listening).</summary>
    public Task AllowAmbientListeningAsync() =>
        Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile
            {
                Identity = new UserIdentity { McpttId = DispatcherId, Agency = Agency.Mps, Role = "dispatcher", DisplayName = DispatcherName },
                AllowAmbientListening = true,
            },
        }, Headers).ResponseAsync;

    /// <summary>Powers on a terminal at a place, affiliated to and with <paramref name="group"/> selected.</summary>
    public async Task<TerminalProbe> TerminalAsync(string id, string name, string group, Agency agency = Agency.Mps, string alias = "", string place = "surface-street")
    {
        var mcpttId = $"sip:{id}@esn";
        await Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = id,
            PlaceId = place,
            Identity = new UserIdentity { McpttId = mcpttId, Agency = agency, Role = "response officer", FunctionalAlias = alias, DisplayName = name },
        }, Headers);
        var probe = new TerminalProbe(id, mcpttId, name, Devices.Observe(new ObserveRequest { DeviceId = id }, Headers));
        _terminals.Add(probe);
        await Devices.AffiliateAsync(new GroupRequest { DeviceId = id, GroupId = group }, Headers);
        await Devices.SelectGroupAsync(new GroupRequest { DeviceId = id, GroupId = group }, Headers);
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        if (Page is not null)
        {
            await Page.Context.CloseAsync();
        }

        if (Console is not null)
        {
            await Console.DisposeAsync();
        }

        foreach (var terminal in _terminals)
        {
            await Devices.PowerOffAsync(new DeviceRef { DeviceId = terminal.DeviceId }, Headers);
            terminal.Dispose();
        }

        await new NamespaceLifecycle.NamespaceLifecycleClient(ConsoleRig.Channel).CloseAsync(new CloseNamespaceRequest(), Headers);
    }
}
