namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>A token of a Cucumber Expression; <see cref="Start"/> and <see cref="End"/> count code points.</summary>
internal sealed record Token(string Text, TokenType Type, int Start, int End) : ILocated
{
    public static TokenType TypeOf(int codePoint)
    {
        if (JavaCharacter.IsWhitespace(codePoint))
        {
            return TokenType.WhiteSpace;
        }

        return codePoint switch
        {
            '/' => TokenType.Alternation,
            '{' => TokenType.BeginParameter,
            '}' => TokenType.EndParameter,
            '(' => TokenType.BeginOptional,
            ')' => TokenType.EndOptional,
            _ => TokenType.Text,
        };
    }

    public static bool CanEscape(int codePoint) =>
        JavaCharacter.IsWhitespace(codePoint) || codePoint is '\\' or '/' or '{' or '}' or '(' or ')';

    public static string Symbol(TokenType type) => type switch
    {
        TokenType.BeginOptional => "(",
        TokenType.EndOptional => ")",
        TokenType.BeginParameter => "{",
        TokenType.EndParameter => "}",
        TokenType.Alternation => "/",
        _ => throw new InvalidOperationException(type + " does not have a symbol"),
    };

    public static string Purpose(TokenType type) => type switch
    {
        TokenType.BeginOptional or TokenType.EndOptional => "optional text",
        TokenType.BeginParameter or TokenType.EndParameter => "a parameter",
        TokenType.Alternation => "alternation",
        _ => throw new InvalidOperationException(type + " does not have a purpose"),
    };
}
