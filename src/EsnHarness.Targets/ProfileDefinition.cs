namespace EsnHarness.Targets;

/// <summary>A named profile as written in esn.json. Roles it does not name are embedded; <paramref name="Listen"/> is where
/// its embedded simulators listen.</summary>
public sealed record ProfileDefinition(string Name, string? Description, IReadOnlyDictionary<EsnRole, RoleDefinition> Roles, EmbeddedListen? Listen = null);
