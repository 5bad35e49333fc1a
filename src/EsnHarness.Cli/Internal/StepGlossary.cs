using System.Text;
using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal;

/// <summary>Every step definition of the binding assemblies, grouped by the concept class that holds it.</summary>
internal sealed record StepGlossary(IReadOnlyList<StepGlossary.Concept> Concepts)
{
    public sealed record Entry(string Keyword, string Pattern, string? Description, string? Example);

    public sealed record Concept(string Name, IReadOnlyList<Entry> Steps);

    /// <summary>Groups the runner's description of the step definitions by the class that holds them ("CallSteps" → "Call").</summary>
    public static StepGlossary From(IEnumerable<StepDefinitionInfo> steps)
    {
        var concepts = steps
            .GroupBy(step => ConceptName(step.Method))
            .Select(group => new Concept(group.Key, group.Select(step => new Entry(step.Keyword, step.Expression, step.Description, step.Example)).ToList()))
            .OrderBy(concept => concept.Name, StringComparer.Ordinal)
            .ToList();
        return new StepGlossary(concepts);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var concept in Concepts)
        {
            text.AppendLine(concept.Name);
            foreach (var step in concept.Steps)
            {
                text.Append("  ").Append(step.Keyword).Append(' ').AppendLine(step.Pattern);
                if (step.Description is not null)
                {
                    text.Append("      ").AppendLine(step.Description);
                }

                if (step.Example is not null)
                {
                    text.Append("      e.g. ").AppendLine(step.Example);
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        foreach (var concept in Concepts)
        {
            text.Append("### ").AppendLine(concept.Name).AppendLine();
            text.AppendLine("| step | meaning | example |").AppendLine("| --- | --- | --- |");
            foreach (var step in concept.Steps)
            {
                text.Append("| `").Append(Cell(step.Keyword + " " + step.Pattern)).Append("` | ").Append(Cell(step.Description ?? string.Empty))
                    .Append(" | ").Append(step.Example is null ? string.Empty : "`" + Cell(step.Example) + "`").AppendLine(" |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string ConceptName(string method)
    {
        var withoutArguments = method[..method.IndexOf('(', StringComparison.Ordinal)];
        var type = withoutArguments[..withoutArguments.LastIndexOf('.')];
        var name = type[(type.LastIndexOf('.') + 1)..];
        return name.EndsWith("Steps", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name;
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
