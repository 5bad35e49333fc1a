using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>Who a message reaches (<see cref="McxRecipients"/>): the group it was sent to (null when sent to one user) and the MCPTT IDs of its recipients.</summary>
internal sealed record McxAddressees(GroupConfig? Group, IReadOnlyList<string> McpttIds);
