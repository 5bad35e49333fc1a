using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>An IdMS token introspection endpoint (RFC 7662) on 127.0.0.1 over real HTTP: tokens it issued answer active
/// with their MCPTT ID until revoked; anything else answers inactive. Counts the introspections it served and keeps the
/// Authorization header each one carried ("" for none).</summary>
public sealed class FakeIdms : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _active = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _authorizations = new();
    private readonly WebApplication _app;
    private int _introspections;

    private FakeIdms(WebApplication app) => _app = app;

    public Uri IntrospectionUrl { get; private set; } = null!;

    public int Introspections => Volatile.Read(ref _introspections);

    public IReadOnlyList<string> Authorizations => _authorizations.ToArray();

    public static async Task<FakeIdms> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var idms = new FakeIdms(app);
        app.MapPost("/idms/introspect", async (HttpRequest request) =>
        {
            idms._authorizations.Enqueue(request.Headers.Authorization.ToString());
            Interlocked.Increment(ref idms._introspections);
            var form = await request.ReadFormAsync();
            var token = form["token"].ToString();
            return idms._active.TryGetValue(token, out var user)
                ? Results.Json(new { active = true, mcptt_id = user, sub = user })
                : Results.Json(new { active = false });
        });
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        idms.IntrospectionUrl = new Uri(new Uri(bound), "/idms/introspect");
        return idms;
    }

    public string Issue(string mcpttId)
    {
        var token = $"test-at-{Guid.NewGuid():N}";
        _active[token] = mcpttId;
        return token;
    }

    public void Revoke(string token) => _active.TryRemove(token, out _);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
