using System.Text;
using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>
/// Ready-to-paste C# step definitions for undefined steps, best first. Where several parameter types fit a value (a quoted
/// name fits {string}, {user}, {group} and {place} alike), the best is the type the value is written as elsewhere in the
/// run or in the definitions' examples (a custom type before {string} when it is written as both), then a type named by
/// the word before it ("group "X"" is a {group}), then a built-in type; the C# parameter has the type the parameter
/// type's transform returns.
/// </summary>
internal sealed class SnippetGenerator(ParameterTypeRegistry registry, StepVocabulary vocabulary)
{
    private static readonly HashSet<string> BuiltIn = new(StringComparer.Ordinal)
    {
        "int", "float", "word", "string", "bigdecimal", "biginteger", "byte", "short", "long", "double", "decimal", string.Empty,
    };

    /// <summary>One snippet per expression the generator proposes (e.g. <c>{int}</c> and <c>{float}</c> for 8), best first.</summary>
    public IReadOnlyList<string> Generate(string keyword, Messages.PickleStep step)
    {
        var generated = new CucumberExpressionGenerator(registry).GenerateExpressions(step.Text);
        return generated.Count == 0
            ? [Generate(keyword, step, null)]
            : generated.Select((g, order) => (g, order, Score: Score(g))).OrderByDescending(x => x.Score).ThenBy(x => x.order)
                .Select(x => Generate(keyword, step, x.g)).ToList();
    }

    private int Score(GeneratedExpression expression)
    {
        var score = 0;
        for (var i = 0; i < expression.ParameterTypes.Count; i++)
        {
            var type = expression.ParameterTypes[i];
            if (vocabulary.Knows(expression.ParameterTexts[i], type.Name))
            {
                // A value written both ways (a name once as {string}, once as {user}) is the domain type's.
                score += BuiltIn.Contains(type.Name) ? 4 : 5;
            }
            else if (LastWord(expression.Texts[i]).Equals(type.Name, StringComparison.OrdinalIgnoreCase))
            {
                score += 2;
            }
            else if (BuiltIn.Contains(type.Name))
            {
                score += 1;
            }
        }

        return score;
    }

    private static string LastWord(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : words[^1];
    }

    private static string Generate(string keyword, Messages.PickleStep step, GeneratedExpression? expression)
    {
        var source = expression?.Source ?? step.Text;
        var attribute = AttributeName(keyword, step.Type);
        var parameters = new List<string>();
        for (var i = 0; i < (expression?.ParameterNames.Count ?? 0); i++)
        {
            parameters.Add($"{TypeName(expression!.ParameterTypes[i].Type)} {expression.ParameterNames[i]}");
        }

        if (step.Argument?.DocString is not null)
        {
            parameters.Add("string docString");
        }
        else if (step.Argument?.DataTable is not null)
        {
            parameters.Add("DataTable dataTable");
        }

        var code = new StringBuilder();
        code.Append('[').Append(attribute).Append("(\"").Append(source.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\")]\n");
        code.Append("public void ").Append(MethodName(attribute, source)).Append('(').Append(string.Join(", ", parameters)).Append(")\n");
        code.Append("{\n    throw new PendingStepException();\n}");
        return code.ToString();
    }

    private static string AttributeName(string keyword, Messages.PickleStepType? type)
    {
        var word = keyword.Trim();
        return word switch
        {
            "Given" or "When" or "Then" => word,
            _ => type switch
            {
                Messages.PickleStepType.ACTION => "When",
                Messages.PickleStepType.OUTCOME => "Then",
                _ => "Given",
            },
        };
    }

    private static string MethodName(string attribute, string source)
    {
        var name = new StringBuilder(attribute);
        var depth = 0;
        var upper = true;
        foreach (var c in source)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth > 0 || c == '}')
            {
                upper = true;
                continue;
            }

            if (char.IsLetterOrDigit(c) && c < 128)
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }

    /// <summary>The C# name of a transform's return type: <c>int</c>, <c>UserName</c>, <c>IReadOnlyList&lt;UserName&gt;</c>.</summary>
    internal static string TypeName(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(short) => "short",
        _ when type == typeof(byte) => "byte",
        _ when type == typeof(float) => "float",
        _ when type == typeof(double) => "double",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(string) => "string",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(object) => "string",
        _ when type.IsArray => TypeName(type.GetElementType()!) + "[]",
        _ when Nullable.GetUnderlyingType(type) is { } inner => TypeName(inner) + "?",
        { IsGenericType: true } => $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>",
        _ => type.Name,
    };
}
