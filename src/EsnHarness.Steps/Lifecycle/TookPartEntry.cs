using System.Text.Json.Serialization;

namespace EsnHarness.Steps.Lifecycle;

/// <summary>One participant of a <see cref="TookPart"/> record.</summary>
/// <param name="Agency">Its agency, e.g. <c>LFB</c>.</param>
/// <param name="What">Who or what, e.g. "FF Jones (Terminal)".</param>
public sealed record TookPartEntry(
    [property: JsonPropertyName("agency")] string Agency,
    [property: JsonPropertyName("what")] string What);
