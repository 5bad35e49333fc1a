namespace EsnHarness.Steps.Model;

/// <summary>Agency names as they appear in feature text.</summary>
public static class AgencyNames
{
    /// <summary>"MPS", "LFB" or "LAS" (case-insensitive) to an <see cref="Agency"/>.</summary>
    /// <exception cref="ArgumentException">Not one of the three.</exception>
    public static Agency Parse(string text) => text.Trim().ToUpperInvariant() switch
    {
        "MPS" => Agency.Mps,
        "LFB" => Agency.Lfb,
        "LAS" => Agency.Las,
        _ => throw new ArgumentException($"'{text}' is not an agency; use MPS, LFB or LAS.", nameof(text)),
    };

    /// <summary>The short name used in feature text.</summary>
    public static string Name(this Agency agency) => agency.ToString().ToUpperInvariant();
}
