using NUnit.Framework;

namespace EsnHarness.Bdd.NUnit;

/// <summary>
/// Base class of a test fixture that runs Gherkin features as NUnit tests, one test case per pickle:
/// <code>
/// [GherkinFeatures("Features", BindingTypes = [typeof(CallSteps)])]
/// [Parallelizable(ParallelScope.Children)]
/// public sealed class LondonFeatures : GherkinTestFixture;
/// </code>
/// BeforeTestRun hooks run once before the fixture's first scenario and AfterTestRun hooks after its last, so keep one
/// such fixture per test assembly. Scenarios may run in parallel (the session is thread-safe). A failing scenario fails its
/// test with the Gherkin step that failed and why; pending ones fail too; skipped ones are reported as ignored.
/// </summary>
public abstract class GherkinTestFixture
{
    private GherkinSession? _session;
    private NdjsonEnvelopeSink? _messages;

    /// <summary>Where to write the run's Cucumber Messages NDJSON; null (the default) writes none.</summary>
    protected virtual string? MessagesOutputPath => null;

    /// <summary>Fills the run-scoped context (shared objects, host configuration) before BeforeTestRun hooks run.</summary>
    protected virtual void ConfigureRunContext(TestRunContext context)
    {
    }

    /// <summary>Starts the Gherkin session: loads bindings, runs BeforeTestRun hooks.</summary>
    [OneTimeSetUp]
    public async Task StartGherkinSessionAsync()
    {
        var options = GherkinFeaturesAttribute.Of(GetType()).ToOptions(GetType());
        options = options with { Tags = options.Tags is null ? "not @ignore" : $"({options.Tags}) and not @ignore" };
        var context = new TestRunContext();
        ConfigureRunContext(context);
        _messages = MessagesOutputPath is { } path ? new NdjsonEnvelopeSink(new StreamWriter(path)) : null;
        IReadOnlyList<IEnvelopeSink> sinks = _messages is null ? [] : [_messages];
        _session = await new GherkinRunner().StartAsync(options, sinks, context);
    }

    /// <summary>Runs AfterTestRun hooks and closes the message stream.</summary>
    [OneTimeTearDown]
    public async Task FinishGherkinSessionAsync()
    {
        if (_session is not null)
        {
            var summary = await _session.FinishAsync();
            _session = null;
            _messages?.Dispose();
            _messages = null;
            if (summary.GlobalErrors.Count > 0)
            {
                Assert.Fail(string.Join("\n", summary.GlobalErrors));
            }
        }
    }

    /// <summary>One Gherkin scenario (pickle).</summary>
    [GherkinScenarios]
    public async Task Scenario(DiscoveredPickle? pickle)
    {
        var session = _session ?? throw new InvalidOperationException("the Gherkin session did not start");
        Assume.That(pickle, Is.Not.Null, "the features could not be discovered");
        if (session.BeforeTestRunFailed)
        {
            Assert.Fail("a BeforeTestRun hook failed; see the fixture's set-up output");
        }

        var running = session.Pickles.FirstOrDefault(p => p.Uri == pickle!.Uri && p.Line == pickle.Line && p.Name == pickle.Name)
            ?? throw new InvalidOperationException($"{pickle!.Location} is no longer in the features");
        var result = await session.RunPickleAsync(running.Id, TestContext.CurrentContext.CancellationToken);
        var where = $"{pickle!.Location}: {result.FailedStep}";
        switch (result.Status)
        {
            case ScenarioStatus.Passed:
                return;
            case ScenarioStatus.Skipped:
                Assert.Ignore($"{where}: skipped{(result.Message is null ? string.Empty : ": " + result.Message)}");
                return;
            default:
                Assert.Fail($"{result.Status}: {where}\n{result.Message ?? result.Status.ToString().ToLowerInvariant()}");
                return;
        }
    }
}
