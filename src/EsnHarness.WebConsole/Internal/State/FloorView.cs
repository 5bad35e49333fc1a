namespace EsnHarness.WebConsole.Internal.State;

/// <summary>The dispatcher's own floor state on a group or private call, as the screen words it.</summary>
/// <param name="State">idle, requesting, granted, queued, denied or revoked.</param>
/// <param name="Detail">Why (a deny or revoke cause, the queue position).</param>
internal sealed record FloorView(string State, string Detail = "")
{
    public const string Requesting = "requesting";

    public static FloorView Idle { get; } = new("idle");
}
