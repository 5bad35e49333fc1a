namespace EsnHarness.Bdd.Internal;

/// <summary>
/// All feature files of a run, parsed, with the pickles the options select; plus, when asked, the catalogue's other
/// files, recorded only (their documents go into the message stream so reports can list what was not selected).
/// </summary>
internal sealed record FeatureSet(IReadOnlyList<LoadedFeature> Features, IReadOnlyList<LoadedPickle> Selected, IReadOnlyList<LoadedFeature> RecordedOnly)
{
    public IReadOnlyList<ParseProblem> ParseErrors => Features.SelectMany(f => f.Problems).ToList();

    /// <summary>Every <c>path:line</c> that selects no pickle at all (before tags, name and shard apply), with what is there instead.</summary>
    public IReadOnlyList<SelectionProblem> LineProblems => Features
        .Where(f => f.Document is not null && f.SelectedLines.Count > 0)
        .SelectMany(f => f.SelectedLines.Order()
            .Where(line => !f.Pickles.Any(p => p.SelectingLines.Contains(line)))
            .Select(line => new SelectionProblem(f.Uri, line, new LineLocator(f.Source.Data, f.Document!).Describe(line))))
        .ToList();

    /// <summary>The full paths of the files this set parsed, in order.</summary>
    public IReadOnlyList<string> Paths { get; private init; } = [];

    public static FeatureSet Load(GherkinRunOptions options, IdGenerator ids)
    {
        var selector = new PickleSelector(options);
        var baseDirectory = BaseDirectory(options);
        var loader = new FeatureLoader(ids);
        var files = FeaturePaths.Expand(options, baseDirectory);
        var features = files
            .Select(f => loader.Load(f.FullPath, FeaturePaths.RelativeUri(f.FullPath, baseDirectory), f.Lines))
            .ToList();
        var selected = features.SelectMany(f => f.Pickles.Where(p => selector.Selects(f, p))).ToList();
        return new FeatureSet(features, selected, []) { Paths = files.Select(f => f.FullPath).ToList() };
    }

    /// <summary>This set plus the catalogue's files it did not parse, recorded only (ids from <paramref name="ids"/>, after this set's).</summary>
    public FeatureSet WithCatalogue(GherkinRunOptions options, IdGenerator ids)
    {
        if (options.CataloguePaths.Count == 0)
        {
            return this;
        }

        var baseDirectory = BaseDirectory(options);
        var loader = new FeatureLoader(ids);
        var loaded = Paths.ToHashSet(StringComparer.Ordinal);
        var catalogue = FeaturePaths.Expand(new GherkinRunOptions { FeaturePaths = options.CataloguePaths }, baseDirectory, mustExist: false);

        // A catalogue file outside the selection is only recorded: if it does not parse, that is not this run's problem.
        var recorded = catalogue.Where(f => loaded.Add(f.FullPath))
            .Select(f => loader.Load(f.FullPath, FeaturePaths.RelativeUri(f.FullPath, baseDirectory), new HashSet<int>()))
            .Where(f => f.Document is not null)
            .ToList();
        return this with { RecordedOnly = recorded };
    }

    private static string BaseDirectory(GherkinRunOptions options) => Path.GetFullPath(options.BaseDirectory ?? Directory.GetCurrentDirectory());
}
