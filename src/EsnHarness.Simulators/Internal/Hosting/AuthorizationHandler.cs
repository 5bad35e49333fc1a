namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>Adds an upstream endpoint's Authorization header to every request, gRPC calls included.</summary>
internal sealed class AuthorizationHandler(string authorization, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return base.SendAsync(request, cancellationToken);
    }
}
