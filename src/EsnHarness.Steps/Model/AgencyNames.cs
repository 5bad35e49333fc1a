namespace EsnHarness.Steps.Model;

/// <summary>
/// Agency names as they appear in feature text (MPS, LFB, LAS, BTP, COLP), read from the contract's
/// <see cref="Agency"/> enum (AGENCY_MPS, ...): a new agency in common.proto is a new name here.
/// </summary>
public static class AgencyNames
{
    /// <summary>The {agency} parameter's pattern. An attribute needs a constant, so the names are listed here; a test checks
    /// that they are exactly <see cref="All"/>'s.</summary>
    public const string Pattern = "MPS|LFB|LAS|BTP|COLP";

    /// <summary>Every agency, in the contract's order.</summary>
    public static IReadOnlyList<Agency> All { get; } = [.. Enum.GetValues<Agency>().Where(agency => agency != Agency.Unspecified)];

    /// <summary>An agency's short name (case-insensitive) to the <see cref="Agency"/>.</summary>
    /// <exception cref="ArgumentException">Not an agency; the message lists the names.</exception>
    public static Agency Parse(string text)
    {
        var name = text.Trim();
        foreach (var agency in All)
        {
            if (string.Equals(agency.Name(), name, StringComparison.OrdinalIgnoreCase))
            {
                return agency;
            }
        }

        throw new ArgumentException($"'{text}' is not an agency; use {Listed()}.", nameof(text));
    }

    /// <summary>The short name used in feature text, e.g. <c>MPS</c>.</summary>
    public static string Name(this Agency agency) => agency.ToString().ToUpperInvariant();

    private static string Listed()
    {
        var names = All.Select(Name).ToList();
        return string.Join(", ", names[..^1]) + " or " + names[^1];
    }
}
