namespace EsnHarness.Bdd.Internal;

/// <summary>All feature files of a run, parsed, with the pickles the options select.</summary>
internal sealed record FeatureSet(IReadOnlyList<LoadedFeature> Features, IReadOnlyList<LoadedPickle> Selected)
{
    public IReadOnlyList<ParseProblem> ParseErrors => Features.SelectMany(f => f.Problems).ToList();

    public static FeatureSet Load(GherkinRunOptions options, IdGenerator ids)
    {
        var selector = new PickleSelector(options);
        var baseDirectory = Path.GetFullPath(options.BaseDirectory ?? Directory.GetCurrentDirectory());
        var loader = new FeatureLoader(ids);
        var features = FeaturePaths.Expand(options, baseDirectory)
            .Select(f => loader.Load(f.FullPath, FeaturePaths.RelativeUri(f.FullPath, baseDirectory), f.Lines))
            .ToList();
        var selected = features.SelectMany(f => f.Pickles.Where(p => selector.Selects(f, p))).ToList();
        return new FeatureSet(features, selected);
    }
}
