using System.Text;
using EsnHarness.Bdd.Expressions.Internal;

namespace EsnHarness.Bdd.TagExpressions.Internal;

/// <summary>A tag; true when the scenario has it.</summary>
internal sealed class TagLiteral(string value) : ITagExpression
{
    public bool Evaluate(IEnumerable<string> tags) => tags.Contains(value, StringComparer.Ordinal);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            if (c is '\\' or '(' or ')')
            {
                text.Append('\\').Append(c);
            }
            else if (JavaCharacter.IsRegexWhitespace(c))
            {
                text.Append("\\ ");
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
