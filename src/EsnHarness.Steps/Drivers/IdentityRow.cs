using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>One row of the interworking function's identity table as a feature provisions it.</summary>
/// <param name="User">The person: an Airwave radio user (their radio's ISSI is mapped to an MCPTT ID homed in the IWF) or an ESN user (their MCPTT ID is mapped to <paramref name="Issi"/>).</param>
/// <param name="Issi">The ISSI an ESN user shows under on the radios; null for a radio user (their radio's own).</param>
/// <param name="FunctionalAlias">The functional alias shown with the identity on ESN; null for none.</param>
public sealed record IdentityRow(UserName User, string? Issi, string? FunctionalAlias);
