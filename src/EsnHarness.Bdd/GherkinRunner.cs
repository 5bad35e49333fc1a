using EsnHarness.Bdd.Internal;

namespace EsnHarness.Bdd;

/// <summary>
/// The entry point hosts use (the <c>esn</c> CLI, the NUnit adapter): discover pickles, or run them while streaming
/// Cucumber Messages to sinks. User mistakes in the input throw <see cref="BddConfigurationException"/>.
/// </summary>
/// <param name="time">Clock for message timestamps and durations; <see cref="TimeProvider.System"/> by default.</param>
public sealed class GherkinRunner(TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Parses the features and applies the selection (tags, name, lines, shard); runs nothing and loads no bindings.</summary>
    public Discovery Discover(GherkinRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ids = new IdGenerator();
        var features = FeatureSet.Load(options, ids);
        return new Discovery(features.Selected.Select(p => p.Info).ToList(), features.ParseErrors, features.LineProblems)
        {
            Prepared = new PreparedFeatures(options, features, ids.Issued),
        };
    }

    /// <summary>
    /// The step definitions of the options' binding assemblies and types, in declaration order, for a step glossary;
    /// checks each attribute's <see cref="StepDefinitionBaseAttribute.Example"/> against its expression. Reads no feature.
    /// </summary>
    /// <exception cref="BddConfigurationException">A binding is wrong (as for a run).</exception>
    public IReadOnlyList<StepDefinitionInfo> DescribeSteps(GherkinRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bindings = new BindingLoader(new IdGenerator()).Load(options.BindingAssemblies, options.BindingTypes);
        return bindings.Steps.Select(s => new StepDefinitionInfo(
            s.Attribute switch
            {
                GivenAttribute => "Given",
                WhenAttribute => "When",
                ThenAttribute => "Then",
                _ => "*",
            },
            s.Expression.Source,
            s.IsRegex,
            s.DisplayName,
            s.Attribute.Description,
            s.Attribute.Example,
            s.Attribute.Example is null ? null : s.Expression.Match(s.Attribute.Example) is not null)).ToList();
    }

    /// <summary>The custom parameter types the step expressions of the options' bindings use, with values from the definitions' examples. Reads no feature.</summary>
    /// <exception cref="BddConfigurationException">A binding is wrong (as for a run).</exception>
    public IReadOnlyList<ParameterTypeInfo> DescribeParameterTypes(GherkinRunOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ParameterTypeCatalog.Describe(new BindingLoader(new IdGenerator()).Load(options.BindingAssemblies, options.BindingTypes));
    }

    /// <summary>
    /// Runs the selected pickles: BeforeTestRun hooks, scenarios (in parallel up to <see cref="GherkinRunOptions.Workers"/>),
    /// AfterTestRun hooks; every envelope goes to every sink in stream order. Cancelling stops starting scenarios; the
    /// running ones see the token in their current step (a step that ends by cancellation fails as interrupted), skip
    /// their remaining steps and run their After hooks to the end; then the run finishes as usual and the summary says
    /// <see cref="RunSummary.Interrupted"/>, with the scenarios that never started in <see cref="RunSummary.NotRun"/>.
    /// </summary>
    /// <param name="options">What to run.</param>
    /// <param name="sinks">Receivers of the Cucumber Messages (e.g. <see cref="NdjsonEnvelopeSink"/>).</param>
    /// <param name="context">Run-scoped objects shared with bindings; a new empty one when null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<RunSummary> RunAsync(GherkinRunOptions options, IReadOnlyList<IEnvelopeSink> sinks, TestRunContext? context = null, CancellationToken cancellationToken = default)
    {
        var session = await StartAsync(options, sinks, context, cancellationToken).ConfigureAwait(false);
        await session.RunAllAsync(cancellationToken).ConfigureAwait(false);
        return await session.FinishAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Runs what <paramref name="discovery"/> (from <see cref="Discover"/>) selected, with its options, as
    /// <see cref="RunAsync(GherkinRunOptions, IReadOnlyList{IEnvelopeSink}, TestRunContext?, CancellationToken)"/> does,
    /// without parsing the feature files again: a host that checks the selection before it runs parses them once.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="discovery"/> was not made by <see cref="Discover"/>.</exception>
    public async Task<RunSummary> RunAsync(Discovery discovery, IReadOnlyList<IEnvelopeSink> sinks, TestRunContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        ArgumentNullException.ThrowIfNull(sinks);
        var prepared = discovery.Prepared ?? throw new ArgumentException("the discovery was not made by GherkinRunner.Discover", nameof(discovery));
        var session = await GherkinSession.StartAsync(prepared.Options, sinks, context ?? new TestRunContext(), _time, cancellationToken, prepared).ConfigureAwait(false);
        await session.RunAllAsync(cancellationToken).ConfigureAwait(false);
        return await session.FinishAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a run whose pickles the host runs one by one (the NUnit adapter: one test case per pickle): loads bindings,
    /// writes the message header and runs BeforeTestRun hooks. Call <see cref="GherkinSession.FinishAsync"/> at the end.
    /// </summary>
    public Task<GherkinSession> StartAsync(GherkinRunOptions options, IReadOnlyList<IEnvelopeSink> sinks, TestRunContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sinks);
        return GherkinSession.StartAsync(options, sinks, context ?? new TestRunContext(), _time, cancellationToken);
    }
}
