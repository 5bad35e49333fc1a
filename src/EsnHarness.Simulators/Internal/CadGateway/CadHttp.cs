namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>The host's one HTTP client to agencies' CADs (connection pooling across namespaces), disposed with the host.</summary>
internal sealed class CadHttp(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public void Dispose() => client.Dispose();
}
