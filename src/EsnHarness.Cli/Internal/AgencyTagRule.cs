namespace EsnHarness.Cli.Internal;

/// <summary>
/// Honest agency tags: a scenario is tagged with exactly the agencies that take part in it (<see cref="StaticParticipants"/>),
/// so the readiness matrix never credits an agency with a requirement its people and systems never ran.
/// </summary>
internal static class AgencyTagRule
{
    /// <summary>The problems of one pickle, each worded to follow "scenario 'NAME' "; <paramref name="agencies"/> are the vocabulary's agency tags without '@'.</summary>
    public static IEnumerable<string> Problems(
        (IReadOnlyDictionary<string, string> Agencies, IReadOnlyList<string> Problems) participation, IReadOnlyList<string> tags, IReadOnlyList<string> agencies)
    {
        var (participants, problems) = participation;
        foreach (var problem in problems)
        {
            yield return problem;
        }

        var taking = agencies.Where(participants.ContainsKey).ToList();
        var summary = taking.Count == 0 ? "no agency takes part" : "taking part: " + string.Join(", ", taking);
        foreach (var agency in agencies)
        {
            var tagged = tags.Contains("@" + agency, StringComparer.Ordinal);
            if (tagged && !participants.ContainsKey(agency))
            {
                yield return $"is tagged @{agency} but no user, console or system of {agency} takes part ({summary})";
            }
            else if (!tagged && participants.TryGetValue(agency, out var step))
            {
                yield return $"is not tagged @{agency} but {agency} takes part (step '{Shorten(step)}')";
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "...";
}
