using System.Text;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Splits a Cucumber Expression into tokens, as Cucumber's tokenizer does (escapes with backslash).</summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string expression)
    {
        var tokens = new List<Token> { new(string.Empty, TokenType.StartOfLine, 0, 0) };
        var buffer = new StringBuilder();
        var bufferCodePoints = 0;
        var bufferStart = 0;
        var escaped = 0;
        var treatAsText = false;
        TokenType? previous = null;

        void Flush(TokenType type)
        {
            var escapes = 0;
            if (type == TokenType.Text)
            {
                escapes = escaped;
                escaped = 0;
            }

            var consumed = bufferStart + bufferCodePoints + escapes;
            tokens.Add(new Token(buffer.ToString(), type, bufferStart, consumed));
            buffer.Clear();
            bufferCodePoints = 0;
            bufferStart = consumed;
        }

        foreach (var rune in expression.EnumerateRunes())
        {
            var codePoint = rune.Value;
            if (!treatAsText && codePoint == '\\')
            {
                escaped++;
                treatAsText = true;
                continue;
            }

            TokenType current;
            if (!treatAsText)
            {
                current = Token.TypeOf(codePoint);
            }
            else if (Token.CanEscape(codePoint))
            {
                current = TokenType.Text;
            }
            else
            {
                throw ExpressionErrors.CantEscape(expression, bufferStart + bufferCodePoints + escaped);
            }

            treatAsText = false;
            if (previous is not null && !(previous == current && current is TokenType.WhiteSpace or TokenType.Text))
            {
                Flush(previous.Value);
            }

            buffer.Append(rune.ToString());
            bufferCodePoints++;
            previous = current;
        }

        if (bufferCodePoints > 0 && previous is not null)
        {
            Flush(previous.Value);
        }

        if (treatAsText)
        {
            throw ExpressionErrors.EndOfLineCanNotBeEscaped(expression);
        }

        Flush(TokenType.EndOfLine);
        return tokens;
    }
}
