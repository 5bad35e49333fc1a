namespace EsnHarness.Steps.Model;

/// <summary>A floor Deny / Revoke cause as written in a step: the TS 24.380 number, optionally with its meaning in brackets.</summary>
/// <param name="Code">Wire cause code (1 to 7, 255).</param>
public sealed record FloorCauseCode(int Code)
{
    /// <summary>Meaning of each cause in TS 24.380 §8.2.6 wording.</summary>
    public string Meaning => Code switch
    {
        1 => "another client has permission",
        2 => "talk time exceeded",
        3 => "only one participant",
        4 => "media burst pre-empted",
        5 => "receive only",
        6 => "no resources",
        7 => "queue full",
        255 => "other",
        _ => "unknown cause",
    };

    /// <summary>Parses "4" or "4 (media burst pre-empted)".</summary>
    /// <exception cref="ArgumentException">No cause number at the start.</exception>
    public static FloorCauseCode Parse(string text)
    {
        var digits = new string(text.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, out var code)
            ? new FloorCauseCode(code)
            : throw new ArgumentException($"'{text}' is not a floor cause; write its number, e.g. 4 (media burst pre-empted).", nameof(text));
    }

    /// <inheritdoc />
    public override string ToString() => $"cause {Code} ({Meaning})";
}
