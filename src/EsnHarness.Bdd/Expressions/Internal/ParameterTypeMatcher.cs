using System.Globalization;
using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Finds where one regexp of a parameter type occurs in step text as a whole word (for snippets).</summary>
internal sealed class ParameterTypeMatcher(ParameterType parameterType, Regex regex, string text) : IComparable<ParameterTypeMatcher>
{
    private Match _match = Match.Empty;

    public ParameterType ParameterType { get; } = parameterType;

    public int Start => _match.Index;

    public string Group => _match.Value;

    public bool AdvanceToAndFind(int position)
    {
        for (var match = regex.Match(text, position); match.Success; match = match.NextMatch())
        {
            if (match.Length == 0)
            {
                continue;
            }

            if (HasBoundary(match.Index - 1) && HasBoundary(match.Index + match.Length))
            {
                _match = match;
                return true;
            }
        }

        return false;
    }

    public int CompareTo(ParameterTypeMatcher? other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var position = Start.CompareTo(other.Start);
        if (position != 0)
        {
            return position;
        }

        var length = other.Group.Length.CompareTo(Group.Length);
        return length != 0 ? length : other.ParameterType.Weight.CompareTo(ParameterType.Weight);
    }

    private bool HasBoundary(int index) =>
        index < 0 || index >= text.Length || IsWhitespaceOrPunctuationOrSymbol(text[index]);

    private static bool IsWhitespaceOrPunctuationOrSymbol(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => true,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => true,
        _ => false,
    };
}
