using System.Net;
using System.Security.Cryptography.X509Certificates;
using EsnHarness.Targets;
using EsnHarness.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;

namespace EsnHarness.Targets.Tests;

[TestFixture]
public sealed class EndpointConnectionsTests
{
    private TestCertificates _certificates = null!;
    private WebApplication _server = null!;
    private Uri _address = null!;

    [OneTimeSetUp]
    public async Task StartMutualTlsServer()
    {
        _certificates = TestCertificates.Create();
        var ca = X509CertificateLoader.LoadCertificateFromFile(_certificates.CaPem);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
        {
            https.ServerCertificate = X509Certificate2.CreateFromPemFile(_certificates.ServerPem, _certificates.ServerKey);
            https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
            https.ClientCertificateValidation = (certificate, _, _) =>
            {
                using var chain = new X509Chain();
                chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
                return chain.Build(certificate);
            };
        })));
        _server = builder.Build();
        _server.MapGet("/whoami", (HttpContext context) =>
            $"{context.Connection.ClientCertificate?.Subject}|{context.Request.Headers.Authorization}");
        await _server.StartAsync();
        var bound = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _address = new Uri(bound);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        _certificates.Dispose();
    }

    private ResolvedEndpoint Endpoint(bool withClientCertificate, EndpointCredentials? credentials = null) => new(
        EsnRole.Cad,
        _address,
        new EndpointTls(_certificates.CaPem, withClientCertificate ? _certificates.ClientPem : null, withClientCertificate ? _certificates.ClientKey : null, null),
        credentials,
        "test");

    [Test]
    public async Task CreateHttpClient_MutualTls_ServerSeesClientCertificateAndToken()
    {
        using var client = EndpointConnections.CreateHttpClient(Endpoint(true, new EndpointCredentials(null, null, new Secret("tok-123", "test"))));

        var answer = await client.GetStringAsync(new Uri("/whoami", UriKind.Relative));

        Assert.That(answer, Is.EqualTo("CN=esn-harness-client|Bearer tok-123"));
    }

    [Test]
    public void CreateHttpClient_NoClientCertificate_ServerRefuses()
    {
        using var client = EndpointConnections.CreateHttpClient(Endpoint(false));

        Assert.That(async () => await client.GetStringAsync(new Uri("/whoami", UriKind.Relative)), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public void CreateHttpClient_ServerNotSignedByBundle_Refused()
    {
        using var other = TestCertificates.Create();
        var endpoint = Endpoint(true) with { Tls = new EndpointTls(other.CaPem, _certificates.ClientPem, _certificates.ClientKey, null) };
        using var client = EndpointConnections.CreateHttpClient(endpoint);

        Assert.That(async () => await client.GetStringAsync(new Uri("/whoami", UriKind.Relative)), Throws.InstanceOf<HttpRequestException>());
    }
}
