namespace EsnHarness.Steps.Drivers;

/// <summary>ESN refused a request; carries the gRPC status and the service's reason.</summary>
public sealed class EsnRefusedException(string what, string status, string reason)
    : Exception($"ESN refused to {what}: {status}: {reason}")
{
    /// <summary>gRPC status code name, e.g. "PermissionDenied".</summary>
    public string Status { get; } = status;

    /// <summary>The service's reason text.</summary>
    public string Reason { get; } = reason;
}
