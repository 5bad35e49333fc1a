using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>
/// An XCAP server (a GMS or CMS) on 127.0.0.1 over real HTTP: serves the documents a test puts at their paths with their
/// ETags, answers a conditional GET whose If-None-Match matches with 304, anything else with 404; records every request.
/// </summary>
public sealed class FakeXcap : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (string Body, string ETag, string MediaType)> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<XcapRequest> _requests = new();
    private readonly WebApplication _app;

    private FakeXcap(WebApplication app) => _app = app;

    /// <summary>The server's root, e.g. http://127.0.0.1:41234/gms.</summary>
    public string Root { get; private set; } = "";

    public IReadOnlyList<XcapRequest> Requests => [.. _requests];

    public static async Task<FakeXcap> StartAsync(string prefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var xcap = new FakeXcap(app);
        app.MapGet("/{**path}", (HttpContext context) => xcap.Serve(context));
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        xcap.Root = $"{bound.TrimEnd('/')}/{prefix}";
        return xcap;
    }

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/> (under the root) with <paramref name="etag"/> (quoted).</summary>
    public void Put(string path, string body, string etag, string mediaType = "application/xml") =>
        _documents[Absolute(path)] = (body, $"\"{etag}\"", mediaType);

    public void Remove(string path) => _documents.TryRemove(Absolute(path), out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private string Absolute(string path) => new Uri(Root).AbsolutePath.TrimEnd('/') + "/" + path.TrimStart('/');

    private IResult Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        if (!_documents.TryGetValue(path, out var document))
        {
            _requests.Enqueue(new XcapRequest(path, ifNoneMatch, 404));
            return Results.NotFound();
        }

        context.Response.Headers.ETag = document.ETag;
        if (ifNoneMatch == document.ETag)
        {
            _requests.Enqueue(new XcapRequest(path, ifNoneMatch, 304));
            return Results.StatusCode(304);
        }

        _requests.Enqueue(new XcapRequest(path, ifNoneMatch, 200));
        return Results.Text(document.Body, document.MediaType);
    }
}
