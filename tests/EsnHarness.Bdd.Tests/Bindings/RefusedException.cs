namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>A failure written for the requirement's reader that keeps the protocol detail for debugging.</summary>
public sealed class RefusedException(string message, string detail) : Exception(message), IDiagnosticDetail
{
    public string DiagnosticDetail { get; } = detail;
}
