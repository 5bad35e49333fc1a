namespace EsnHarness.Steps.Model;

/// <summary>An Underground or Elizabeth line as a feature names it, e.g. <c>Northern line</c>.</summary>
/// <param name="Value">The name as written.</param>
public sealed record LineName(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
