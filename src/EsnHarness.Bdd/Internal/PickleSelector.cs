using System.Text;
using System.Text.RegularExpressions;
using EsnHarness.Bdd.TagExpressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>Applies tag expression, name regex, <c>path:line</c> and shard selection to the loaded pickles.</summary>
internal sealed class PickleSelector
{
    private readonly ITagExpression? _tags;
    private readonly Regex? _name;
    private readonly Shard? _shard;

    public PickleSelector(GherkinRunOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Tags))
        {
            try
            {
                _tags = TagExpressionParser.Parse(options.Tags);
            }
            catch (TagExpressionException ex)
            {
                throw new BddConfigurationException($"invalid tag expression '{options.Tags}': {ex.Message.Split('\n')[0]}", ex);
            }
        }

        if (!string.IsNullOrEmpty(options.NameRegex))
        {
            try
            {
                _name = new Regex(options.NameRegex, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException ex)
            {
                throw new BddConfigurationException($"invalid name regex '{options.NameRegex}': {ex.Message}", ex);
            }
        }

        if (options.Workers < 1 || options.Retry < 0)
        {
            throw new BddConfigurationException($"workers must be at least 1 and retry at least 0 (got workers {options.Workers}, retry {options.Retry})");
        }

        _shard = options.Shard;
    }

    public bool Selects(LoadedFeature feature, LoadedPickle pickle) =>
        (_tags is null || _tags.Evaluate(pickle.Info.Tags))
        && (_name is null || _name.IsMatch(pickle.Info.Name))
        && (feature.SelectedLines.Count == 0 || feature.SelectedLines.Overlaps(pickle.SelectingLines))
        && (_shard is null || ShardOf(pickle.Info, _shard.Count) == _shard.Index);

    /// <summary>1-based shard of a pickle: FNV-1a of uri, name and line, stable across machines and runs.</summary>
    public static int ShardOf(DiscoveredPickle pickle, int count)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{pickle.Uri}\n{pickle.Name}\n{pickle.Line}"))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)count) + 1;
    }
}
