using EsnHarness.Bdd;
using EsnHarness.Steps.WebConsoles;

namespace EsnHarness.Steps.Lifecycle;

/// <summary>
/// Pictures in the evidence: a step that fails while a dispatcher sits at a web console gets the console's screen (PNG) and the
/// Playwright trace of the scenario so far attached to it; with <c>--screenshots all</c> a passing scenario gets its final screens.
/// Requirements tagged <c>@web-console</c> (what only a screen can show) are skipped, saying why, when the run drives no web console.
/// </summary>
[Binding]
public sealed class WebConsoleHooks(ScenarioScreens screens, ScenarioContext scenario, TestRunContext run, IOutputHelper output)
{
    /// <summary>The tag of requirements only a web console's screen can show.</summary>
    public const string Tag = "@web-console";

    /// <summary>Skips a screen-only requirement when the run's controlRoom role is the gRPC console adapter.</summary>
    [BeforeScenario(Tag, Order = -200_000, Name = "Skip a screen-only requirement without a web console")]
    public void RequireWebConsole()
    {
        if (!run.TryGet<WebConsoleRoute>(out _))
        {
            throw new SkipScenarioException(
                $"{Tag}: this requirement is about what a dispatcher sees on a console's screen; the run's controlRoom role is the gRPC console adapter. Run it with a web console profile, e.g. esn run --profile web-console.");
        }
    }

    /// <summary>Attaches the screens and traces of the scenario's web consoles to a step that failed.</summary>
    [AfterStep(Name = "Attach the web console's screen to a failing step")]
    public async Task AttachOnFailureAsync()
    {
        if (scenario.StepError is not (null or SkipScenarioException) && screens.Any)
        {
            await screens.AttachAsync(output, withTrace: true);
        }
    }

    /// <summary>With <c>--screenshots all</c>, attaches the final screens of a passing scenario (before its consoles close).</summary>
    [AfterScenario(Order = 900_000, Name = "Attach the web console's final screen")]
    public async Task AttachFinalScreenAsync()
    {
        if (scenario.TestError is null && run.TryGet<WebConsoleRoute>(out var route) && route.Screenshots == ScreenshotPolicy.All && screens.Any)
        {
            await screens.AttachAsync(output, withTrace: false);
        }
    }
}
