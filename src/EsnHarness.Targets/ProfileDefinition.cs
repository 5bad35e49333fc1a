namespace EsnHarness.Targets;

/// <summary>A named profile as written in esn.json. Roles it does not name are embedded; <paramref name="Listen"/> is where
/// its embedded simulators listen; <paramref name="Workers"/>, when set, is how many scenarios run at once with this profile
/// (before esn.json's top-level <c>workers</c>; <c>--workers</c> comes first).</summary>
public sealed record ProfileDefinition(string Name, string? Description, IReadOnlyDictionary<EsnRole, RoleDefinition> Roles, EmbeddedListen? Listen = null, int? Workers = null);
