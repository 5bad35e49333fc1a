using System.Collections.Concurrent;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped parallel measurement lanes: a KPI measured over many attempts on a modelled radio link spends its
/// time waiting on the link, one attempt after another. A lane is a copy of the measured set-up: a terminal at the
/// talker's place (same cell, same link, same congestion), listeners at the other members' places and a copy of the
/// group with all its settings. Lanes run their share of the attempts at once, so a 100-attempt KPI takes a third of
/// the time while every sample is still one real press over the same modelled link, through the same contracts. Each
/// lane is its own call on its own group, so no lane's floor, call or messages wait on another's; the lanes share only
/// the host's cores (and the cell's capacity, far above what the lanes hold).
/// </summary>
public sealed class Lanes(TerminalFleet fleet, FloorControl floor, Groups groups, NetworkDriver network, Cast cast)
{
    /// <summary>Attempts each parallel lane of a latency measurement (PTT presses, talk bursts) takes at least; fewer
    /// attempts stay on the named talker alone.</summary>
    public const int AttemptsPerLane = 10;

    /// <summary>Most lanes a latency measurement opens (the named talker's own lane included). Bounded: every lane's
    /// frames and timers share the host's cores, and a loaded host adds its scheduling delay to the measured latency; ten
    /// keep a 100-attempt measurement over a 150 ms slower link within the 15 s a scenario may take (issue 12), and the
    /// measurement lane keeps functional work off the cores meanwhile.</summary>
    public const int MaxLanes = 10;

    /// <summary>Attempts each lane of a repeated call set-up measurement (a success count, not a latency limit near the
    /// samples) takes at least.</summary>
    public const int SetupsPerLane = 25;

    /// <summary>Most lanes a call set-up measurement or a numbered message stream opens.</summary>
    public const int MaxThroughputLanes = 10;

    /// <summary>Messages each lane of a numbered message stream carries at least.</summary>
    public const int MessagesPerLane = 50;

    private readonly ConcurrentDictionary<(string Original, int Lane), UserName> _copies = new();
    private readonly ConcurrentDictionary<string, IReadOnlyList<MessageLane>> _messageLanes = new();

    /// <summary>How many lanes a measurement of <paramref name="times"/> attempts uses, at most <paramref name="max"/>.</summary>
    public static int LanesFor(int times, int max = MaxLanes) => Math.Clamp(times / AttemptsPerLane, 1, max);

    /// <summary>How many lanes a measurement of <paramref name="times"/> call set-ups uses.</summary>
    public static int SetupLanesFor(int times) => Math.Clamp(times / SetupsPerLane, 1, MaxThroughputLanes);

    /// <summary>How many lanes a numbered stream of <paramref name="count"/> messages uses.</summary>
    public static int MessageLanesFor(int count) => Math.Clamp(count / MessagesPerLane, 1, MaxThroughputLanes);

    /// <summary>Splits <paramref name="times"/> attempts over the lanes (the first lanes take the remainder).</summary>
    public static int ShareOf(int times, int lanes, int lane) => times / lanes + (lane < times % lanes ? 1 : 0);

