using System.Text;
using System.Text.RegularExpressions;
using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal;

/// <summary>Every step definition of the binding assemblies, grouped by the concept class that holds it, and the parameter types they use.</summary>
internal sealed partial record StepGlossary(IReadOnlyList<StepGlossary.Concept> Concepts, IReadOnlyList<ParameterTypeInfo> ParameterTypes)
{
    private const string Quoted = "\"[^\"]+\"";

    public sealed record Entry(string Keyword, string Pattern, string? Description, string? Example);

    public sealed record Concept(string Name, IReadOnlyList<Entry> Steps);

    /// <summary>Groups the runner's description of the step definitions by the class that holds them ("CallSteps" → "Call").</summary>
    public static StepGlossary From(IEnumerable<StepDefinitionInfo> steps, IReadOnlyList<ParameterTypeInfo> parameterTypes)
    {
        var concepts = steps
            .GroupBy(step => ConceptName(step.Method))
            .Select(group => new Concept(group.Key, group.Select(step => new Entry(step.Keyword, step.Expression, step.Description, step.Example)).ToList()))
            .OrderBy(concept => concept.Name, StringComparer.Ordinal)
            .ToList();
        return new StepGlossary(concepts, parameterTypes);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        if (ParameterTypes.Count > 0)
        {
            text.AppendLine("Parameter types");
            foreach (var type in ParameterTypes)
            {
                text.Append("  {").Append(type.Name).Append("}  ").Append(Matches(type)).Append(Examples(type, ", e.g. ")).AppendLine();
            }

            text.AppendLine();
        }

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

    /// <summary>What text a parameter type takes, in words where it can: one of a few words, or text in quotes; else its regex.</summary>
    public static string Matches(ParameterTypeInfo type)
    {
        if (type.Regexps is [var only] && Literals().IsMatch(only))
        {
            var words = only.Split('|');
            return words.Length == 1 ? words[0] : "one of " + string.Join(", ", words[..^1]) + " or " + words[^1];
        }

        return type.Regexps switch
        {
            [Quoted] => "text in double quotes",
            [Quoted + "(?:(?:, | and )" + Quoted + ")*"] => "texts in double quotes, separated by commas and \"and\"",
            _ => string.Join(" or ", type.Regexps.Select(r => "/" + r + "/")),
        };
    }

    public static string Examples(ParameterTypeInfo type, string prefix) =>
        type.Examples.Count == 0 ? string.Empty : prefix + string.Join(", ", type.Examples);

    private static string ConceptName(string method)
    {
        var withoutArguments = method[..method.IndexOf('(', StringComparison.Ordinal)];
        var typeName = withoutArguments[..withoutArguments.LastIndexOf('.')];
        var name = typeName[(typeName.LastIndexOf('.') + 1)..];
        return name.EndsWith("Steps", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name;
    }

    [GeneratedRegex(@"^[\p{L}\p{N} '-]+(\|[\p{L}\p{N} '-]+)*$")]
    private static partial Regex Literals();
}
