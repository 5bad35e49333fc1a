using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Grpc.Core;
using EsnHarness.Targets.Internal;
using Grpc.Net.Client;

namespace EsnHarness.Targets;

/// <summary>
/// Turns a resolved external endpoint into a connection: an HTTP handler that trusts the profile's CA bundle and presents its
/// client certificate (mutual TLS), a gRPC channel over it, and credentials sent as an Authorization header.
/// </summary>
public static class EndpointConnections
{
    /// <summary>A handler for <paramref name="endpoint"/>'s TLS settings (plain when it has none).</summary>
    public static SocketsHttpHandler CreateHandler(ResolvedEndpoint endpoint)
    {
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        if (endpoint.Tls is not { } tls)
        {
            return handler;
        }

        var ssl = new SslClientAuthenticationOptions();
        if (tls.ClientCertificate is not null)
        {
            ssl.ClientCertificates = [LoadClientCertificate(tls)];
        }

        if (tls.CaBundle is not null)
        {
            var trusted = new X509Certificate2Collection();
            trusted.ImportFromPemFile(tls.CaBundle);
            ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) => ValidateAgainst(trusted, certificate, errors);
        }

        handler.SslOptions = ssl;
        return handler;
    }

    /// <summary>A gRPC channel to <paramref name="endpoint"/> with its TLS settings and credentials.</summary>
    public static GrpcChannel CreateChannel(ResolvedEndpoint endpoint)
    {
        var options = new GrpcChannelOptions { HttpHandler = Named(endpoint), DisposeHttpClient = true };
        if (AuthorizationHeader(endpoint.Credentials) is { } header)
        {
            var credentials = CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("authorization", header.ToString());
                return Task.CompletedTask;
            });
            options.Credentials = endpoint.Address!.Scheme == Uri.UriSchemeHttps
                ? ChannelCredentials.Create(ChannelCredentials.SecureSsl, credentials)
                : ChannelCredentials.Create(ChannelCredentials.Insecure, credentials);
            options.UnsafeUseInsecureChannelCallCredentials = endpoint.Address.Scheme != Uri.UriSchemeHttps;
        }

        return GrpcChannel.ForAddress(endpoint.Address!, options);
    }

    /// <summary>An HttpClient for an HTTP role (CAD, IdMS, ...) with its base address, TLS settings and credentials.</summary>
    public static HttpClient CreateHttpClient(ResolvedEndpoint endpoint)
    {
        var client = new HttpClient(Named(endpoint), disposeHandler: true) { BaseAddress = endpoint.Address };
        client.DefaultRequestHeaders.Authorization = AuthorizationHeader(endpoint.Credentials);
        return client;
    }

    private static EndpointNamingHandler Named(ResolvedEndpoint endpoint) => new(endpoint.Role.Name(), endpoint.Address!, CreateHandler(endpoint));

    /// <summary>The Authorization header <paramref name="credentials"/> send (Bearer for a token, else Basic), or null for none.
    /// Carries the secret: hand it to a transport only.</summary>
    public static AuthenticationHeaderValue? AuthorizationHeader(EndpointCredentials? credentials) => credentials switch
    {
        { Token: { } token } => new AuthenticationHeaderValue("Bearer", token.Reveal()),
        { Username: { } user, Password: { } password } => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password.Reveal()}"))),
        _ => null,
    };

    private static X509Certificate2 LoadClientCertificate(EndpointTls tls)
    {
        var path = tls.ClientCertificate!;
        if (path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, tls.ClientKeyPassphrase?.Reveal());
        }

        using var pem = tls.ClientKeyPassphrase is { } passphrase
            ? X509Certificate2.CreateFromEncryptedPemFile(path, passphrase.Reveal(), tls.ClientKey)
            : X509Certificate2.CreateFromPemFile(path, tls.ClientKey);
        // An ephemeral PEM key cannot be used by SslStream on every platform; a PKCS#12 round trip makes it persistable.
        return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
    }

    private static bool ValidateAgainst(X509Certificate2Collection trusted, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }
}
