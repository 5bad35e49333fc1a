using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>A call about to be set up, as the service asks the radio network for resources for it.</summary>
/// <param name="Type">Its call type.</param>
/// <param name="GroupId">Its group (after regroup steering); empty for a private call.</param>
/// <param name="GroupPriority">The group's priority 0..255 (the default group priority for a private call).</param>
/// <param name="Caller">Who sets it up.</param>
/// <param name="Parties">Everyone it would reach now, the caller first.</param>
internal sealed record CallPlan(CallType Type, string GroupId, uint GroupPriority, string Caller, IReadOnlyList<string> Parties);
