using System.Text.RegularExpressions;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Cucumber's rule for parameter type names: none of <c>{ } ( ) \ /</c> once regex escapes are removed.</summary>
internal static partial class ParameterTypeNames
{
    public static bool HasIllegalCharacter(string name)
    {
        var unescaped = UnescapePattern().Replace(name, "$2");
        return IllegalPattern().IsMatch(unescaped);
    }

    [GeneratedRegex(@"(\\([\[$.|?*+\]]))")]
    private static partial Regex UnescapePattern();

    [GeneratedRegex(@"([{}()\\/])")]
    private static partial Regex IllegalPattern();
}
