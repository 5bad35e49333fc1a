using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>
/// The scenarios of a Gherkin document that no pickle came from: the run's selection (tags, name, lines, shard) left them
/// out. A runner writes every document it read but only the selected pickles (as Cucumber's own runners do), so these
/// are the catalogue's requirements that were not run this time. Outline rows are one scenario each, named and tagged
/// as the pickle compiler would have.
/// </summary>
internal static class UnselectedScenarios
{
    public static IEnumerable<ScenarioReport> Of(GherkinDocument document, IReadOnlySet<string> pickled)
    {
        if (document.Feature is not { } feature)
        {
            yield break;
        }

        var featureTags = Tags(feature.Tags);
        var background = feature.Children.Select(c => c.Background).OfType<Background>().SelectMany(b => b.Steps).ToList();
        foreach (var child in feature.Children)
        {
            if (child.Scenario is { } scenario)
            {
                foreach (var report in Of(document.Uri, scenario, null, featureTags, background, pickled))
                {
                    yield return report;
                }
            }

            if (child.Rule is { } rule)
            {
                var ruleBackground = background.Concat(rule.Children.Select(c => c.Background).OfType<Background>().SelectMany(b => b.Steps)).ToList();
                foreach (var ruleScenario in rule.Children.Select(c => c.Scenario).OfType<Scenario>())
                {
                    foreach (var report in Of(document.Uri, ruleScenario, rule, [.. featureTags, .. Tags(rule.Tags)], ruleBackground, pickled))
                    {
                        yield return report;
                    }
                }
            }
        }
    }

    /// <summary>The key a pickle is known by here: its scenario's AST id, and its example row's after a slash.</summary>
    public static string Key(IReadOnlyList<string> astNodeIds) => astNodeIds.Count > 1 ? astNodeIds[0] + "/" + astNodeIds[1] : astNodeIds.Count == 1 ? astNodeIds[0] : string.Empty;

    private static IEnumerable<ScenarioReport> Of(string uri, Scenario scenario, Rule? rule, IReadOnlyList<string> inherited, IReadOnlyList<Step> background, IReadOnlySet<string> pickled)
    {
        var tags = inherited.Concat(Tags(scenario.Tags)).ToList();
        if (scenario.Examples.Count == 0)
        {
            if (!pickled.Contains(scenario.Id))
            {
                yield return Report(uri, scenario, rule, scenario.Id, (int)scenario.Location.Line, tags, background, []);
            }

            yield break;
        }

        foreach (var examples in scenario.Examples)
        {
            var header = examples.TableHeader?.Cells.Select(c => c.Value).ToList() ?? [];
            foreach (var row in examples.TableBody.Where(r => !pickled.Contains(scenario.Id + "/" + r.Id)))
            {
                var values = header.Zip(row.Cells.Select(c => c.Value)).ToList();
                yield return Report(uri, scenario, rule, scenario.Id + "/" + row.Id, (int)row.Location.Line, [.. tags, .. Tags(examples.Tags)], background, values);
            }
        }
    }

    private static ScenarioReport Report(string uri, Scenario scenario, Rule? rule, string key, int line, List<string> tags,
        IReadOnlyList<Step> background, IReadOnlyList<(string Name, string Value)> values)
    {
        var steps = background.Concat(scenario.Steps)
            .Select(s => new StepReport(s.Keyword, Interpolate(s.Text, values), ScenarioStatus.NotRun, TimeSpan.Zero, null, false, null, [], []))
            .ToList();
        return new ScenarioReport("unselected:" + key, Interpolate(scenario.Name, values), uri, rule?.Name, line, tags,
            RequirementTags.FromTags(tags), ScenarioStatus.NotRun, TimeSpan.Zero, steps, DocumentIndex.Dedent(scenario.Description), Selected: false);
    }

    private static string Interpolate(string text, IReadOnlyList<(string Name, string Value)> values) =>
        values.Aggregate(text, (current, value) => current.Replace("<" + value.Name + ">", value.Value, StringComparison.Ordinal));

    private static List<string> Tags(IEnumerable<Tag>? tags) => [.. (tags ?? []).Select(t => t.Name)];
}
