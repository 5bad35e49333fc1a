using System.Globalization;
using System.Text;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Java's <c>Character.isWhitespace</c> and regex <c>\s</c>, which Cucumber's grammar uses (no-break spaces are not whitespace).</summary>
internal static class JavaCharacter
{
    public static bool IsWhitespace(int codePoint)
    {
        if (codePoint is >= 0x09 and <= 0x0D or >= 0x1C and <= 0x1F)
        {
            return true;
        }

        if (codePoint is 0x00A0 or 0x2007 or 0x202F || !Rune.IsValid(codePoint))
        {
            return false;
        }

        return Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Java's regex <c>\s</c> without Unicode classes: space, tab, line feed, vertical tab, form feed, carriage return.</summary>
    public static bool IsRegexWhitespace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
}
