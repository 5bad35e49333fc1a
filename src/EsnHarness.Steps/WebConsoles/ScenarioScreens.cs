using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.WebConsoles;

/// <summary>Scenario-scoped: the web consoles the scenario has seated dispatchers at, for the hooks that attach their screens
/// (cheap to create, so every scenario's hooks can ask without starting anything).</summary>
public sealed class ScenarioScreens
{
    private WebConsolePort? _port;

    /// <summary>True once a dispatcher sits at a web console in this scenario.</summary>
    public bool Any => _port is { HasSeats: true };

    /// <summary>Called by the web console port when it seats its first dispatcher.</summary>
    internal void Use(WebConsolePort port) => _port = port;

    /// <summary>Attaches every seated console's screen (PNG) and, when <paramref name="withTrace"/>, its Playwright trace so far.</summary>
    public Task AttachAsync(IOutputHelper output, bool withTrace) => _port is { } port ? port.AttachEvidenceAsync(output, withTrace) : Task.CompletedTask;
}
