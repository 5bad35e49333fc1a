namespace EsnHarness.Targets;

/// <summary>Where one role lives after esn.json, the environment and the command line have been applied.</summary>
/// <param name="Role">The role.</param>
/// <param name="Address">The external address, or null when the embedded reference simulator plays the role.</param>
/// <param name="Tls">TLS settings for an external address.</param>
/// <param name="Credentials">Credentials for an external address.</param>
/// <param name="Source">Which layer set the address: <c>esn.json</c>, <c>env ESN_MCX_URL</c>, <c>--endpoint</c> or <c>embedded</c>.</param>
public sealed record ResolvedEndpoint(EsnRole Role, Uri? Address, EndpointTls? Tls, EndpointCredentials? Credentials, string Source)
{
    /// <summary>True when the embedded reference simulator plays this role.</summary>
    public bool Embedded => Address is null;

    /// <summary>controlRoom only: the web console the control-room steps drive through Playwright; null = the gRPC console adapter.</summary>
    public ResolvedWebConsole? WebConsole { get; init; }
}
