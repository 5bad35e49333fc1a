using System.Runtime.InteropServices;
using EsnHarness.Bdd.Internal;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

public sealed partial class GherkinSession
{
    private GherkinSession(GherkinRunOptions options, RunServices run, EnvelopeWriter writer, FeatureSet features, IReadOnlyList<TestCasePlan> plans)
    {
        _options = options;
        _run = run;
        _writer = writer;
        _features = features;
        _plans = plans;
        _executor = new TestCaseExecutor(run);
        var featureTags = features.Features.Where(f => f.Document?.Feature is not null)
            .ToDictionary(f => f.Uri, f => (IReadOnlyList<string>)f.Document!.Feature.Tags.Select(t => t.Name).ToList(), StringComparer.Ordinal);
        _featureHooks = new FeatureHooks(run, featureTags, _globalErrors.Enqueue);
        _featureHooks.Expect(plans);
    }

    internal static async Task<GherkinSession> StartAsync(GherkinRunOptions options, IReadOnlyList<IEnvelopeSink> sinks, TestRunContext context, TimeProvider time, CancellationToken cancellationToken, PreparedFeatures? prepared = null)
    {
        // A run that follows a discovery of the same options starts from what it parsed; ids continue where the parse left
        // them, so the messages are the same as when the run parses the files itself.
        var ids = new IdGenerator(prepared?.IdsIssued ?? 0);
        var features = (prepared?.Features ?? FeatureSet.Load(options, ids)).WithCatalogue(options, ids);
        var bindings = new BindingLoader(ids).Load(options.BindingAssemblies, options.BindingTypes);
        var writer = new EnvelopeWriter(sinks);
        var clock = new Clock(time);
        writer.Write(Messages.Envelope.Create(Meta()));
        var selectedIds = features.Selected.Select(p => p.Pickle.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var feature in features.Features)
        {
            writer.Write(Messages.Envelope.Create(feature.Source));
            foreach (var problem in feature.Problems)
            {
                var location = new Messages.Location(problem.Line, problem.Column == 0 ? null : problem.Column);
                writer.Write(Messages.Envelope.Create(new Messages.ParseError(new Messages.SourceReference(feature.Uri, null, null, location), $"({problem.Line}:{problem.Column}): {problem.Message}")));
            }

            if (feature.Document is null)
            {
                continue;
            }

            writer.Write(Messages.Envelope.Create(feature.Document!));
            foreach (var pickle in feature.Pickles.Where(p => selectedIds.Contains(p.Pickle.Id)))
            {
                writer.Write(Messages.Envelope.Create(pickle.Pickle));
            }
        }

        foreach (var feature in features.RecordedOnly)
        {
            writer.Write(Messages.Envelope.Create(feature.Source));
            writer.Write(Messages.Envelope.Create(feature.Document!));
        }

        writer.WriteAll(bindings.Messages);
        var testRunStartedId = ids.GetNewId();
        writer.Write(Messages.Envelope.Create(new Messages.TestRunStarted(clock.Now(), testRunStartedId)));
        var run = new RunServices(bindings, new StepInvoker(bindings.Transforms), clock, ids, context, options.DryRun, testRunStartedId);
        var planner = new TestCasePlanner(bindings, ids);
        var plans = Ordered(features.Selected.Select(p => planner.Plan(p, testRunStartedId)).ToList(), options);
        var session = new GherkinSession(options, run, writer, features, plans);
        session.BeforeTestRunFailed = !await session.RunTestRunHooksAsync(HookKind.BeforeTestRun, cancellationToken).ConfigureAwait(false);
        if (!session.BeforeTestRunFailed)
        {
            // As Cucumber does: when a BeforeTestRun hook failed, no test case is announced or run.
            writer.WriteAll(plans.Select(p => Messages.Envelope.Create(p.Message)));
        }

        return session;
    }

    private static List<TestCasePlan> Ordered(List<TestCasePlan> plans, GherkinRunOptions options)
    {
        switch (options.Order)
        {
            case ScenarioOrder.Reverse:
                plans.Reverse();
                break;
            case ScenarioOrder.Random:
                new Random(options.RandomSeed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(plans));
                break;
        }

        return plans;
    }

    private static Messages.Meta Meta()
    {
        var version = typeof(GherkinSession).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        return new Messages.Meta(
            typeof(Messages.Envelope).Assembly.GetName().Version?.ToString(3) ?? "35.0.0",
            new Messages.Product("EsnHarness.Bdd", version),
            new Messages.Product(".NET", Environment.Version.ToString()),
            new Messages.Product(RuntimeInformation.OSDescription, null),
            new Messages.Product(RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), null),
            null);
    }

    /// <summary>Runs BeforeTestRun or AfterTestRun hooks as <c>testRunHookStarted/Finished</c>; false when one failed.</summary>
    private async Task<bool> RunTestRunHooksAsync(HookKind kind, CancellationToken cancellationToken)
    {
        var ok = true;
        var output = new ScenarioOutput(_writer.Write, _run.Clock);
        await using var services = new ScenarioServices(_run.RunContext, new Dictionary<Type, object> { [typeof(IOutputHelper)] = output });
        foreach (var hook in _run.Bindings.HooksOf(kind))
        {
            var startedId = _run.Ids.GetNewId();
            _writer.Write(Messages.Envelope.Create(new Messages.TestRunHookStarted(startedId, _run.TestRunStartedId, hook.Id, null, _run.Clock.Now())));
            var start = _run.Clock.Start();
            var outcome = StepOutcome.Skipped;
            if (!_run.DryRun)
            {
                output.Target = new AttachmentTarget(null, null, startedId);
                try
                {
                    await _run.Invoker.InvokeHookAsync(hook, services, cancellationToken).ConfigureAwait(false);
                    outcome = StepOutcome.Passed;
                }
                catch (Exception ex) when (ex is not BddConfigurationException)
                {
                    outcome = StepOutcome.From(ex);
                    ok &= outcome.Status != Messages.TestStepResultStatus.FAILED;
                    if (outcome.Status == Messages.TestStepResultStatus.FAILED)
                    {
                        _globalErrors.Enqueue($"{kind} hook {hook.DisplayName} failed: {ex.Message}");
                    }
                }
                finally
                {
                    output.Target = null;
                }
            }

            _writer.Write(Messages.Envelope.Create(new Messages.TestRunHookFinished(startedId, outcome.ToMessage(_run.Clock.Elapsed(start)), _run.Clock.Now())));
        }

        return ok;
    }
}
