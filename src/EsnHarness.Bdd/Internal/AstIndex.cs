using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Looks up, for a pickle, the AST nodes it came from: scenario, rule, examples row and step keywords.</summary>
internal sealed class AstIndex
{
    private readonly Messages.GherkinDocument _document;
    private readonly Dictionary<string, (Messages.Scenario Scenario, Messages.Rule? Rule)> _scenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Messages.Examples Examples, int Row)> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keywords = new(StringComparer.Ordinal);

    public AstIndex(Messages.GherkinDocument document)
    {
        _document = document;
        foreach (var child in document.Feature?.Children ?? [])
        {
            if (child.Rule is { } rule)
            {
                foreach (var ruleChild in rule.Children)
                {
                    Add(ruleChild.Scenario, ruleChild.Background, rule);
                }
            }
            else
            {
                Add(child.Scenario, child.Background, null);
            }
        }
    }

    public LoadedPickle Describe(Messages.Pickle pickle)
    {
        var feature = _document.Feature!;
        var (scenario, rule) = _scenarios[pickle.AstNodeIds[0]];
        var lines = new HashSet<int> { (int)feature.Location.Line, (int)scenario.Location.Line };
        if (rule is not null)
        {
            lines.Add((int)rule.Location.Line);
        }

        var line = (int)scenario.Location.Line;
        IReadOnlyDictionary<string, string> values = new Dictionary<string, string>();
        var rowNumber = 0;
        if (pickle.AstNodeIds.Count > 1 && _rows.TryGetValue(pickle.AstNodeIds[1], out var row))
        {
            var body = row.Examples.TableBody[row.Row];
            line = (int)body.Location.Line;
            lines.Add(line);
            lines.Add((int)row.Examples.Location.Line);
            rowNumber = row.Row + 1;
            var header = row.Examples.TableHeader?.Cells ?? [];
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count && i < body.Cells.Count; i++)
            {
                map[header[i].Value] = body.Cells[i].Value;
            }

            values = map;
        }

        var keywords = pickle.Steps.ToDictionary(s => s.Id, s => _keywords.GetValueOrDefault(s.AstNodeIds[0], string.Empty), StringComparer.Ordinal);
        var info = new DiscoveredPickle(pickle.Id, pickle.Uri, line, pickle.Name, pickle.Tags.Select(t => t.Name).ToList(), feature.Name, values, rowNumber);
        return new LoadedPickle(pickle, info, lines, keywords);
    }

    private void Add(Messages.Scenario? scenario, Messages.Background? background, Messages.Rule? rule)
    {
        foreach (var step in background?.Steps ?? [])
        {
            _keywords[step.Id] = step.Keyword;
        }

        if (scenario is null)
        {
            return;
        }

        _scenarios[scenario.Id] = (scenario, rule);
        foreach (var step in scenario.Steps)
        {
            _keywords[step.Id] = step.Keyword;
        }

        foreach (var examples in scenario.Examples)
        {
            for (var i = 0; i < examples.TableBody.Count; i++)
            {
                _rows[examples.TableBody[i].Id] = (examples, i);
            }
        }
    }
}
