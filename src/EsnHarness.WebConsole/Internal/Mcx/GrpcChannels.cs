using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>gRPC channels with the connection's TLS settings: a CA bundle to trust and a client certificate for mutual TLS.</summary>
internal static class GrpcChannels
{
    public static GrpcChannel Create(Uri address, McxConnection connection)
    {
        var handler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        if (address.Scheme == Uri.UriSchemeHttps)
        {
            handler.SslOptions = Ssl(connection);
        }

        return GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    private static SslClientAuthenticationOptions Ssl(McxConnection connection)
    {
        var ssl = new SslClientAuthenticationOptions();
        if (connection.ClientCertificatePath is { } certificate)
        {
            ssl.ClientCertificates = [LoadClientCertificate(certificate, connection.ClientKeyPath)];
        }

        if (connection.CaBundlePath is { } bundle)
        {
            var trusted = new X509Certificate2Collection();
            try
            {
                trusted.ImportFromPemFile(bundle);
            }
            catch (Exception e) when (e is IOException or System.Security.Cryptography.CryptographicException)
            {
                throw new WebConsoleConfigurationException($"MCX CA bundle '{bundle}' cannot be read: {e.Message}", e);
            }

            ssl.RemoteCertificateValidationCallback = (_, cert, _, errors) => ChainsTo(trusted, cert, errors);
        }

        return ssl;
    }

    private static X509Certificate2 LoadClientCertificate(string path, string? keyPath)
    {
        try
        {
            if (path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase))
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, null);
            }

            using var pem = X509Certificate2.CreateFromPemFile(path, keyPath);
            // An ephemeral PEM key cannot be used by SslStream on every platform; a PKCS#12 round trip makes it usable.
            return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
        }
        catch (Exception e) when (e is IOException or System.Security.Cryptography.CryptographicException)
        {
            throw new WebConsoleConfigurationException($"MCX client certificate '{path}' cannot be loaded: {e.Message}", e);
        }
    }

    private static bool ChainsTo(X509Certificate2Collection trusted, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }
}
