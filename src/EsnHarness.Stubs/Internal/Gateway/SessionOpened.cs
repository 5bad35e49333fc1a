namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Answer to <c>POST /__esn/sessions</c>: the session id, its path under the gateway and the endpoints it serves.</summary>
internal sealed record SessionOpened(string Id, string Path, IReadOnlyList<string> Endpoints);
