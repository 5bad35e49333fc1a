using EsnHarness.Bdd.TagExpressions.Internal;

namespace EsnHarness.Bdd.TagExpressions;

/// <summary>
/// Parses Cucumber tag expressions with Cucumber's shunting-yard algorithm: <c>and</c>, <c>or</c>, <c>not</c>,
/// parentheses, and backslash escapes for <c>( ) \</c> and whitespace inside tags. Precedence: not, and, or.
/// </summary>
public static class TagExpressionParser
{
    /// <summary>Parses <paramref name="expression"/>; the empty (or blank) expression selects everything.</summary>
    /// <exception cref="TagExpressionException">The expression is malformed.</exception>
    public static ITagExpression Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new ShuntingYard(expression).Parse();
    }
}
