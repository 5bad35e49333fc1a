using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// Proposes Cucumber Expressions for an undefined step's text, as Cucumber's generator does: numbers, quoted strings
/// and the text of custom parameter types (with <see cref="ParameterType.UseForSnippets"/>) become parameters.
/// </summary>
public sealed class CucumberExpressionGenerator(ParameterTypeRegistry registry)
{
    // Every combination when several parameter types fit one place, up to this many expressions.
    private const int MaxExpressions = 256;

    /// <summary>The expressions for <paramref name="text"/>, best first (never empty: without parameters, the escaped text).</summary>
    public IReadOnlyList<GeneratedExpression> GenerateExpressions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var combinations = new List<IReadOnlyList<ParameterType>>();
        var texts = new List<string>();
        var values = new List<string>();
        var matchers = CreateMatchers(text);
        var position = 0;
        while (true)
        {
            var matching = matchers.Where(matcher => matcher.AdvanceToAndFind(position)).ToList();
            if (matching.Count == 0)
            {
                break;
            }

            matching.Sort();
            var best = matching[0];
            var types = matching.Where(matcher => matcher.CompareTo(best) == 0)
                .Select(matcher => matcher.ParameterType)
                .Distinct()
                .Order(ParameterTypeOrder.Instance)
                .ToArray();
            combinations.Add(types);
            values.Add(best.Group);
            texts.Add(Escape(text[position..best.Start]));
            position = best.Start + best.Group.Length;
            if (position >= text.Length)
            {
                break;
            }
        }

        texts.Add(Escape(text[position..]));
        return Combine(texts, combinations, values);
    }

    private List<ParameterTypeMatcher> CreateMatchers(string text) =>
        registry.ParameterTypes
            .Where(type => type.UseForSnippets)
            .SelectMany(type => type.Regexps.Select(regexp =>
                new ParameterTypeMatcher(type, new Regex("(" + regexp + ")", RegexOptions.CultureInvariant), text)))
            .ToList();

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("(", "\\(", StringComparison.Ordinal)
            .Replace("{", "\\{", StringComparison.Ordinal)
            .Replace("/", "\\/", StringComparison.Ordinal);

    private static List<GeneratedExpression> Combine(List<string> texts, List<IReadOnlyList<ParameterType>> combinations, List<string> values)
    {
        var expressions = new List<GeneratedExpression>();
        var permutation = new ParameterType[combinations.Count];

        void Generate(int depth)
        {
            if (expressions.Count >= MaxExpressions)
            {
                return;
            }

            if (depth == combinations.Count)
            {
                expressions.Add(new GeneratedExpression(texts, permutation.ToArray(), values));
                return;
            }

            foreach (var parameterType in combinations[depth])
            {
                if (expressions.Count >= MaxExpressions)
                {
                    return;
                }

                permutation[depth] = parameterType;
                Generate(depth + 1);
            }
        }

        Generate(0);
        return expressions;
    }
}
