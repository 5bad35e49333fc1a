using EsnHarness.Simulators;
using EsnHarness.WebConsole.Driver;
using EsnHarness.WebConsole.Tests.Support;
using Grpc.Net.Client;

namespace EsnHarness.WebConsole.Tests;

/// <summary>One in-process reference simulator host and one headless Chromium for the run; every test has its own namespace,
/// console host and browser context.</summary>
[SetUpFixture]
public sealed class ConsoleRig
{
    private static ConsoleBrowser? _browser;

    public static SimulatorHost Simulators { get; private set; } = null!;

    public static GrpcChannel Channel { get; private set; } = null!;

    /// <summary>The browser; the test is ignored (with the reason) where no Chromium is installed.</summary>
    public static ConsoleBrowser Browser => _browser ?? throw new IgnoreException(BrowserProblem ?? "no browser");

    public static string? BrowserProblem { get; private set; }

    /// <summary>The reference console's map, as shipped beside the assembly.</summary>
    public static string MapPath => Path.Combine(AppContext.BaseDirectory, "console-map.json");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Simulators = await SimulatorHost.StartAsync(new SimulatorHostOptions { SdsRetransmitInterval = TimeSpan.FromMilliseconds(50) });
        Channel = GrpcChannel.ForAddress(Simulators.Address);
        try
        {
            _browser = await ConsoleBrowser.LaunchAsync(ConsoleBrowser.FindChromium(Environment.GetEnvironmentVariable("ESN_CHROMIUM")));
        }
        catch (ConsoleBrowserException e)
        {
            BrowserProblem = e.Message;
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Channel.Dispose();
        await Simulators.DisposeAsync();
    }
}
