namespace EsnHarness.Contracts;

/// <summary>gRPC metadata the ESN contracts share.</summary>
public static class EsnMetadata
{
    /// <summary>
    /// Header carrying the scenario namespace. The reference simulators keep one isolated world per
    /// namespace; requests without it work in <see cref="DefaultNamespace"/>.
    /// </summary>
    public const string NamespaceHeader = "esn-namespace";

    /// <summary>Namespace used when a request carries no <see cref="NamespaceHeader"/>.</summary>
    public const string DefaultNamespace = "default";

    /// <summary>Longest namespace accepted, in characters.</summary>
    public const int MaxNamespaceLength = 128;

    /// <summary>Whether <paramref name="value"/> is a valid namespace: 1 to 128 of [A-Za-z0-9._:-].</summary>
    public static bool IsValidNamespace(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxNamespaceLength)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
