namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of the MCX service as an OAuth resource server: how it checks the access tokens clients present.</summary>
public static class McxIdentityDefects
{
    /// <summary>A registration is admitted because it carries a token, without asking the IdMS about it.</summary>
    public static readonly Defect TokenNotIntrospected = new(
        "mcx.token-not-introspected", "mcx",
        "The MCX service admits a registration because it carries an access token, without asking the IdMS whether the token is active or whom it was issued to: a forged, expired or another user's token gets service.",
        "TS 33.180 §5.1.3 (the MC service server validates the access token), RFC 7662 §2 (introspection); REQ-LDN-SEC-001..004");

    /// <summary>Every MCX identity defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [TokenNotIntrospected];
}
