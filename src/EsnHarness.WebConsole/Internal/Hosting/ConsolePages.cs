using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EsnHarness.WebConsole.Internal.Hosting;

/// <summary>The login page, the console page and the assets they load.</summary>
internal static class ConsolePages
{
    private const string ErrorMarker = "<!-- login-error -->";
    private const string AssetCaching = "private, max-age=3600";
    private const string LoginFailed = "<p class=\"login-error\" role=\"alert\">The user name or password is not right.</p>";

    public static IEndpointRouteBuilder MapConsolePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, LoginSessions sessions, StaticAssets assets) =>
            sessions.IsLoggedIn(context) ? Page(assets.Text("index.html")) : Results.Redirect("/login"));
        app.MapGet("/login", (StaticAssets assets) => Page(assets.Text("login.html")));
        app.MapPost("/login", async (HttpContext context, LoginSessions sessions, StaticAssets assets) =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
            if (!sessions.Matches(form?["user"], form?["password"]))
            {
                return Page(assets.Text("login.html").Replace(ErrorMarker, LoginFailed, StringComparison.Ordinal), StatusCodes.Status401Unauthorized);
            }

            sessions.Start(context);
            return Results.Redirect("/", permanent: false, preserveMethod: false);
        });
        app.MapPost("/logout", (HttpContext context, LoginSessions sessions) =>
        {
            sessions.End(context);
            return Results.Redirect("/login");
        });
        app.MapGet("/assets/{name}", (string name, HttpContext context, StaticAssets assets) =>
        {
            if (name == "index.html" || name == "login.html" || !assets.TryGet(name, out var content, out var type))
            {
                return Results.NotFound();
            }

            // The script, style and icon are built into the assembly and never change while it runs: a page loaded again (the next
            // dispatcher at a kept console) takes them from its cache. The pages and the API stay no-store.
            context.Response.Headers.CacheControl = AssetCaching;
            return Results.Bytes(content, type);
        });
        return app;
    }

    private static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
