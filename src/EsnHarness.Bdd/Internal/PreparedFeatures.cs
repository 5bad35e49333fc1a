namespace EsnHarness.Bdd.Internal;

/// <summary>
/// What a discovery parsed, kept so that a run of the same options starts from it instead of parsing every file again:
/// the options, the feature set, and how many ids the parse issued (the run's ids continue from there, exactly as in a
/// run that parsed the files itself).
/// </summary>
internal sealed record PreparedFeatures(GherkinRunOptions Options, FeatureSet Features, long IdsIssued);
