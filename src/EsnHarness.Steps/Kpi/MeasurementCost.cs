using System.Globalization;
using System.Text.RegularExpressions;
using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Kpi;

/// <summary>
/// A rough estimate, in seconds, of how long a scenario of this step library runs, from its step texts: the
/// repeated-attempt steps, each as its attempts per parallel lane (<see cref="Lanes"/>) times a typical attempt on the
/// reference profile's links. Used only to start the longest scenarios first (it orders, it never judges); a scenario
/// with no repeated attempts costs 0.
/// </summary>
public static partial class MeasurementCost
{
    /// <summary>The estimate for one scenario's step texts (without keywords).</summary>
    public static double Estimate(IReadOnlyList<string> steps)
    {
        // Latency a step adds to a link lengthens every press (a round trip) and every burst (two).
        var added = steps.Sum(step => Match(AddedLatency(), step) ?? 0) / 1000.0;
        return steps.Sum(step => Of(step, added));
    }

    private static double Of(string step, double addedSeconds)
    {
        if (Match(TalkBursts(), step) is { } bursts)
        {
            return PerLane(bursts) * (0.3 + (4 * addedSeconds));
        }

        if (Match(PressTimes(), step) is { } presses)
        {
            return PerLane(presses) * (0.15 + (2 * addedSeconds));
        }

        if (Match(CallSetups(), step) is { } setups)
        {
            return Math.Ceiling(setups / (double)Lanes.SetupLanesFor(setups)) * 0.1;
        }

        if (Match(LateEntries(), step) is { } joins)
        {
            return Math.Ceiling(joins / (double)Lanes.LanesFor(joins, LateEntryMeasurement.MaxLanes)) * 0.08;
        }

        return Match(NumberedMessages(), step) is { } messages
            ? Math.Ceiling(messages / (double)Lanes.MessageLanesFor(messages)) * 0.06
            : 0;
    }

    private static double PerLane(int attempts) => Math.Ceiling(attempts / (double)Lanes.LanesFor(attempts));

    private static int? Match(Regex pattern, string step) =>
        pattern.Match(step) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(\d+) ms added latency\b")]
    private static partial Regex AddedLatency();

    [GeneratedRegex(@"\btalks in (\d+) bursts on\b")]
    private static partial Regex TalkBursts();

    [GeneratedRegex(@"\bpresses PTT on .+ (\d+) times$")]
    private static partial Regex PressTimes();

    [GeneratedRegex(@"\bsets up (\d+) group calls on\b")]
    private static partial Regex CallSetups();

    [GeneratedRegex(@"\bjoins the ongoing call on .+ (\d+) times$")]
    private static partial Regex LateEntries();

    [GeneratedRegex(@"\bsends (\d+) (?:SDS|status messages)\b")]
    private static partial Regex NumberedMessages();
}
