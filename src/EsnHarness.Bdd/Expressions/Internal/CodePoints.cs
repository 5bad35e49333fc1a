namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Code-point helpers: Cucumber counts columns in code points, not UTF-16 units.</summary>
internal static class CodePoints
{
    public static int Count(string text) => text.EnumerateRunes().Count();
}
