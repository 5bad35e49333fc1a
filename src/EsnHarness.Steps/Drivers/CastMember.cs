using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A person in the scenario and the client they use.</summary>
/// <param name="Name">Name as written in the feature.</param>
/// <param name="Agency">Their service.</param>
/// <param name="Kind">Terminal, console or Airwave radio.</param>
/// <param name="DeviceId">Device ID (terminals, consoles) or ISSI (Airwave radios).</param>
/// <param name="McpttId">MCPTT ID on ESN (for a radio: the ID its traffic shows under).</param>
/// <param name="ControlRoom">The control room of a console; null otherwise.</param>
public sealed record CastMember(UserName Name, Agency Agency, MemberKind Kind, string DeviceId, string McpttId, ControlRoom? ControlRoom);
