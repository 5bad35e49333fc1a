using System.Reflection;

namespace EsnHarness.Bdd.NUnit;

/// <summary>
/// On a <see cref="GherkinTestFixture"/>: which feature files to run and where the bindings are.
/// Paths are relative to the test output folder (copy the features there with <c>CopyToOutputDirectory</c>).
/// </summary>
/// <param name="featurePaths">Feature files or folders, e.g. <c>Features</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class GherkinFeaturesAttribute(params string[] featurePaths) : Attribute
{
    /// <summary>Feature files or folders.</summary>
    public IReadOnlyList<string> FeaturePaths { get; } = featurePaths;

    /// <summary>Binding classes to use. When this and <see cref="BindingAssembliesOf"/> are empty, every [Binding] class
    /// of the fixture's assembly.</summary>
    public Type[] BindingTypes { get; set; } = [];

    /// <summary>Every [Binding] class of the assemblies these types live in (e.g. <c>[typeof(CallSteps)]</c> for the steps
    /// assembly).</summary>
    public Type[] BindingAssembliesOf { get; set; } = [];

    /// <summary>Folder the feature paths and pickle uris are relative to, itself relative to the test assembly's folder
    /// (e.g. <c>../../../../..</c> to reach a repository's root from <c>bin/Debug/net10.0</c>); default the assembly's folder.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>Optional Cucumber tag expression that limits the scenarios turned into test cases.</summary>
    public string? Tags { get; set; }

    /// <summary>Tag of scenarios that measure time (e.g. <c>@kpi</c>): they run in a <see cref="MeasurementLane"/>, never beside
    /// other scenarios of the fixture. Null: no isolation.</summary>
    public string? MeasurementTag { get; set; }

    /// <summary>How many measured scenarios may run at once (with <see cref="MeasurementTag"/>); default 4.</summary>
    public int MeasurementWorkers { get; set; } = 4;

    /// <summary>Builds the runner options for a fixture type.</summary>
    public GherkinRunOptions ToOptions(Type fixtureType)
    {
        ArgumentNullException.ThrowIfNull(fixtureType);
        return new GherkinRunOptions
        {
            FeaturePaths = FeaturePaths,
            BaseDirectory = Path.GetFullPath(BaseDirectory ?? ".", Path.GetDirectoryName(fixtureType.Assembly.Location) ?? AppContext.BaseDirectory),
            BindingAssemblies = BindingTypes.Length == 0 && BindingAssembliesOf.Length == 0
                ? [fixtureType.Assembly]
                : BindingAssembliesOf.Select(t => t.Assembly).Distinct().ToList(),
            BindingTypes = BindingTypes,
            Tags = Tags,
            MeasurementLane = MeasurementTag is null ? null : new MeasurementLane(MeasurementTag, MeasurementWorkers),
        };
    }

    internal static GherkinFeaturesAttribute Of(Type fixtureType) =>
        fixtureType.GetCustomAttribute<GherkinFeaturesAttribute>(inherit: true)
        ?? throw new InvalidOperationException($"{fixtureType.FullName} derives from GherkinTestFixture but has no [GherkinFeatures(...)] attribute");
}
