namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Optional body of <c>POST /__esn/sessions</c>: the stub defects to switch on in the new session.</summary>
internal sealed record OpenSessionBody(IReadOnlyList<string>? Defects);
