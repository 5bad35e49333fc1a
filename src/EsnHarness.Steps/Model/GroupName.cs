namespace EsnHarness.Steps.Model;

/// <summary>A talkgroup named in a scenario, e.g. "FLON-OPS01".</summary>
/// <param name="Value">The group ID as written, without quotes.</param>
public sealed record GroupName(string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"\"{Value}\"";
}
