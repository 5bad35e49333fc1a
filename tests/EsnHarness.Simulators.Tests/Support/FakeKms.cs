using System.Collections.Concurrent;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>A KMS group key endpoint (TS 33.180 §5.7, as the London KMS stub answers it) on 127.0.0.1 over real HTTP: a
/// group's members get its GMK ID, anyone else 403 <c>not-a-member</c>. Keeps each request as "user group bearer".</summary>
public sealed class FakeKms : IAsyncDisposable
{
    private static readonly XNamespace Ns = "urn:3gpp:ns:mcsecKMSInterface:1.0";
    private readonly ConcurrentDictionary<(string User, string Group), byte> _members = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly WebApplication _app;

    private FakeKms(WebApplication app) => _app = app;

    /// <summary>The key management base URL a terminal is provisioned with.</summary>
    public Uri KeyManagementUrl { get; private set; } = null!;

    /// <summary>The requests served, each "UserUri GroupUri Authorization".</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    public static async Task<FakeKms> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var kms = new FakeKms(app);
        app.MapPost("/kms/keymanagement/identity/v1/gmk", async (HttpRequest request) =>
        {
            var body = XDocument.Parse(await new StreamReader(request.Body).ReadToEndAsync());
            var user = body.Descendants(Ns + "UserUri").Single().Value;
            var group = body.Descendants(Ns + "GroupUri").Single().Value;
            kms._requests.Enqueue($"{user} {group} {request.Headers.Authorization}");
            var answer = kms._members.ContainsKey((user, group))
                ? new XElement(Ns + "KmsGroupKeyProv", new XElement(Ns + "GroupKeySet", new XElement(Ns + "GroupUri", group), new XElement(Ns + "GmkId", $"GMK-{group}")))
                : new XElement(Ns + "KmsError", new XElement(Ns + "ErrorCode", "not-a-member"));
            return Results.Text(new XDocument(new XElement(Ns + "KmsResponse", new XElement(Ns + "KmsMessage", answer))).ToString(), "application/xml", null,
                kms._members.ContainsKey((user, group)) ? 200 : 403);
        });
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        kms.KeyManagementUrl = new Uri(new Uri(bound), "/kms/keymanagement/identity/v1/");
        return kms;
    }

    /// <summary>The GMS tells the KMS that <paramref name="user"/> is a member of <paramref name="group"/>.</summary>
    public void Member(string user, string group) => _members[(user, group)] = 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
