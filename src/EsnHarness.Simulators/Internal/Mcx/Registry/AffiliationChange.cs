using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>What an affiliation request did: the answer, whether the user is told of a change, and whether the service applied it.</summary>
internal sealed record AffiliationChange(AffiliationResponse Response, bool Acknowledged, bool Applied);
