using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace EsnHarness.Simulators.Defects;

/// <summary>
/// The defects switched on for one namespace: the seam every reference world consults (<c>defects.Has(McxDefects.X)</c>).
/// The active names never change; a namespace's set also records which defects its worlds consulted (<see cref="Consulted"/>),
/// whether active or not: a defect that was never consulted in a scenario cannot have changed what that scenario saw, which is
/// how <c>esn mutate</c> knows which scenarios a defect can reach. Empty for a faithful implementation.
/// </summary>
public sealed class DefectSet
{
    private readonly FrozenSet<string> _names;
    private readonly ConcurrentDictionary<string, byte>? _consulted;
    private readonly ConcurrentDictionary<string, DefectSwitch> _switches = new(StringComparer.Ordinal);

    private DefectSet(IEnumerable<string> names, bool recording = false)
    {
        _names = names.ToFrozenSet(StringComparer.Ordinal);
        _consulted = recording ? new ConcurrentDictionary<string, byte>(StringComparer.Ordinal) : null;
    }

    /// <summary>No defect: the faithful reference behaviour.</summary>
    public static DefectSet None { get; } = new([]);

    /// <summary>The active defect names, ordered.</summary>
    public IReadOnlyList<string> Names => [.. _names.Order(StringComparer.Ordinal)];

    /// <summary>True when no defect is active.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>Whether <paramref name="defect"/> is switched on; a recording set notes that it was consulted.</summary>
    public bool Has(Defect defect)
    {
        NoteReached(defect);
        return IsOn(defect);
    }

    /// <summary>
    /// Whether <paramref name="defect"/> is switched on, without noting a consultation: for a defect whose effect is decided
    /// elsewhere (the call priority an MCX signals only matters where the network chooses by it), so the part that decides
    /// notes it (<see cref="NoteReached"/>) and a scenario in which nothing decided by it is not counted as reached.
    /// </summary>
    public bool IsOn(Defect defect) => _names.Contains(defect.Name);

    /// <summary>Notes (in a recording set) that <paramref name="defect"/> decided something here, on or off: the part that decides
    /// by a defect read elsewhere with <see cref="IsOn"/>.</summary>
    public void NoteReached(Defect defect)
    {
        // Read first: TryAdd takes a lock even when the name is there, and a defect is consulted again and again.
        if (_consulted is { } consulted && !consulted.ContainsKey(defect.Name))
        {
            consulted.TryAdd(defect.Name, 0);
        }
    }

    /// <summary>This set's switch for <paramref name="defect"/>, one per defect (see <see cref="DefectSwitch.Of"/>); the
    /// switch that is never on when this set neither has it nor records.</summary>
    internal DefectSwitch Switch(Defect defect) =>
        _consulted is null && !IsOn(defect) ? DefectSwitch.Off : _switches.GetOrAdd(defect.Name, static (_, state) => new DefectSwitch(state.Set, state.Defect), (Set: this, Defect: defect));

    /// <summary>The defects consulted so far (active or not), ordered; empty unless this set records (<see cref="Recording"/>).</summary>
    public IReadOnlyList<string> Consulted => _consulted is null ? [] : [.. _consulted.Keys.Order(StringComparer.Ordinal)];

    /// <summary>A copy with the same active defects that records every defect consulted: one per namespace.</summary>
    public DefectSet Recording() => new(_names, recording: true);

    /// <summary>A set of known defects.</summary>
    /// <exception cref="ArgumentException">A name no reference implementation defines; the message names it and the known ones' count.</exception>
    public static DefectSet Of(IEnumerable<string> names)
    {
        var list = names.ToList();
        foreach (var name in list)
        {
            if (SimulatorDefects.Find(name) is null)
            {
                throw new ArgumentException($"unknown defect '{name}'; `esn defects` lists the {SimulatorDefects.All.Count} the simulators know");
            }
        }

        return list.Count == 0 ? None : new DefectSet(list);
    }

    /// <summary>This set and <paramref name="other"/> together.</summary>
    public DefectSet Union(DefectSet other) =>
        other.IsEmpty ? this : IsEmpty ? other : new DefectSet(_names.Concat(other._names));
}
