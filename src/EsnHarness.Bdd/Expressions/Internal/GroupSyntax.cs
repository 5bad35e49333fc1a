namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Reads what kind of group an opening parenthesis in a .NET regex starts.</summary>
internal static class GroupSyntax
{
    /// <summary>True for <c>(X)</c>: a numbered capture group.</summary>
    public static bool IsPlainGroup(string source, int index) => index + 1 >= source.Length || source[index + 1] != '?';

    /// <summary>The name of a named capture group <c>(?&lt;name&gt;X)</c> or <c>(?'name'X)</c>; null for any other group.</summary>
    public static string? CaptureName(string source, int index)
    {
        if (index + 3 >= source.Length || source[index + 1] != '?')
        {
            return null;
        }

        var open = source[index + 2];
        if (open is not ('<' or '\''))
        {
            return null;
        }

        // (?<=X) and (?<!X) are lookbehinds.
        if (open == '<' && source[index + 3] is '=' or '!')
        {
            return null;
        }

        var close = open == '<' ? '>' : '\'';
        var end = source.IndexOf(close, index + 3);
        if (end < 0)
        {
            return null;
        }

        // A balancing group (?<name-other>X) captures under "name"; (?<-other>X) captures nothing.
        var name = source[(index + 3)..end];
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            name = name[..dash];
        }

        return name.Length == 0 ? null : name;
    }
}
