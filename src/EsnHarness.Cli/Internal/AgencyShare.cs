using EsnHarness.Bdd;
using EsnHarness.Reporting;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Per agency, the share of all scenarios (pickles) that are blocking requirements (the vocabulary's first priority,
/// <c>@must</c>) in which that agency takes part, read as the agency tag rule reads it (issue 12 asks at least 40 % for
/// each of MPS, LFB and LAS).
/// </summary>
internal static class AgencyShare
{
    /// <summary>One line per agency that takes part in any scenario, e.g.
    /// <c>MPS: 92 of 189 scenarios (48.7 %) are @must with MPS taking part</c>.</summary>
    public static IEnumerable<string> Lines(DryRunIndex index, RequirementVocabulary vocabulary)
    {
        var blocking = "@" + vocabulary.BlockingPriority;
        var total = index.Pickles.Count;
        var counts = vocabulary.Agencies.ToDictionary(agency => agency, _ => (Any: 0, Blocking: 0), StringComparer.Ordinal);
        foreach (var pickle in index.Pickles)
        {
            var agencies = index.Participants(pickle).Agencies;
            var isBlocking = pickle.Tags.Any(tag => tag.Name == blocking);
            foreach (var agency in vocabulary.Agencies.Where(agencies.ContainsKey))
            {
                var (any, blockingCount) = counts[agency];
                counts[agency] = (any + 1, blockingCount + (isBlocking ? 1 : 0));
            }
        }

        return vocabulary.Agencies.Where(agency => counts[agency].Any > 0).Select(agency =>
            $"{agency}: {counts[agency].Blocking} of {Plural.Of(total, "scenario")} ({Percent(counts[agency].Blocking, total)}) are {blocking} with {agency} taking part; it takes part in {counts[agency].Any}");
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "0 %" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
