namespace EsnHarness.Reporting;

/// <summary>One executed (or not executed) step of a scenario, or a hook.</summary>
/// <param name="Keyword">The Gherkin keyword as written ("Given ", "And "), or "Before"/"After" for hooks.</param>
/// <param name="Text">The step text (after example substitution), or the hook name.</param>
/// <param name="Status">The step's result.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="ErrorMessage">The failure or pending message, if any.</param>
/// <param name="IsHook">True for a Before/After hook step.</param>
/// <param name="Argument">A doc string or a data table rendered as text, if the step has one.</param>
/// <param name="Attachments">Non-evidence attachments the step made.</param>
/// <param name="Evidence">Evidence the step attached.</param>
/// <param name="Snippet">For an undefined step, the runner's suggested step definition (its first snippet), if it made one.</param>
public sealed record StepReport(
    string Keyword,
    string Text,
    ScenarioStatus Status,
    TimeSpan Duration,
    string? ErrorMessage,
    bool IsHook,
    string? Argument,
    IReadOnlyList<AttachmentReport> Attachments,
    IReadOnlyList<Evidence> Evidence,
    string? Snippet = null);
