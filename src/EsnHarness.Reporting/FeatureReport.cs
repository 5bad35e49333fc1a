namespace EsnHarness.Reporting;

/// <summary>A feature file and its scenarios, in file order.</summary>
/// <param name="Uri">The feature's path relative to the run's base folder ("features/voice/ptt.feature").</param>
/// <param name="Capability">First folder under <c>features/</c> (voice, emergency...), or "other".</param>
/// <param name="Name">The feature's name.</param>
/// <param name="Description">The free text under the Feature line.</param>
/// <param name="Tags">Feature-level tags.</param>
/// <param name="Rules">The feature's rules.</param>
/// <param name="Scenarios">Its pickles.</param>
public sealed record FeatureReport(
    string Uri,
    string Capability,
    string Name,
    string Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<RuleReport> Rules,
    IReadOnlyList<ScenarioReport> Scenarios);
