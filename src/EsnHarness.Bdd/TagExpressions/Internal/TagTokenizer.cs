using System.Text;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>Splits a tag expression into operators, parentheses and (unescaped) tags.</summary>
internal static class TagTokenizer
{
    public static IReadOnlyList<string> Tokenize(string expression)
    {
        var tokens = new List<string>();
        var token = new StringBuilder();
        var escaped = false;
        foreach (var c in expression)
        {
            if (escaped)
            {
                if (c is not ('(' or ')' or '\\') && !JavaCharacter.IsWhitespace(c))
                {
                    throw new TagExpressionException(
                        $"Tag expression \"{expression}\" could not be parsed because of syntax error: Illegal escape before \"{c}\".");
                }

                token.Append(c);
                escaped = false;
            }
            else if (c == '\\')
            {
                escaped = true;
            }
            else if (c is '(' or ')' || JavaCharacter.IsWhitespace(c))
            {
                Flush(tokens, token, expression);
                if (c is '(' or ')')
                {
                    tokens.Add(c.ToString());
                }
            }
            else
            {
                token.Append(c);
            }
        }

        Flush(tokens, token, expression);
        return tokens;
    }

    private static void Flush(List<string> tokens, StringBuilder token, string expression)
    {
        if (token.Length == 0)
        {
            return;
        }

        if (token.ToString().Contains(',', StringComparison.Ordinal))
        {
            throw new TagExpressionException(
                $"Tag expression \"{expression}\" could not be parsed because of syntax error: Tag names should follow this pattern \"^[^,]*$\"");
        }

        tokens.Add(token.ToString());
        token.Clear();
    }
}
