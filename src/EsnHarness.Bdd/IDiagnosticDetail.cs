namespace EsnHarness.Bdd;

/// <summary>
/// An exception whose message is written for the reader of a requirement and which keeps the raw detail (protocol
/// status codes, payloads) for whoever debugs the system. When a step fails with one, the runner attaches
/// <see cref="DiagnosticDetail"/> to the step as a <c>text/plain</c> attachment named <c>diagnostics</c>.
/// </summary>
public interface IDiagnosticDetail
{
    /// <summary>The raw detail, e.g. <c>gRPC status FailedPrecondition: call SelectGroup or name a call_id</c>.</summary>
    string DiagnosticDetail { get; }
}
