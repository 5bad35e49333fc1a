using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators;

/// <summary>
/// How a <see cref="SimulatorHost"/> listens, secures itself, models the network, and which upstream MCX service,
/// network model and IdMS its roles use when a profile points those roles elsewhere.
/// </summary>
public sealed record SimulatorHostOptions
{
    /// <summary>Address to bind; 127.0.0.1 unless told otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Port to bind; 0 picks a free one (read it back from <see cref="SimulatorHost.Address"/>).</summary>
    public int Port { get; init; }

    /// <summary>Server certificate for TLS: a PFX/PKCS#12 file, or a PEM certificate with <see cref="CertificateKeyPath"/>. Null = plain HTTP/2.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>PEM private key of <see cref="CertificatePath"/> (PEM certificates only).</summary>
    public string? CertificateKeyPath { get; init; }

    /// <summary>Password of a PFX certificate. Never logged or printed.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>When set (PEM or DER CA certificate), clients must present a certificate issued by this CA (mutual TLS).</summary>
    public string? ClientCaPath { get; init; }

    /// <summary>Places file (JSON, see Places/london-places.json); null = the built-in London places.</summary>
    public string? PlacesFile { get; init; }

    /// <summary>MCX service the device simulator (terminals, consoles) and the interworking function use; null = this host's own.</summary>
    public UpstreamEndpoint? Mcx { get; init; }

    /// <summary>Network model the device simulator uses; null = this host's own.</summary>
    public UpstreamEndpoint? Network { get; init; }

    /// <summary>The terminals (device role) the MDM sends its wipe commands to; null = this host's own.</summary>
    public UpstreamEndpoint? Device { get; init; }

    /// <summary>
    /// The IdMS the MCX service checks access tokens at. The introspection URL itself is set per namespace (McxConfiguration
    /// SetIdentityService); a URL under this address is reached with this endpoint's TLS settings and credentials, any other
    /// with the host-wide upstream settings.
    /// </summary>
    public UpstreamEndpoint? Idms { get; init; }

    /// <summary>The GMS the MCX service reads group documents from. The XCAP root is set per namespace (McxConfiguration
    /// SetGroupManagement); one under this address is reached with this endpoint's TLS settings and credentials.</summary>
    public UpstreamEndpoint? Gms { get; init; }

    /// <summary>The CMS the MCX service reads user profiles from. The XCAP root is set per namespace (McxConfiguration
    /// SetConfigurationManagement); one under this address is reached with this endpoint's TLS settings and credentials.</summary>
    public UpstreamEndpoint? Cms { get; init; }

    /// <summary>The agency CAD the CAD gateway posts to. Its URL is set per namespace (CadGatewayService Configure); one under
    /// this address is reached with this endpoint's TLS settings and credentials.</summary>
    public UpstreamEndpoint? Cad { get; init; }

    /// <summary>The KMS the terminals' key management clients ask for group keys. Its URL is given to each terminal at power-on
    /// (PowerOnRequest kms_url); one under this address is reached with this endpoint's TLS settings and credentials.</summary>
    public UpstreamEndpoint? Kms { get; init; }

    /// <summary>Client certificate (PFX, or PEM with <see cref="UpstreamClientKeyPath"/>) presented upstream (mutual TLS) by calls to
    /// this host's own services and to upstream endpoints that name none of their own.</summary>
    public string? UpstreamClientCertificatePath { get; init; }

    /// <summary>PEM private key of <see cref="UpstreamClientCertificatePath"/>.</summary>
    public string? UpstreamClientKeyPath { get; init; }

    /// <summary>CA certificate that upstream servers' certificates must chain to (in addition to the system store and this host's
    /// own certificate), for upstream endpoints that name none of their own.</summary>
    public string? UpstreamTrustedCaPath { get; init; }

    /// <summary>Clock for every timer and modelled delay.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Floor control timers and counters (TS 24.380 §11).</summary>
    public FloorTimers FloorTimers { get; init; } = new();

    /// <summary>
    /// How long a manual-commencement private call rings unanswered before it fails with CALL_CAUSE_NO_ANSWER, for called
    /// users whose profile sets none (30 s: a London assumption; TS 24.379 leaves the ringing time to configuration).
    /// </summary>
    public TimeSpan PrivateCallNoAnswerTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Hang time of a group call whose group sets none.</summary>
    public TimeSpan DefaultHangTime { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>How long an SDS sender (terminal or MCX) waits for an acknowledgement before retransmitting.</summary>
    public TimeSpan SdsRetransmitInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Delivery attempts before an SDS is reported UNDELIVERED.</summary>
    public int SdsMaxAttempts { get; init; } = 30;

    /// <summary>Maximum SDS payload for profiles that set none (TS 24.484 §10.4), bytes.</summary>
    public uint DefaultMaxSdsSizeBytes { get; init; } = 1000;

    /// <summary>Disposition timer TDU1 (TS 36.579-7 §6.1.2): read within it → one DELIVERED AND READ report.</summary>
    public TimeSpan DispositionTimer { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Seed of the network model's loss and jitter draws (same seed, same draws per device).</summary>
    public int RandomSeed { get; init; } = 2026;

    /// <summary>The terminals' codec and jitter buffer, which mouth-to-ear latency (KPI3) includes (AMR-WB and a 40 ms buffer by default).</summary>
    public VoiceModelOptions Voice { get; init; } = new();

    /// <summary>Direct mode (off-network, over the sidelink): range, sidelink delay and loss, off-network timers.</summary>
    public DirectModeOptions DirectMode { get; init; } = new();

    /// <summary>Events a terminal buffers until observed (the oldest are dropped beyond it).</summary>
    public int DeviceEventBuffer { get; init; } = 10_000;

    /// <summary>
    /// Reference defects switched on in every namespace of this host (<c>esn sim --defect NAME</c>); each must be one of
    /// <see cref="Defects.SimulatorDefects.All"/>. Empty: the faithful reference behaviour.
    /// </summary>
    public IReadOnlyList<string> Defects { get; init; } = [];

    /// <summary>
    /// A namespace nobody has called for this long is closed (a backstop for a harness that ended without closing its
    /// scenarios' namespaces); <see cref="Timeout.InfiniteTimeSpan"/> never evicts.
    /// </summary>
    public TimeSpan IdleNamespaceTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Where the simulators log (one category per role, e.g. <c>EsnHarness.Simulators.mcx</c>); nothing by default.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
