using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Runs one attempt of a test case: hooks and steps in order, skipping after the first non-passed step, After
/// hooks always; writes its envelopes (testCaseStarted ... last testStepFinished) to the given buffer.</summary>
internal sealed partial class TestCaseExecutor(RunServices run)
{
    public async Task<AttemptResult> RunAsync(TestCasePlan plan, int attempt, List<Messages.Envelope> buffer, Exception? featureError, bool skipAll, CancellationToken cancellationToken)
    {
        var clock = run.Clock;
        var start = clock.Start();
        void Emit(Messages.Envelope e)
        {
            lock (buffer)
            {
                buffer.Add(e);
            }
        }

        var startedId = run.Ids.GetNewId();
        Emit(Messages.Envelope.Create(new Messages.TestCaseStarted(attempt, startedId, plan.Id, null, clock.Now())));
        var info = plan.Pickle.Info;
        var context = new ScenarioContext(info.Name, info.Tags, info.ExampleValues, info.FeatureName, info.Uri, attempt);
        var output = new ScenarioOutput(Emit, clock);
        var services = new ScenarioServices(run.RunContext, new Dictionary<Type, object> { [typeof(ScenarioContext)] = context, [typeof(IOutputHelper)] = output });
        var worst = ScenarioStatus.Passed;
        string? failedStep = null;
        string? message = null;
        var stop = skipAll;
        var skipped = skipAll;
        var pendingFeatureError = featureError;
        var interrupted = false;
        var steps = new List<StepResult>();
        try
        {
            foreach (var step in plan.Steps)
            {
                output.Target = new AttachmentTarget(startedId, step.Id, null);
                Emit(Messages.Envelope.Create(new Messages.TestStepStarted(startedId, step.Id, clock.Now())));
                var stepStart = clock.Start();
                StepOutcome outcome;
                if (pendingFeatureError is not null && !stop)
                {
                    outcome = new StepOutcome(Messages.TestStepResultStatus.FAILED, "BeforeFeature hook failed: " + pendingFeatureError.Message, pendingFeatureError);
                    pendingFeatureError = null;
                }
                else if (step.Hook is not null)
                {
                    outcome = await RunHookStepAsync(step.Hook, stop, services, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    outcome = await RunPickleStepAsync(step, stop, skipped, services, Emit, cancellationToken).ConfigureAwait(false);
                }

                if (Diagnostics(outcome.Error) is { } detail)
                {
                    output.Attach(detail, "text/plain", "diagnostics");
                }

                var duration = outcome.Status is Messages.TestStepResultStatus.UNDEFINED or Messages.TestStepResultStatus.AMBIGUOUS ? TimeSpan.Zero : clock.Elapsed(stepStart);
                Emit(Messages.Envelope.Create(new Messages.TestStepFinished(startedId, step.Id, outcome.ToMessage(duration), clock.Now())));
                var status = StepOutcome.ToScenarioStatus(outcome.Status);
                steps.Add(new StepResult(step.Describe(), status, duration, status == ScenarioStatus.Passed ? null : Explain(step, outcome), LogOf(buffer, step.Id)));
                if (status > worst)
                {
                    worst = status;
                    failedStep = step.Describe();
                    message = Explain(step, outcome);
                }

                interrupted |= outcome.Interrupted;
                if (outcome.Error is not null)
                {
                    context.TestError ??= outcome.Error;
                }

                skipped |= outcome.Status == Messages.TestStepResultStatus.SKIPPED && !stop && !run.DryRun && step.Hook?.Kind != HookKind.AfterScenario;
                stop |= outcome.Status != Messages.TestStepResultStatus.PASSED;
            }
        }
        finally
        {
            output.Target = null;
            try
            {
                await services.DisposeAsync().ConfigureAwait(false);
            }
            catch (AggregateException ex) when (worst != ScenarioStatus.Failed)
            {
                worst = ScenarioStatus.Failed;
                failedStep = "(scenario clean-up)";
                message = ex.Message;
            }
        }

        return new AttemptResult(worst, failedStep, message, clock.Elapsed(start), steps, interrupted);
    }

    private static string? Diagnostics(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is IDiagnosticDetail { DiagnosticDetail: { Length: > 0 } detail })
            {
                return detail;
            }
        }

        return null;
    }

    private static List<string> LogOf(List<Messages.Envelope> buffer, string stepId)
    {
        lock (buffer)
        {
            return buffer.Select(e => e.Attachment)
                .Where(a => a is not null && a.TestStepId == stepId && a.MediaType == ScenarioOutput.LogMediaType)
                .Select(a => a!.Body).ToList();
        }
    }

    private static string? Explain(PlannedStep step, StepOutcome outcome) => outcome.Status switch
    {
        Messages.TestStepResultStatus.UNDEFINED => step.Advice!.Explain(step.Keyword ?? string.Empty, step.PickleStep!.Text),
        Messages.TestStepResultStatus.AMBIGUOUS => $"Ambiguous step \"{step.PickleStep!.Text}\" matches {step.Matches.Count} step definitions:\n"
            + string.Join("\n", step.Matches.Select(m => $"  {m.Binding.DisplayName} via '{m.Binding.Expression.Source}'")),
        Messages.TestStepResultStatus.PENDING => outcome.Message ?? "the step is pending",
        Messages.TestStepResultStatus.SKIPPED => outcome.Message ?? "the scenario was skipped",
        _ => outcome.Message,
    };
}
