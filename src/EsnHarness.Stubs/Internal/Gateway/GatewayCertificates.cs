using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Loads the gateway's certificates from files, with one-line errors naming the file.</summary>
internal static class GatewayCertificates
{
    public static X509Certificate2 Load(string path, string? keyPath, string? password)
    {
        try
        {
            if (keyPath is not null || path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase))
            {
                using var pem = X509Certificate2.CreateFromPemFile(path, keyPath);
                // An ephemeral PEM key cannot be used by SslStream on every platform; a PKCS#12 round trip makes it usable.
                return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            }

            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new StubHostException($"certificate '{path}': cannot load it: {e.Message.Trim()}", e);
        }
    }

    public static X509Certificate2 LoadCa(string path)
    {
        try
        {
            return X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new StubHostException($"client CA '{path}': cannot load the CA certificate: {e.Message.Trim()}", e);
        }
    }

    /// <summary>Whether <paramref name="certificate"/> chains to <paramref name="ca"/> (custom trust root, no revocation check).</summary>
    public static bool ChainsTo(X509Certificate2 certificate, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
