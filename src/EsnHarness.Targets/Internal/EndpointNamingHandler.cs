namespace EsnHarness.Targets.Internal;

/// <summary>
/// Names the role and address in a failure to reach an external endpoint, so a scenario that fails because an agency's
/// system went away says which one ("mcx endpoint https://mcx.test:8443/ is unreachable: connection refused").
/// </summary>
internal sealed class EndpointNamingHandler(string role, Uri address, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"{role} endpoint {address} is unreachable: {Innermost(error).Message}", error, error.StatusCode);
        }
    }

    private static Exception Innermost(Exception error) => error.InnerException is null ? error : Innermost(error.InnerException);
}
