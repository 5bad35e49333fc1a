using EsnHarness.Steps.Internal;
using EsnHarness.WebConsole.Driver;

namespace EsnHarness.Steps.WebConsoles;

/// <summary>
/// Run-scoped (put in the TestRunContext by the composition root): the control-room steps drive dispatcher consoles through their
/// screen in <see cref="Browser"/>, finding everything through <see cref="Map"/>, instead of through the gRPC console adapter.
/// </summary>
/// <param name="Address">The console's URL; null when <see cref="Seats"/> serves the embedded reference console per dispatcher.</param>
/// <param name="Map">The console map of the console product.</param>
/// <param name="Browser">The run's headless Chromium (each scenario gets its own browser context).</param>
/// <param name="Seats">Serves the embedded reference console; null for an external console.</param>
/// <param name="Password">The console login's password (from the environment variable the map names, or generated for the
/// embedded console). A secret: never printed, and typed before the trace starts.</param>
/// <remarks>Disposing it (at the end of the run, before the browser closes) closes the embedded consoles and pages kept between
/// scenarios.</remarks>
public sealed class WebConsoleRoute(Uri? Address, ConsoleMap Map, ConsoleBrowser Browser, IWebConsoleSeats? Seats, string Password) : IAsyncDisposable
{
    /// <summary>The console's URL, or null for the embedded reference console.</summary>
    public Uri? Address { get; } = Address ?? (Seats is null ? throw new ArgumentException("a web console needs an address or the embedded seats", nameof(Address)) : null);

    /// <summary>The console map.</summary>
    public ConsoleMap Map { get; } = Map;

    /// <summary>The run's browser.</summary>
    public ConsoleBrowser Browser { get; } = Browser;

    /// <summary>Serves the embedded console; null for an external one.</summary>
    public IWebConsoleSeats? Seats { get; } = Seats;

    internal string Password { get; } = Password;

    /// <summary>
    /// The new screens the run opens at once (a browser context, the console's page, the login): at most one per processor, so that a
    /// run of many scenarios side by side does not start dozens of renderers together and time them all out. A login's deadline
    /// starts when its turn comes. A kept page, still open, showing the next dispatcher's position (its renderer and login exist)
    /// does not wait here.
    /// </summary>
    internal SemaphoreSlim Openings { get; } = new(Math.Max(2, Environment.ProcessorCount));

    /// <summary>The embedded consoles, with their logged-in pages, that scenarios finished with: the next seats take them.</summary>
    internal ScreenPool Screens { get; } = new();

    /// <summary>When screens are attached; failures only unless the run says <c>--screenshots all</c>.</summary>
    public ScreenshotPolicy Screenshots { get; init; } = ScreenshotPolicy.Failures;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Screens.DisposeAsync();

    /// <inheritdoc />
    public override string ToString() => $"{Map.Product} at {(Address?.ToString() ?? "the embedded reference console")}";
}
