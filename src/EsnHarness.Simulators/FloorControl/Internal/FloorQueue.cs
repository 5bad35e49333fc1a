using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.FloorControl.Internal;

/// <summary>
/// The floor request queue (TS 24.380 §4.1.1.4 / §6.3.4.4.4): ordered by priority (higher first),
/// then by arrival. Not thread-safe: used under the arbitrator's lock.
/// </summary>
/// <param name="lastInFirstOut">The <see cref="Defects.McxDefects.FloorQueueLifo"/> defect: equal priorities served newest first;
/// consulted only when a request is ranked against an equal-priority one already waiting (two or more waiting).</param>
internal sealed class FloorQueue(DefectSwitch? lastInFirstOut = null)
{
    private readonly List<Entry> _entries = [];
    private long _arrivals;

    public int Count => _entries.Count;

    public IReadOnlyList<string> Snapshot() => [.. _entries.Select(e => e.Participant)];

    /// <summary>1-based position of <paramref name="participant"/>, or 0 when not queued.</summary>
    public int PositionOf(string participant)
    {
        var index = _entries.FindIndex(e => e.Participant == participant);
        return index + 1;
    }

    /// <summary>
    /// Queues <paramref name="participant"/>; if already queued its priority is updated and it keeps its
    /// original arrival order. Returns the 1-based position.
    /// </summary>
    public int Enqueue(string participant, FloorPriority priority)
    {
        var existing = _entries.FindIndex(e => e.Participant == participant);
        long arrival;
        if (existing >= 0)
        {
            arrival = _entries[existing].Arrival;
            _entries.RemoveAt(existing);
        }
        else
        {
            arrival = ++_arrivals;
        }

        var entry = new Entry(participant, priority, arrival);
        var index = _entries.FindIndex(e => Ranks(entry, before: e));
        if (index < 0)
        {
            _entries.Add(entry);
            return _entries.Count;
        }

        _entries.Insert(index, entry);
        return index + 1;
    }

    public bool Remove(string participant) => _entries.RemoveAll(e => e.Participant == participant) > 0;

    public bool TryDequeue(out string participant, out FloorPriority priority)
    {
        if (_entries.Count == 0)
        {
            participant = string.Empty;
            priority = default;
            return false;
        }

        (participant, priority, _) = _entries[0];
        _entries.RemoveAt(0);
        return true;
    }

    public void Clear() => _entries.Clear();

    private bool Ranks(Entry entry, Entry before)
    {
        var byPriority = entry.Priority.CompareTo(before.Priority);
        return byPriority > 0 || (byPriority == 0 && (lastInFirstOut?.On == true ? entry.Arrival > before.Arrival : entry.Arrival < before.Arrival));
    }

    private readonly record struct Entry(string Participant, FloorPriority Priority, long Arrival);
}
