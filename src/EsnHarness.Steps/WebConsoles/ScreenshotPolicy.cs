namespace EsnHarness.Steps.WebConsoles;

/// <summary>When the screen of a web console is attached to a scenario's results (<c>esn run --screenshots</c>).</summary>
public enum ScreenshotPolicy
{
    /// <summary>Only for a failing step: its screen (PNG) and the Playwright trace of the scenario so far.</summary>
    Failures,

    /// <summary>As <see cref="Failures"/>, and the final screen of every passing scenario that used a web console.</summary>
    All,
}
