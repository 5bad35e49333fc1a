namespace EsnHarness.Bdd;

/// <summary>One test step of a scenario's last attempt, as a console or test log shows it.</summary>
/// <param name="Text">The Gherkin step with its keyword (<c>When the call is set up</c>) or the hook (<c>Before hook Name</c>).</param>
/// <param name="Status">Its outcome.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Message">Why it did not pass, when it did not.</param>
/// <param name="Log">Text written through <see cref="IOutputHelper.WriteLine"/> during the step.</param>
public sealed record StepResult(string Text, ScenarioStatus Status, TimeSpan Duration, string? Message, IReadOnlyList<string> Log);
