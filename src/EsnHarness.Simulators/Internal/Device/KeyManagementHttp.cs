namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The HTTP client the terminals' key management clients reach their KMS with (one per host, shared by every namespace).</summary>
internal sealed class KeyManagementHttp(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public void Dispose() => client.Dispose();
}
