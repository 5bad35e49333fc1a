using System.Text;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Turns parameter type names into C# parameter names.</summary>
internal static class CSharpIdentifiers
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary><c>optional-flight</c> → <c>optionalFlight</c>; names with nothing usable become <c>arg</c>.</summary>
    public static string FromTypeName(string typeName)
    {
        var identifier = new StringBuilder();
        var upperNext = false;
        foreach (var c in typeName)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                upperNext = identifier.Length > 0;
                continue;
            }

            identifier.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (identifier.Length == 0)
        {
            return "arg";
        }

        if (char.IsDigit(identifier[0]))
        {
            identifier.Insert(0, "arg");
        }

        return identifier.ToString();
    }
}
