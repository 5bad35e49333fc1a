using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>The result of one test step, before it becomes a <c>testStepResult</c>.</summary>
internal sealed record StepOutcome(Messages.TestStepResultStatus Status, string? Message, Exception? Error, bool Interrupted = false)
{
    public static readonly StepOutcome Passed = new(Messages.TestStepResultStatus.PASSED, null, null);
    public static readonly StepOutcome Skipped = new(Messages.TestStepResultStatus.SKIPPED, null, null);

    /// <summary>The run was stopped (Ctrl+C, SIGTERM) before or while the step ran: it did not pass, and says why.</summary>
    public static StepOutcome Interruption(bool whileRunning, OperationCanceledException? error = null)
    {
        var message = whileRunning ? "Interrupted: the run was stopped while this step was running." : "Interrupted: the run was stopped before this step started.";
        return new(Messages.TestStepResultStatus.FAILED, message, new OperationCanceledException(message, error), Interrupted: true);
    }

    /// <summary>Classifies an exception thrown by a step or hook: pending, skipped, or failed.</summary>
    public static StepOutcome From(Exception error) => error switch
    {
        AggregateException { InnerExceptions: [var single] } => From(single),
        PendingStepException p => p.HasDefaultMessage ? new(Messages.TestStepResultStatus.PENDING, null, null) : new(Messages.TestStepResultStatus.PENDING, error.Message, error),
        SkipScenarioException k => k.HasDefaultMessage ? new(Messages.TestStepResultStatus.SKIPPED, null, null) : new(Messages.TestStepResultStatus.SKIPPED, error.Message, error),
        _ when error.GetType().FullName == "NUnit.Framework.IgnoreException" => new(Messages.TestStepResultStatus.SKIPPED, error.Message, null),
        _ when error.GetType().FullName == "NUnit.Framework.InconclusiveException" => new(Messages.TestStepResultStatus.PENDING, error.Message, null),
        _ => new(Messages.TestStepResultStatus.FAILED, error.Message, error),
    };

    public Messages.TestStepResult ToMessage(TimeSpan duration) => new(
        Clock.ToDuration(duration),
        Message,
        Status,
        Error is null ? null : new Messages.Exception(Error.GetType().FullName ?? Error.GetType().Name, Error.Message, Error.StackTrace));

    public static ScenarioStatus ToScenarioStatus(Messages.TestStepResultStatus status) => status switch
    {
        Messages.TestStepResultStatus.PASSED => ScenarioStatus.Passed,
        Messages.TestStepResultStatus.SKIPPED => ScenarioStatus.Skipped,
        Messages.TestStepResultStatus.PENDING => ScenarioStatus.Pending,
        Messages.TestStepResultStatus.UNDEFINED => ScenarioStatus.Undefined,
        Messages.TestStepResultStatus.AMBIGUOUS => ScenarioStatus.Ambiguous,
        _ => ScenarioStatus.Failed,
    };
}
