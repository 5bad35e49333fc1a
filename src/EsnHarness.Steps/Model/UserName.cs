namespace EsnHarness.Steps.Model;

/// <summary>A person (or radio, or console operator) named in a scenario, e.g. "PC Patel".</summary>
/// <param name="Value">The name as written, without quotes.</param>
public sealed record UserName(string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"\"{Value}\"";
}
