namespace EsnHarness.Steps.Model;

/// <summary>A London place named in a scenario, e.g. "King's Cross St Pancras"; resolved against the network model's places.</summary>
/// <param name="Value">The place as written, without quotes.</param>
public sealed record PlaceName(string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"\"{Value}\"";
}
