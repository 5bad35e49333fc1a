namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>
/// Plain HTTP(S) calls upstream (the MCX's token introspection at an IdMS, whose URL each namespace sets): a request to an
/// address under a configured upstream endpoint goes through that endpoint's connector (its TLS trust, client
/// certificate, credentials); any other through the host-wide one.
/// </summary>
internal sealed class UpstreamRouter(IReadOnlyList<(Uri Base, HttpMessageInvoker Invoker)> routes, HttpMessageInvoker hostWide) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri;
        foreach (var (root, invoker) in routes)
        {
            if (target is not null && Under(target, root))
            {
                return invoker.SendAsync(request, cancellationToken);
            }
        }

        return hostWide.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var (_, invoker) in routes)
            {
                invoker.Dispose();
            }

            hostWide.Dispose();
        }

        base.Dispose(disposing);
    }

    private static bool Under(Uri target, Uri root) =>
        string.Equals(target.Scheme, root.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.Host, root.Host, StringComparison.OrdinalIgnoreCase)
        && target.Port == root.Port
        && target.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal);
}
