namespace EsnHarness.Bdd;

/// <summary>Final outcome of one pickle (its last attempt).</summary>
/// <param name="Pickle">The pickle.</param>
/// <param name="Status">Worst status of its steps and hooks.</param>
/// <param name="Attempts">How many times it ran (more than 1 when retried).</param>
/// <param name="FailedStep">The step or hook that decided a non-passed status, e.g. <c>When the call is set up</c>; null when passed.</param>
/// <param name="Message">Why: the exception message, the snippet for an undefined step, or the candidate methods of an ambiguous one.</param>
/// <param name="Duration">Time of the last attempt.</param>
/// <param name="Steps">Every step and scenario hook of the last attempt, in order.</param>
/// <param name="Interrupted">True when the run was stopped (Ctrl+C, SIGTERM) before the scenario could finish its steps; its After hooks still ran.</param>
public sealed record ScenarioResult(DiscoveredPickle Pickle, ScenarioStatus Status, int Attempts, string? FailedStep, string? Message, TimeSpan Duration, IReadOnlyList<StepResult>? Steps = null, bool Interrupted = false)
{
    /// <summary>The scenario as a step list: one line per step with its status and time, log lines indented beneath.</summary>
    public string DescribeSteps() => string.Join("\n", (Steps ?? []).SelectMany(step =>
        new[] { $"{step.Status.ToString().ToLowerInvariant(),-9} {step.Text} ({step.Duration.TotalMilliseconds:F0} ms)" }
            .Concat(step.Log.Select(line => "          " + line))
            .Concat(step.Message is null || step.Status == ScenarioStatus.Passed ? [] : step.Message.Split('\n').Select(line => "          " + line))));

    /// <summary>Console-ready lines: <c>uri:line Name: STATUS</c>, then the step and the reason, indented.</summary>
    public string Describe()
    {
        var head = $"{Pickle.Location} {Pickle.DisplayName}: {Status.ToString().ToUpperInvariant()}{(Attempts > 1 ? $" after {Attempts} attempts" : string.Empty)}";
        if (FailedStep is null)
        {
            return head;
        }

        var reason = (Message ?? string.Empty).Replace("\n", "\n      ", StringComparison.Ordinal);
        return $"{head}\n    {FailedStep}\n      {reason}";
    }
}
