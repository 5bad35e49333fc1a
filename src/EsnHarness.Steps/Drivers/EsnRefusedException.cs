using EsnHarness.Bdd;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// ESN refused a request. The message says what was refused and the service's reason; the protocol status (e.g.
/// <c>FailedPrecondition</c>) is kept for matching reasons and for the step's "diagnostics" attachment, not shown as if it were words.
/// </summary>
public sealed class EsnRefusedException(string what, string status, string reason)
    : Exception($"ESN refused to {what}: {reason}"), IDiagnosticDetail
{
    /// <summary>gRPC status code name, e.g. "PermissionDenied".</summary>
    public string Status { get; } = status;

    /// <summary>The service's reason text.</summary>
    public string Reason { get; } = reason;

    /// <inheritdoc />
    public string DiagnosticDetail => $"status {Status}: {Reason}";
}
