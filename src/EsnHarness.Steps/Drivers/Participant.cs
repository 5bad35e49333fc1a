namespace EsnHarness.Steps.Drivers;

/// <summary>Someone or something of an agency that took part in a scenario.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="What">Who or what, e.g. "FF Jones (Terminal)" or "AVL feed".</param>
public sealed record Participant(Agency Agency, string What);
