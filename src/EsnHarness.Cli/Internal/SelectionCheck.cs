using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Before the first scenario: a <c>FILE:LINE</c> that selects nothing, feature files none of which parse, and a selection
/// of no scenario (unless allowed) are usage errors (exit 2) that say why, never a green run of nothing.
/// </summary>
internal static class SelectionCheck
{
    /// <summary>The discovery of what will run; throws <see cref="UsageException"/> naming what is wrong.</summary>
    public static Discovery Check(GherkinRunOptions options, SelectionFacts facts, bool allowEmpty)
    {
        var runner = new GherkinRunner();
        var discovery = runner.Discover(options);
        if (discovery.SelectionProblems.Count > 0)
        {
            throw new UsageException(discovery.SelectionProblems.Select(problem => problem.ToString()).ToList());
        }

        if (discovery.Pickles.Count > 0)
        {
            return discovery;
        }

        if (discovery.ParseErrors.Count > 0)
        {
            var files = discovery.ParseErrors.Select(problem => problem.Uri).Distinct(StringComparer.Ordinal).Count();
            throw new UsageException([.. discovery.ParseErrors.Select(problem => problem.ToString()),
                $"nothing could run: {Plural.Of(files, "feature file")} did not parse and no other scenario was selected"]);
        }

        return allowEmpty ? discovery : throw new UsageException($"no scenario selected: {Reason(runner, options, facts)}; --allow-empty lets a run of nothing pass");
    }

    private static string Reason(GherkinRunner runner, GherkinRunOptions options, SelectionFacts facts)
    {
        var where = string.Join(", ", facts.Features);
        var total = runner.Discover(options with { Tags = null, NameRegex = null, Shard = null }).Pickles.Count;
        if (total == 0)
        {
            return $"{where} {(facts.Features.Count == 1 ? "holds" : "hold")} no scenario";
        }

        var tagged = options.Tags is null ? total : runner.Discover(options with { NameRegex = null, Shard = null }).Pickles.Count;
        if (tagged == 0)
        {
            return $"the tag expression \"{options.Tags}\"{(facts.TagsFromSettings ? " (from esn.json)" : string.Empty)} matches none of the {Plural.Of(total, "scenario")} in {where}";
        }

        var named = options.NameRegex is null ? tagged : runner.Discover(options with { Shard = null }).Pickles.Count;
        if (named == 0)
        {
            return $"--name /{options.NameRegex}/ matches none of the {Plural.Of(tagged, "scenario")} {(options.Tags is null ? $"in {where}" : "the tags select")}";
        }

        return $"shard {options.Shard} holds none of the {Plural.Of(named, "selected scenario")}";
    }
}
