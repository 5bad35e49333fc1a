using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

internal sealed partial class TestCaseExecutor
{
    private async Task<StepOutcome> RunHookStepAsync(HookBinding hook, bool stop, ScenarioServices services, CancellationToken cancellationToken)
    {
        var isAfter = hook.Kind == HookKind.AfterScenario;
        if (run.DryRun || (stop && !isAfter))
        {
            return StepOutcome.Skipped;
        }

        // After hooks are the scenario's clean-up: an interrupted run still lets them finish.
        if (isAfter)
        {
            return await InvokeAsync(() => run.Invoker.InvokeHookAsync(hook, services, CancellationToken.None), CancellationToken.None).ConfigureAwait(false);
        }

        return cancellationToken.IsCancellationRequested
            ? StepOutcome.Interruption(whileRunning: false)
            : await InvokeAsync(() => run.Invoker.InvokeHookAsync(hook, services, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<StepOutcome> RunPickleStepAsync(PlannedStep step, bool stop, bool skipped, ScenarioServices services, Action<Messages.Envelope> emit, CancellationToken cancellationToken)
    {
        // After a step or hook skipped the scenario, even undefined and ambiguous steps are just skipped (as cucumber-js).
        if (skipped)
        {
            return StepOutcome.Skipped;
        }

        if (step.Matches.Count == 0)
        {
            emit(Messages.Envelope.Create(new Messages.Suggestion(run.Ids.GetNewId(), step.PickleStep!.Id, step.Advice!.Snippets.Select(code => new Messages.Snippet("csharp", code)).ToList())));
            return new StepOutcome(Messages.TestStepResultStatus.UNDEFINED, null, null);
        }

        if (step.Matches.Count > 1)
        {
            return new StepOutcome(Messages.TestStepResultStatus.AMBIGUOUS, null, null);
        }

        if (stop || run.DryRun)
        {
            return StepOutcome.Skipped;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            return StepOutcome.Interruption(whileRunning: false);
        }

        var tags = services.Resolve(typeof(ScenarioContext)) is ScenarioContext context ? context.Tags : [];
        StepOutcome? first = null;
        foreach (var hook in run.Bindings.HooksOf(HookKind.BeforeStep).Where(h => h.Applies(tags)))
        {
            first ??= Failure(await InvokeAsync(() => run.Invoker.InvokeHookAsync(hook, services, cancellationToken), cancellationToken).ConfigureAwait(false));
        }

        if (first is null)
        {
            first = Failure(await InvokeAsync(() => run.Invoker.InvokeStepAsync(step.Matches[0], step.PickleStep!, services, cancellationToken), cancellationToken).ConfigureAwait(false));
        }

        // AfterStep hooks always run, even after a failure or an interruption, and may read the step's error.
        if (services.Resolve(typeof(ScenarioContext)) is ScenarioContext current)
        {
            current.StepError = first?.Error;
        }

        foreach (var hook in run.Bindings.HooksOf(HookKind.AfterStep).Where(h => h.Applies(tags)))
        {
            var after = Failure(await InvokeAsync(() => run.Invoker.InvokeHookAsync(hook, services, CancellationToken.None), CancellationToken.None).ConfigureAwait(false));
            first ??= after;
        }

        return first ?? StepOutcome.Passed;
    }

    private static StepOutcome? Failure(StepOutcome outcome) => outcome.Status == Messages.TestStepResultStatus.PASSED ? null : outcome;

    private static async Task<StepOutcome> InvokeAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action().ConfigureAwait(false);
            return StepOutcome.Passed;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            return StepOutcome.Interruption(whileRunning: true, ex);
        }
        catch (BddConfigurationException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return StepOutcome.From(ex);
        }
    }
}
