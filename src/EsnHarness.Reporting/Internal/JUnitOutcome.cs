using System.Globalization;
using System.Text;

namespace EsnHarness.Reporting.Internal;

/// <summary>The JUnit child element (failure or skipped) a scenario's status maps to.</summary>
internal sealed record JUnitOutcome(string Element, string Type, string Message, string? Detail)
{
    public static JUnitOutcome? For(ScenarioReport scenario, JUnitOptions options)
    {
        var step = scenario.FirstProblemStep;
        var stepText = step is null ? null : $"{step.Keyword.Trim()} {step.Text}";
        switch (scenario.Status)
        {
            case ScenarioStatus.Failed:
            case ScenarioStatus.Ambiguous:
                var message = step?.ErrorMessage is { } error ? FirstLine(error) : scenario.Status.ToString().ToLowerInvariant();
                return new JUnitOutcome("failure", scenario.Status.ToString(), stepText is null ? message : $"{stepText}: {message}",
                    Describe(stepText, step?.ErrorMessage));
            case ScenarioStatus.Pending:
            case ScenarioStatus.Undefined:
                var what = scenario.Status == ScenarioStatus.Pending ? "pending" : "undefined";
                var text = stepText is null ? $"Scenario is {what}" : $"Step is {what}: {stepText}";
                return options.TreatPendingAsFailure
                    ? new JUnitOutcome("failure", scenario.Status.ToString(), text, Describe(stepText, step?.ErrorMessage))
                    : new JUnitOutcome("skipped", scenario.Status.ToString(), text, null);
            case ScenarioStatus.Skipped:
                return new JUnitOutcome("skipped", "Skipped", "Scenario was skipped", null);
            case ScenarioStatus.NotRun:
                return new JUnitOutcome("skipped", "NotRun", "Scenario was not run", null);
            default:
                return null;
        }
    }

    public static string StepLog(ScenarioReport scenario)
    {
        var log = new StringBuilder();
        foreach (var step in scenario.Steps)
        {
            var status = step.Status.ToString().ToLowerInvariant();
            log.Append(CultureInfo.InvariantCulture, $"{step.Keyword.Trim()} {step.Text} ... {status}\n");
            foreach (var e in step.Evidence)
            {
                log.Append(CultureInfo.InvariantCulture,
                    $"    evidence: {e.Metric} = {e.Value} {e.Unit} (p{e.Percentile}, limit {e.Comparison} {e.Limit}, {e.Count} sample{(e.Count == 1 ? string.Empty : "s")}): {e.Verdict}\n");
            }
        }
        return log.ToString();
    }

    private static string? Describe(string? stepText, string? error) =>
        stepText is null ? error : error is null ? stepText : $"{stepText}\n{error}";

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
