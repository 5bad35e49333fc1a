using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Internal;

/// <summary>
/// "Did you mean": the step definitions whose wording is closest to an undefined step. Both are cut into words; a quoted
/// value, a number or a parameter counts as one word, and two words cost as much as their letters differ, so a typo
/// costs a fraction of a word and "PC Patel" against {user} costs nothing.
/// </summary>
internal sealed partial class StepSuggester(IReadOnlyList<StepBinding> bindings)
{
    private const int MaxSuggestions = 3;
    private const double MaxDistance = 0.4;

    // Only suggestions nearly as close as the closest: one typo away from a step, the others are noise.
    private const double MaxBehindClosest = 0.15;
    private readonly Lazy<List<(StepBinding Binding, Token[] Tokens)>> _definitions = new(() =>
        bindings.Select(b => (b, ExpressionTokens(b.Expression.Source, b.IsRegex))).Where(d => d.Item2.Length > 0).ToList());

    /// <summary>Up to three suggestions, closest first: <c>Given {user} presses PTT on {group}</c>, with the example when there is one.</summary>
    public IReadOnlyList<string> Suggest(string stepText)
    {
        var step = StepTokens(stepText);
        var close = _definitions.Value
            .Select(d => (d.Binding, Distance: Distance(step, d.Tokens) / Math.Max(step.Length, d.Tokens.Length)))
            .Where(d => d.Distance <= MaxDistance)
            .OrderBy(d => d.Distance)
            .ToList();
        return close.TakeWhile(d => d.Distance <= close[0].Distance + MaxBehindClosest).Take(MaxSuggestions).Select(d => Describe(d.Binding)).ToList();
    }

    private static string Describe(StepBinding binding)
    {
        var keyword = binding.Attribute switch
        {
            GivenAttribute => "Given",
            WhenAttribute => "When",
            ThenAttribute => "Then",
            _ => "*",
        };
        var example = binding.Attribute.Example?.Split('\n')[0].Trim();
        return example is null ? $"{keyword} {binding.Expression.Source}" : $"{keyword} {binding.Expression.Source}   (e.g. {example})";
    }

    private static double Distance(Token[] a, Token[] b)
    {
        var previous = new double[b.Length + 1];
        var current = new double[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + Cost(a[i - 1], b[j - 1]));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static double Cost(Token step, Token definition) => (step.Kind, definition.Kind) switch
    {
        (_, TokenKind.Parameter) => step.Kind == TokenKind.Word ? 0.5 : 0,
        (TokenKind.Word, TokenKind.Word) => Letters(step.Text, definition.Text),
        var (s, d) when s == d => 0,
        _ => 1,
    };

    private static double Letters(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }

    private static Token[] StepTokens(string text) => StepToken().Matches(text).Select(m => m.Value switch
    {
        ['"', ..] or ['\'', ..] => new Token(TokenKind.Quoted, m.Value),
        _ when Number().IsMatch(m.Value) => new Token(TokenKind.Number, m.Value),
        _ => new Token(TokenKind.Word, m.Value.ToLowerInvariant()),
    }).ToArray();

    private static Token[] ExpressionTokens(string source, bool isRegex)
    {
        // A regular expression keeps its words; each capture group is a parameter. A Cucumber Expression loses its
        // optional text "(s)" and all but the first alternative of "a/b".
        var text = isRegex
            ? RegexGroup().Replace(source.Trim('^', '$'), " {} ")
            : Alternatives().Replace(Optional().Replace(source, string.Empty), "$1");
        return ExpressionToken().Matches(text).Select(m => m.Value.StartsWith('{')
            ? new Token(TokenKind.Parameter, m.Value)
            : new Token(TokenKind.Word, m.Value.ToLowerInvariant())).ToArray();
    }

    private enum TokenKind
    {
        Word,
        Quoted,
        Number,
        Parameter,
    }

    private sealed record Token(TokenKind Kind, string Text);

    [GeneratedRegex("\"[^\"]*\"|'[^']*'|[\\p{L}\\p{N}]+(?:[-'.][\\p{L}\\p{N}]+)*")]
    private static partial Regex StepToken();

    [GeneratedRegex(@"^-?\d+(?:\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{[^}]*\}|[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*")]
    private static partial Regex ExpressionToken();

    [GeneratedRegex(@"(?<!\\)\([^)]*\)")]
    private static partial Regex Optional();

    [GeneratedRegex(@"([\p{L}\p{N}]+)(?:/[\p{L}\p{N}]+)+")]
    private static partial Regex Alternatives();

    [GeneratedRegex(@"\((?!\?:)[^)]*\)")]
    private static partial Regex RegexGroup();
}
