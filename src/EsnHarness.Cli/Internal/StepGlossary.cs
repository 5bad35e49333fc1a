using System.Reflection;
using System.Text;
using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal;

/// <summary>Every step definition of the binding assemblies, grouped by the concept class that holds it.</summary>
internal sealed record StepGlossary(IReadOnlyList<StepGlossary.Concept> Concepts)
{
    public sealed record Entry(string Keyword, string Pattern, string? Description, string? Example);

    public sealed record Concept(string Name, IReadOnlyList<Entry> Steps);

    public static StepGlossary From(IEnumerable<Assembly> assemblies)
    {
        var concepts = assemblies
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.GetCustomAttribute<BindingAttribute>() is not null)
            .Select(type => new Concept(ConceptName(type), Entries(type)))
            .Where(concept => concept.Steps.Count > 0)
            .GroupBy(concept => concept.Name)
            .Select(group => new Concept(group.Key, group.SelectMany(concept => concept.Steps).ToList()))
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

    private static List<Entry> Entries(Type type) => type
        .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .OrderBy(method => method.MetadataToken)
        .SelectMany(method => method.GetCustomAttributes<StepDefinitionBaseAttribute>()
            .Select(step => new Entry(Keyword(step), step.Expression ?? method.Name, step.Description, step.Example)))
        .ToList();

    private static string Keyword(StepDefinitionBaseAttribute step) => step switch
    {
        GivenAttribute => "Given",
        WhenAttribute => "When",
        ThenAttribute => "Then",
        _ => "*",
    };

    private static string ConceptName(Type type) =>
        type.Name.EndsWith("Steps", StringComparison.Ordinal) && type.Name.Length > 5 ? type.Name[..^5] : type.Name;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);
}
