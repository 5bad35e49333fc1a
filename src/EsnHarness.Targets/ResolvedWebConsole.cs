namespace EsnHarness.Targets;

/// <summary>The dispatcher console the control-room steps drive through its screen (Playwright) instead of the gRPC console adapter.</summary>
/// <param name="Address">The console's URL, or null when the harness serves its embedded reference web console (one per seated dispatcher).</param>
/// <param name="MapPath">The console map (full path), or null for the reference console's own map.</param>
/// <param name="Source">Which layer chose the console: <c>esn.json</c> or <c>env ESN_CONTROLROOM_WEB</c>.</param>
public sealed record ResolvedWebConsole(Uri? Address, string? MapPath, string Source)
{
    /// <summary>True when the harness serves its embedded reference web console.</summary>
    public bool Embedded => Address is null;

    /// <inheritdoc />
    public override string ToString() =>
        $"web console {(Address is null ? "embedded reference" : Address.ToString())}, map {MapPath ?? "the reference console's"}";
}
