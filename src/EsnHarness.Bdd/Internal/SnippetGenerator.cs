using System.Text;
using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Ready-to-paste C# step definitions for undefined steps.</summary>
internal sealed class SnippetGenerator(ParameterTypeRegistry registry)
{
    /// <summary>One snippet per expression the generator proposes (e.g. <c>{int}</c> and <c>{float}</c> for 8), best first.</summary>
    public IReadOnlyList<string> Generate(string keyword, Messages.PickleStep step)
    {
        var generated = new CucumberExpressionGenerator(registry).GenerateExpressions(step.Text);
        return generated.Count == 0 ? [Generate(keyword, step, null)] : generated.Select(g => Generate(keyword, step, g)).ToList();
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

    private static string TypeName(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(short) => "short",
        _ when type == typeof(byte) => "byte",
        _ when type == typeof(float) => "float",
        _ when type == typeof(double) => "double",
        _ when type == typeof(decimal) => "decimal",
        _ when type == typeof(string) => "string",
        _ when type == typeof(object) => "string",
        _ => type.Name,
    };
}
