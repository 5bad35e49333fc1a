namespace EsnHarness.Stubs.Esn;

/// <summary>What a control room's AVL feed answered to one position report.</summary>
/// <param name="StatusCode">The HTTP status (202 when the feed took the position for its map).</param>
/// <param name="Problem">The problem document's title when it refused (RFC 9457), else null.</param>
public sealed record AvlAnswer(int StatusCode, string? Problem)
{
    /// <summary>True when the feed took the position (any 2xx).</summary>
    public bool Accepted => StatusCode is >= 200 and < 300;

    /// <inheritdoc />
    public override string ToString() => Accepted ? $"HTTP {StatusCode} (accepted)" : $"HTTP {StatusCode} {Problem ?? "(no problem document)"}";
}
