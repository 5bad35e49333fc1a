using System.Text;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Expressions;

/// <summary>A Cucumber Expression proposed for an undefined step's text, with C#-friendly parameter names.</summary>
public sealed class GeneratedExpression
{
    private readonly IReadOnlyList<string> _texts;

    internal GeneratedExpression(IReadOnlyList<string> texts, IReadOnlyList<ParameterType> parameterTypes, IReadOnlyList<string> parameterTexts)
    {
        _texts = texts;
        ParameterTypes = parameterTypes;
        ParameterTexts = parameterTexts;
        Source = BuildSource();
        ParameterNames = BuildParameterNames();
    }

    /// <summary>The expression, e.g. <c>I have {int} cukes and {double} euro</c>.</summary>
    public string Source { get; }

    /// <summary>
    /// One C# parameter name per parameter: the type name as an identifier, numbered from the second use (<c>string</c>,
    /// <c>string2</c>), and from the first when it is a C# keyword (<c>int1</c>, <c>int2</c>).
    /// </summary>
    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The parameter types, in order.</summary>
    public IReadOnlyList<ParameterType> ParameterTypes { get; }

    /// <summary>The step text each parameter stands for, in order (e.g. <c>"PC Patel"</c> with its quotes).</summary>
    internal IReadOnlyList<string> ParameterTexts { get; }

    /// <summary>The literal text before each parameter (index i) and after the last one (index <c>ParameterTypes.Count</c>), escaped.</summary>
    internal IReadOnlyList<string> Texts => _texts;

    /// <inheritdoc />
    public override string ToString() => Source;

    private string BuildSource()
    {
        var source = new StringBuilder(_texts[0]);
        for (var i = 0; i < ParameterTypes.Count; i++)
        {
            source.Append('{').Append(ParameterTypes[i].Name).Append('}').Append(_texts[i + 1]);
        }

        return source.ToString();
    }

    private string[] BuildParameterNames()
    {
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        return ParameterTypes.Select(type =>
        {
            var name = CSharpIdentifiers.FromTypeName(type.Name);
            var count = usage.GetValueOrDefault(name) + 1;
            usage[name] = count;
            return count == 1 && !CSharpIdentifiers.IsKeyword(name) ? name : name + count;
        }).ToArray();
    }
}
