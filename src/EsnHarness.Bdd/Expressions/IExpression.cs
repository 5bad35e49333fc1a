using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions;

/// <summary>A step text pattern: a <see cref="CucumberExpression"/> or a <see cref="RegularExpression"/>.</summary>
public interface IExpression
{
    /// <summary>The text the expression was created from.</summary>
    string Source { get; }

    /// <summary>The regular expression the step text must match in full.</summary>
    Regex Regex { get; }

    /// <summary>Matches the whole <paramref name="text"/>; null when it does not match, else one argument per parameter.</summary>
    /// <exception cref="CucumberExpressionException">A parameter type is ambiguous or a transformer fails.</exception>
    IReadOnlyList<Argument>? Match(string text);

    /// <summary>
    /// As <see cref="Match(string)"/>, with the types the step method expects (one per parameter, in order): an
    /// anonymous parameter (<c>{}</c> or an unregistered regex group) is converted to its hint with the built-in conversions.
    /// </summary>
    IReadOnlyList<Argument>? Match(string text, IReadOnlyList<Type> typeHints);
}
