using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>
/// Says what is at a line of a feature file that selects no pickle (a step, a tag line, a blank line...) and where the
/// nearest scenarios start, so that a wrong <c>path:line</c> names the lines that would have worked.
/// </summary>
internal sealed class LineLocator
{
    private const int Nearest = 3;
    private readonly string[] _lines;
    private readonly Messages.Feature? _feature;
    private readonly List<Block> _blocks = [];

    public LineLocator(string text, Messages.GherkinDocument document)
    {
        _lines = text.ReplaceLineEndings("\n").Split('\n');
        _feature = document.Feature;
        foreach (var child in _feature?.Children ?? [])
        {
            Add(child.Background, child.Scenario, null);
            if (child.Rule is { } rule)
            {
                _blocks.Add(new Block(Start(rule.Location, rule.Tags), (int)rule.Location.Line, null, null, rule));
                foreach (var ruleChild in rule.Children)
                {
                    Add(ruleChild.Background, ruleChild.Scenario, rule);
                }
            }
        }

        _blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    public string Describe(int line)
    {
        var what = What(line);
        var scenarios = _blocks.Where(b => b.Scenario is not null).Select(b => b.Line).ToList();
        var near = scenarios.OrderBy(l => Math.Abs(l - line)).ThenBy(l => l).Take(Nearest).Order().ToList();
        var where = near.Count switch
        {
            0 => "the file has no scenarios",
            1 when scenarios.Count == 1 => $"its only scenario starts at line {near[0]}",
            _ => $"{(scenarios.Count > near.Count ? "the nearest scenarios start" : "scenarios start")} at lines {Join(near)}",
        };
        return $"{what}; {where}";
    }

    private string What(int line)
    {
        if (line < 1 || line > _lines.Length)
        {
            return $"is past the end of the file ({Plural.Of(_lines.Length, "line")})";
        }

        var text = _lines[line - 1].Trim();
        var kind = text.Length == 0 ? "a blank line" : text.StartsWith('#') ? "a comment" : null;
        if (_feature is null)
        {
            return $"is {kind ?? "a line"} of a file without a Feature";
        }

        if (line < _feature.Location.Line)
        {
            return _feature.Tags.Any(t => t.Location.Line == line) ? $"is the Feature's tag line (the Feature is at line {_feature.Location.Line})" : $"is {kind ?? "a line"} above the Feature line";
        }

        var block = _blocks.LastOrDefault(b => b.Start <= line);
        if (block is null)
        {
            return $"is {kind ?? "part of the feature's description"} (the Feature is at line {_feature.Location.Line})";
        }

        if (kind is not null)
        {
            return $"is {kind} after {Describe(block)}";
        }

        if (block.Scenario is { } scenario)
        {
            return InScenario(scenario, line);
        }

        return block.Background is not null
            ? $"is in {Describe(block)}, which runs before each scenario and is not one itself"
            : $"is a tag or description line of {Describe(block)}";
    }

    private static string Describe(Block block) => block switch
    {
        { Scenario: { } scenario } => $"the {Name(scenario)} at line {block.Line}",
        { Background: not null } => $"the Background at line {block.Line}",
        _ => $"the rule at line {block.Line}",
    };

    private static string InScenario(Messages.Scenario scenario, int line)
    {
        var at = $"the {Name(scenario)} at line {scenario.Location.Line}";
        if (line < scenario.Location.Line)
        {
            return $"is a tag line of {at}";
        }

        foreach (var examples in scenario.Examples)
        {
            if (line >= Start(examples.Location, examples.Tags) && line < examples.Location.Line)
            {
                return $"is a tag line of the examples at line {examples.Location.Line} of {at}";
            }

            if (examples.TableHeader is { } header && header.Location.Line == line)
            {
                return $"is the header of the examples at line {examples.Location.Line} of {at}, not a row (rows at lines {Join(examples.TableBody.Select(r => (int)r.Location.Line).ToList())})";
            }
        }

        var step = scenario.Steps.LastOrDefault(s => s.Location.Line <= line);
        var firstExamples = scenario.Examples.Count == 0 ? int.MaxValue : Start(scenario.Examples[0].Location, scenario.Examples[0].Tags);
        if (step is null || line >= firstExamples)
        {
            return $"is in the description of {at}";
        }

        return step.Location.Line == line ? $"is a step of {at}" : $"is part of the step at line {step.Location.Line} of {at}";
    }

    private void Add(Messages.Background? background, Messages.Scenario? scenario, Messages.Rule? rule)
    {
        if (background is not null)
        {
            _blocks.Add(new Block((int)background.Location.Line, (int)background.Location.Line, null, background, rule));
        }

        if (scenario is not null)
        {
            _blocks.Add(new Block(Start(scenario.Location, scenario.Tags), (int)scenario.Location.Line, scenario, null, rule));
        }
    }

    private static int Start(Messages.Location location, IEnumerable<Messages.Tag> tags) =>
        (int)tags.Select(t => t.Location.Line).Append(location.Line).Min();

    private static string Name(Messages.Scenario scenario) => scenario.Examples.Count > 0 ? "scenario outline" : "scenario";

    private static string Join(IReadOnlyList<int> lines) => lines.Count switch
    {
        1 => lines[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Join(", ", lines.Take(lines.Count - 1)) + " and " + lines[^1],
    };

    private sealed record Block(int Start, int Line, Messages.Scenario? Scenario, Messages.Background? Background, Messages.Rule? Rule);
}
