using EsnHarness.Bdd;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// An awaited event did not happen before its deadline; the message says what was expected and what was seen, in the
/// catalogue's words. The raw events (protobuf), when kept, are the runner's "diagnostics" attachment of the step.
/// </summary>
public sealed class ExpectationFailedException(string message, string? diagnosticDetail = null) : Exception(message), IDiagnosticDetail
{
    /// <inheritdoc />
    public string DiagnosticDetail { get; } = diagnosticDetail ?? string.Empty;
}
