namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Answer to <c>POST /__esn/sessions</c>: the session id, its path under the gateway, the endpoints it serves and
/// the stub defects switched on in it.</summary>
internal sealed record SessionOpened(string Id, string Path, IReadOnlyList<string> Endpoints, IReadOnlyList<string>? Defects);
