namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>Checks of the URLs a namespace configures for the services the MCX reaches (IdMS, GMS, CMS).</summary>
internal static class McxUrls
{
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
