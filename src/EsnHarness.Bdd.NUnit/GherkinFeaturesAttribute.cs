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

    /// <summary>Binding classes to use; when empty, every [Binding] class of the fixture's assembly.</summary>
    public Type[] BindingTypes { get; set; } = [];

    /// <summary>Folder the feature paths and pickle uris are relative to, itself relative to the test assembly's folder
    /// (e.g. <c>../../../../..</c> to reach a repository's root from <c>bin/Debug/net10.0</c>); default the assembly's folder.</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>Optional Cucumber tag expression that limits the scenarios turned into test cases.</summary>
    public string? Tags { get; set; }

    /// <summary>Builds the runner options for a fixture type.</summary>
    public GherkinRunOptions ToOptions(Type fixtureType)
    {
        ArgumentNullException.ThrowIfNull(fixtureType);
        return new GherkinRunOptions
        {
            FeaturePaths = FeaturePaths,
            BaseDirectory = Path.GetFullPath(BaseDirectory ?? ".", Path.GetDirectoryName(fixtureType.Assembly.Location) ?? AppContext.BaseDirectory),
            BindingAssemblies = BindingTypes.Length == 0 ? [fixtureType.Assembly] : [],
            BindingTypes = BindingTypes,
            Tags = Tags,
        };
    }

    internal static GherkinFeaturesAttribute Of(Type fixtureType) =>
        fixtureType.GetCustomAttribute<GherkinFeaturesAttribute>(inherit: true)
        ?? throw new InvalidOperationException($"{fixtureType.FullName} derives from GherkinTestFixture but has no [GherkinFeatures(...)] attribute");
}
