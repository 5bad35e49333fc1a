using Microsoft.AspNetCore.Http;

namespace EsnHarness.WebConsole.Internal.Hosting;

/// <summary>
/// Every response carries a strict Content-Security-Policy (the console's own script and style only, no inline code, no
/// other origin), and state-changing requests must come from the console's own pages (Origin check, besides the SameSite
/// session cookie).
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static async Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin"; // "no-referrer" would make form posts send Origin: null
        headers.CacheControl = "no-store";
        if (HttpMethods.IsPost(context.Request.Method) && !FromOwnPage(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("refused: the request did not come from this console's own page");
            return;
        }

        await next();
    }

    private static bool FromOwnPage(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
