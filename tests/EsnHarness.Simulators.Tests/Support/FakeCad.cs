using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>
/// An agency CAD's HTTP API on 127.0.0.1 (the contract of stubs/cad, as a CAD gateway uses it): a resource register, a
/// status table (LAS's, for every agency), and the status updates, acknowledgements and check queries it receives,
/// which a test awaits with a deadline.
/// </summary>
public sealed class FakeCad : IAsyncDisposable
{
    private static readonly (uint Code, string Status)[] Table = [(32769, "Mobile to incident"), (32770, "At scene"), (32771, "Left scene"), (32773, "Clear")];
    private readonly ConcurrentDictionary<string, string> _register = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Path, string Body)> _posts = [];
    private readonly Lock _gate = new();
    private readonly WebApplication _app;
    private TaskCompletionSource _posted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeCad(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public static async Task<FakeCad> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var cad = new FakeCad(app);
        app.MapGet("/cad/{agency}/status-codes", () => Results.Json(new { statuses = Table.Select(t => new { code = t.Code, status = t.Status }) }));
        app.MapGet("/cad/{agency}/resources/{callsign}", (string agency, string callsign) => cad._register.TryGetValue(callsign, out var id)
            ? Results.Json(new { callsign, mcpttId = id })
            : Results.NotFound());
        app.MapGet("/cad/{agency}/resources", (string mcpttId) =>
            Results.Json(cad._register.Where(r => r.Value == mcpttId).Select(r => new { callsign = r.Key, mcpttId = r.Value })));
        app.MapPost("/cad/{**rest}", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            cad.Record(request.Path.Value!, await reader.ReadToEndAsync());
            return request.Path.Value!.EndsWith("/checks", StringComparison.Ordinal)
                ? Results.Json(new { result = "No reports. Keeper details on file." })
                : Results.Accepted();
        });
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        cad.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");
        return cad;
    }

    public void Register(string callsign, string mcpttId) => _register[callsign] = mcpttId;

    /// <summary>Every POST so far, in order: path and JSON body.</summary>
    public IReadOnlyList<(string Path, string Body)> Posts
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts];
            }
        }
    }

    /// <summary>Waits until a POST to <paramref name="path"/> arrives; returns its body as JSON.</summary>
    public async Task<JsonElement> WaitForPostAsync(string path, TimeSpan? deadline = null)
    {
        using var cts = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (_posts.FirstOrDefault(p => p.Path == path) is { Body: not null } found)
                {
                    return JsonDocument.Parse(found.Body).RootElement.Clone();
                }

                next = _posted.Task;
            }

            try
            {
                await next.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"CAD: no POST {path} within {(deadline ?? TimeSpan.FromSeconds(10)).TotalSeconds} s; got: {string.Join(" | ", Posts.Select(p => p.Path))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Record(string path, string body)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            _posts.Add((path, body));
            done = _posted;
            _posted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }
}
