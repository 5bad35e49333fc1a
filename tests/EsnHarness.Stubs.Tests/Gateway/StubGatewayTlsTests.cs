using System.Net;
using System.Security.Cryptography.X509Certificates;
using EsnHarness.Stubs.Tests.Support;
using EsnHarness.Tests.Support;

namespace EsnHarness.Stubs.Tests.Gateway;

/// <summary>The gateway with HTTPS and mutual TLS, as an agency would expose it.</summary>
public sealed class StubGatewayTlsTests
{
    [Test]
    public async Task OpenAsync_MutualTls_ClientWithCertificateServedWithoutRefused()
    {
        using var certificates = TestCertificates.Create();
        using var ca = X509CertificateLoader.LoadCertificateFromFile(certificates.CaPem);
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });
        await using var gateway = await StubGateway.StartAsync(host, new StubGatewayOptions
        {
            CertificatePath = certificates.ServerPem,
            CertificateKeyPath = certificates.ServerKey,
            ClientCaPath = certificates.CaPem,
        });
        using var withCertificate = Client(gateway.Address, ca, certificates.ClientPem, certificates.ClientKey);
        using var without = Client(gateway.Address, ca, null, null);

        await using var session = await RemoteStubSession.OpenAsync(withCertificate);
        using var served = await withCertificate.GetAsync(new Uri(session.Address, "avl/las/status"));

        Assert.That(gateway.Address.Scheme, Is.EqualTo("https"));
        Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.ThrowsAsync<HttpRequestException>(() => without.GetAsync("avl/las/status"));
    }

    [Test]
    public async Task StartAsync_ClientCaWithoutCertificate_ClearError()
    {
        using var certificates = TestCertificates.Create();
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });

        var error = Assert.ThrowsAsync<StubHostException>(() => StubGateway.StartAsync(host, new StubGatewayOptions { ClientCaPath = certificates.CaPem }))!;

        Assert.That(error.Message, Does.Contain("mutual TLS needs a certificate"));
    }

    [Test]
    public async Task StartAsync_MissingCertificateFile_ErrorNamesTheFile()
    {
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });

        var error = Assert.ThrowsAsync<StubHostException>(() => StubGateway.StartAsync(host, new StubGatewayOptions { CertificatePath = "/nonexistent/server.pem" }))!;

        Assert.That(error.Message, Does.StartWith("certificate '/nonexistent/server.pem': cannot load it"));
    }

    private static HttpClient Client(Uri address, X509Certificate2 ca, string? certificate, string? key)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
        {
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.CustomTrustStore.Add(ca);
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            return presented is not null && chain.Build(X509CertificateLoader.LoadCertificate(presented.GetRawCertData()));
        };
        if (certificate is not null)
        {
            using var pem = X509Certificate2.CreateFromPemFile(certificate, key);
            handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null)];
        }

        return new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };
    }
}
