using System.Reflection;
using System.Text.RegularExpressions;
using EsnHarness.Bdd;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>Which features, scenarios and step definitions a run uses, shared by <c>run</c>, <c>list</c> and <c>check</c>.</summary>
internal sealed partial class RunSelection(CliConsole console, RunRequest request, HarnessSettings settings)
{
    /// <summary>True when the run uses the built-in ESN step library (no <c>--bindings</c>).</summary>
    public bool UsesBuiltInSteps => request.Bindings.Count == 0;

    /// <summary>Run options; <paramref name="defaultTags"/> applies esn.json's 'tags' when the command line gives none.</summary>
    public GherkinRunOptions Options(int workers, bool defaultTags = true) => new()
    {
        FeaturePaths = FeaturePaths(),
        CataloguePaths = settings.Features.Select(settings.Resolve).ToList(),
        BaseDirectory = settings.BaseDirectory,
        BindingAssemblies = BindingAssemblies(),
        Tags = request.Tags ?? (defaultTags ? settings.Tags : null),
        NameRegex = request.Name,
        DryRun = request.DryRun,
        FailFast = request.FailFast,
        Retry = request.Retry,
        Shard = request.Shard,
        Workers = workers,
        MeasurementLane = new MeasurementLane(MeasurementTag, request.MeasuredAtOnce ?? MeasurementWorkers),
        ScenarioCost = UsesBuiltInSteps ? EsnHarness.Steps.Kpi.MeasurementCost.Estimate : null,
    };

    /// <summary>Scenarios with this tag measure time: they run in the measurement lane, never beside functional ones.</summary>
    public const string MeasurementTag = "@kpi";

    /// <summary>Measured scenarios that run at once by default (they mostly wait on modelled latency); <c>--measured-at-once</c>
    /// changes it.</summary>
    public const int MeasurementWorkers = 4;

    /// <summary>What was asked for, for the summary and every report (paths relative to esn.json's folder).</summary>
    public SelectionFacts Facts()
    {
        var given = request.Features.Count == 0
            ? settings.Features.ToList()
            : FeaturePaths().Select(path => Path.GetRelativePath(settings.BaseDirectory, path).Replace('\\', '/')).ToList();
        var lines = given.Where(path => LineSuffix().IsMatch(path)).ToList();
        var features = given.Select(path => LineSuffix().Replace(path, string.Empty)).Distinct(StringComparer.Ordinal).ToList();
        var tags = request.Tags ?? settings.Tags;
        return new SelectionFacts(features, lines, string.IsNullOrWhiteSpace(tags) ? null : tags, request.Tags is null && tags is not null, request.Name, request.Shard?.ToString());
    }

    private List<string> FeaturePaths()
    {
        if (request.Features.Count == 0)
        {
            return settings.Features.Select(settings.Resolve).ToList();
        }

        // FILE:LINE[:LINE...] keeps its line suffix; only the path part is made absolute against the working folder.
        return request.Features.Select(feature =>
        {
            var match = LineSuffix().Match(feature);
            var path = match.Success ? feature[..match.Index] : feature;
            var full = Path.GetFullPath(path, console.WorkingDirectory);
            return File.Exists(full) || Directory.Exists(full)
                ? full + (match.Success ? match.Value : string.Empty)
                : throw new UsageException($"--features '{feature}': no such file or folder");
        }).ToList();
    }

    private List<Assembly> BindingAssemblies() => LoadBindingAssemblies(console, request);

    /// <summary>The built-in ESN step library, or the assemblies named by <c>--bindings</c>.</summary>
    public static List<Assembly> LoadBindingAssemblies(CliConsole console, RunRequest request)
    {
        if (request.Bindings.Count == 0)
        {
            return [typeof(EsnHarness.Steps.Drivers.EsnSession).Assembly];
        }

        return request.Bindings.Select(path =>
        {
            var full = Path.GetFullPath(path, console.WorkingDirectory);
            try
            {
                return Assembly.LoadFrom(full);
            }
            catch (Exception error) when (error is FileNotFoundException or BadImageFormatException or FileLoadException)
            {
                throw new UsageException($"--bindings '{path}': cannot load the assembly ({error.GetType().Name}: {error.Message})");
            }
        }).ToList();
    }

    [GeneratedRegex(@"(:\d+)+$")]
    private static partial Regex LineSuffix();
}