    /// <summary>
    /// Opens <paramref name="lanes"/> lanes for measuring <paramref name="talker"/> on <paramref name="group"/>: lane 1 is
    /// the talker and the group themselves; each further lane logs on copies of the talker and the group's other members
    /// at the same places, copies the group and affiliates them. With <paramref name="setUpCall"/> each further lane's call
    /// is set up by an unrecorded press first; measurements of call set-up itself pass false, since every attempt there
    /// is a new call (and a press in the warm-up call's hang time would join a call about to end).
    /// </summary>
    public async Task<IReadOnlyList<(UserName Talker, GroupName Group)>> OpenAsync(UserName talker, GroupName group, int lanes, bool setUpCall = true)
    {
        var members = groups.Members(group).Where(m => m.Kind != MemberKind.AirwaveRadio).ToList();
        if (!members.Any(m => string.Equals(m.Name.Value, talker.Value, StringComparison.OrdinalIgnoreCase)))
        {
            members.Add(cast.Get(talker));
        }

        var extra = await Task.WhenAll(Enumerable.Range(2, Math.Max(0, lanes - 1)).Select(async lane =>
        {
            var copyGroup = new GroupName($"{group.Value}~lane{lane}");
            var copies = await Task.WhenAll(members.Select(m => CopyAsync(m, lane)));

            await groups.CopyAsync(group, copyGroup, copies);
            await Task.WhenAll(copies.Select(c => fleet.AffiliateAsync(c, copyGroup)));
            var copyTalker = new UserName($"{talker.Value} (lane {lane})");

            // The first press on a group with no call up also sets the call up. One-after-another attempts pay that
            // once (the named talker's first press still does); an unrecorded press here keeps it from being paid
            // once more per lane, so the samples are the same mix as without lanes.
            if (setUpCall)
            {
                await floor.BurstAsync(copyTalker, copyGroup, frames: 0);
            }

            return (Talker: copyTalker, Group: copyGroup);
        }));
        return [(talker, group), .. extra];
    }

    /// <summary>
    /// Opens lanes for a numbered one-to-one message stream of <paramref name="count"/> messages: lane 1 is the sender and
    /// the recipient themselves, each further lane a copy of both at the same places (with the same terminal faults);
    /// each lane carries a contiguous block of the numbers. Later checks on the recipient find the lanes again.
    /// </summary>
    public async Task<IReadOnlyList<MessageLane>> OpenMessageLanesAsync(UserName sender, UserName recipient, int count)
    {
        var lanes = MessageLanesFor(count);
        var pairs = await Task.WhenAll(Enumerable.Range(1, lanes).Select(async lane => lane == 1
            ? (sender, recipient)
            : (await CopyAsync(cast.Get(sender), lane), await CopyAsync(cast.Get(recipient), lane))));
        var result = new List<MessageLane>();
        var first = 1;
        for (var i = 0; i < lanes; i++)
        {
            var share = ShareOf(count, lanes, i);
            result.Add(new MessageLane(pairs[i].Item1, pairs[i].Item2, first, share));
            first += share;
        }

        _messageLanes[recipient.Value.ToUpperInvariant()] = result;
        return result;
    }

    /// <summary>The lanes of the latest numbered stream to <paramref name="recipient"/>; one lane of the recipient alone if none was opened.</summary>
    public IReadOnlyList<MessageLane> MessageLanesTo(UserName recipient, UserName sender, int count) =>
        _messageLanes.TryGetValue(recipient.Value.ToUpperInvariant(), out var lanes) ? lanes : [new MessageLane(sender, recipient, 1, count)];

    /// <summary>The user and their copies in the lanes opened so far, as (lane, name) with lane 1 the user.</summary>
    public IEnumerable<(int Lane, UserName Name)> WithCopies(UserName name) =>
        [(1, name), .. _copies.Where(kv => kv.Key.Original == name.Value.ToUpperInvariant()).Select(kv => (kv.Key.Lane, kv.Value))];

    /// <summary>The member's copy in <paramref name="lane"/>, logged on at their place with their terminal faults on first use.</summary>
    private async Task<UserName> CopyAsync(CastMember m, int lane)
    {
        if (_copies.TryGetValue((m.Name.Value.ToUpperInvariant(), lane), out var existing))
        {
            return existing;
        }

        var copy = new UserName($"{m.Name.Value} (lane {lane})");
        var place = fleet.PlaceOf(m) ?? throw new ExpectationFailedException($"{m.Name} is not logged on, so no parallel lane can copy them.");
        await fleet.LogOnAsync(copy, m.Agency, place, m.Kind == MemberKind.Console ? MemberKind.Console : MemberKind.Terminal);
        await network.CopyTerminalFaultsAsync(m.DeviceId, cast.Get(copy).DeviceId);
        _copies[(m.Name.Value.ToUpperInvariant(), lane)] = copy;
        return copy;
    }
}
