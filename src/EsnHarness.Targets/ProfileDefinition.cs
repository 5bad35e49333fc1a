namespace EsnHarness.Targets;

/// <summary>A named profile as written in esn.json. Roles it does not name are embedded.</summary>
public sealed record ProfileDefinition(string Name, string? Description, IReadOnlyDictionary<EsnRole, RoleDefinition> Roles);
