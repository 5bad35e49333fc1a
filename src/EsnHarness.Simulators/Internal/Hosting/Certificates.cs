using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>Loads certificates from files with one-line errors naming the file.</summary>
internal static class Certificates
{
    public static X509Certificate2 Load(string path, string? keyPath, string? password, string option)
    {
        try
        {
            if (keyPath is not null || path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase))
            {
                using var pem = password is not null && keyPath is not null
                    ? X509Certificate2.CreateFromEncryptedPemFile(path, password, keyPath)
                    : X509Certificate2.CreateFromPemFile(path, keyPath);
                // Re-import so the key is usable by SslStream on every platform.
                return X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            }

            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new SimulatorConfigurationException($"{option} '{path}': cannot load the certificate: {e.Message.Trim()}", e);
        }
    }

    public static X509Certificate2 LoadCa(string path, string option)
    {
        try
        {
            return X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new SimulatorConfigurationException($"{option} '{path}': cannot load the CA certificate: {e.Message.Trim()}", e);
        }
    }

    /// <summary>The CA certificates of a PEM bundle (one or more certificates), or of a single DER certificate.</summary>
    public static X509Certificate2Collection LoadTrust(string path, string option)
    {
        var trusted = new X509Certificate2Collection();
        try
        {
            if (File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                trusted.ImportFromPemFile(path);
            }
            else
            {
                trusted.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            }
        }
        catch (Exception e) when (e is IOException or CryptographicException or UnauthorizedAccessException)
        {
            throw new SimulatorConfigurationException($"{option} '{path}': cannot load the CA certificates: {e.Message.Trim()}", e);
        }

        return trusted;
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

    /// <summary>Whether a server certificate is trusted: valid for the system store, this host's own, or chaining to one of <paramref name="trusted"/>.</summary>
    public static bool Accept(X509Certificate? presented, SslPolicyErrors errors, X509Certificate2? own, X509Certificate2Collection trusted)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (presented is null)
        {
            return false;
        }

        using var cert = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        return (own is not null && cert.Thumbprint == own.Thumbprint) || ChainsTo(cert, trusted);
    }

    private static bool ChainsTo(X509Certificate2 certificate, X509Certificate2Collection trusted)
    {
        if (trusted.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
