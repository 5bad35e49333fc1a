using System.Reflection;

namespace EsnHarness.Bdd;

/// <summary>What to run and how. Feature paths are files or folders (searched recursively for <c>*.feature</c>), optionally
/// followed by <c>:line</c> (repeatable, e.g. <c>features/a.feature:12:30</c>) to select the scenario, example row, examples,
/// rule or feature at that line.</summary>
public sealed record GherkinRunOptions
{
    /// <summary>Feature files or folders, relative to <see cref="BaseDirectory"/> or absolute.</summary>
    public IReadOnlyList<string> FeaturePaths { get; init; } = [];

    /// <summary>
    /// The whole catalogue the selection is part of (files or folders, without lines). Its files that
    /// <see cref="FeaturePaths"/> does not name are parsed and their <c>source</c> and <c>gherkinDocument</c> messages
    /// written, with no pickle, so reports can show their scenarios as not selected. Files that do not parse are left out.
    /// </summary>
    public IReadOnlyList<string> CataloguePaths { get; init; } = [];

    /// <summary>Folder that pickle uris are relative to; default the current directory.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Assemblies searched for <see cref="BindingAttribute"/> classes.</summary>
    public IReadOnlyList<Assembly> BindingAssemblies { get; init; } = [];

    /// <summary>Individual binding classes, in addition to those of <see cref="BindingAssemblies"/> (handy for tests and samples).</summary>
    public IReadOnlyList<Type> BindingTypes { get; init; } = [];

    /// <summary>Cucumber tag expression selecting pickles, e.g. <c>@smoke and not @wip</c>.</summary>
    public string? Tags { get; init; }

    /// <summary>Regular expression a pickle name must match.</summary>
    public string? NameRegex { get; init; }

    /// <summary>Extra <c>path:line</c> selections in addition to those written on <see cref="FeaturePaths"/>.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Match every step against the bindings but run no step or hook.</summary>
    public bool DryRun { get; init; }

    /// <summary>After the first scenario that does not pass, skip the rest.</summary>
    public bool FailFast { get; init; }

    /// <summary>Run a failed scenario again up to this many times (never undefined, ambiguous or pending ones).</summary>
    public int Retry { get; init; }

    /// <summary>Runs only this shard of the selected pickles.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The order scenarios start in.</summary>
    public ScenarioOrder Order { get; init; } = ScenarioOrder.Defined;

    /// <summary>Seed of <see cref="ScenarioOrder.Random"/>; the same seed gives the same order.</summary>
    public int RandomSeed { get; init; }

    /// <summary>Scenarios run at once; 1 runs them in order. <c>@serial</c> scenarios always run alone and
    /// <c>@exclusive:name</c> ones never run beside another holding the same name.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// When set, scenarios carrying the lane's tag (e.g. <c>@kpi</c>) never run beside other scenarios (see
    /// <see cref="Bdd.MeasurementLane"/>), and a run starts its measured scenarios after its others. Share one instance
    /// between runs in one process. Null: no isolation.
    /// </summary>
    public MeasurementLane? MeasurementLane { get; init; }

    /// <summary>
    /// With a <see cref="MeasurementLane"/>: an estimate, from a scenario's step texts, of how long it runs (any unit; 0
    /// when it cannot tell). The run starts its unmeasured scenarios, then its measured ones, each costliest first (ties
    /// in their order), so neither part ends on one long scenario started last. Null: scenarios start in their order.
    /// </summary>
    public Func<IReadOnlyList<string>, double>? ScenarioCost { get; init; }
}
