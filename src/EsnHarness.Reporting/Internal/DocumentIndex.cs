using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>The AST nodes of one Gherkin document that pickles point at, by id.</summary>
internal sealed class DocumentIndex
{
    public Dictionary<string, Step> Steps { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> RuleOfScenario { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> LineOfNode { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> DescriptionOfScenario { get; } = new(StringComparer.Ordinal);
    public List<RuleReport> Rules { get; } = [];

    public static DocumentIndex Build(GherkinDocument document)
    {
        var index = new DocumentIndex();
        foreach (var child in document.Feature?.Children ?? [])
        {
            index.AddChild(child.Background, child.Scenario, ruleName: null);
            if (child.Rule is { } rule)
            {
                index.Rules.Add(new RuleReport(rule.Name, Dedent(rule.Description), [.. (rule.Tags ?? []).Select(t => t.Name)]));
                foreach (var ruleChild in rule.Children ?? [])
                {
                    index.AddChild(ruleChild.Background, ruleChild.Scenario, rule.Name);
                }
            }
        }
        return index;
    }

    /// <summary>Gherkin keeps the description's indentation; the reports show it flush left.</summary>
    public static string Dedent(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim('\n');
    }

    private void AddChild(Background? background, Scenario? scenario, string? ruleName)
    {
        foreach (var step in background?.Steps ?? [])
        {
            AddStep(step);
        }
        if (scenario is null)
        {
            return;
        }
        LineOfNode[scenario.Id] = (int)scenario.Location.Line;
        DescriptionOfScenario[scenario.Id] = Dedent(scenario.Description);
        if (ruleName is not null)
        {
            RuleOfScenario[scenario.Id] = ruleName;
        }
        foreach (var step in scenario.Steps ?? [])
        {
            AddStep(step);
        }
        foreach (var row in (scenario.Examples ?? []).SelectMany(e => e.TableBody ?? []))
        {
            LineOfNode[row.Id] = (int)row.Location.Line;
        }
    }

    private void AddStep(Step step) => Steps[step.Id] = step;
}
