using System.Collections.Frozen;

namespace EsnHarness.Simulators.Defects;

/// <summary>
/// The defects switched on for one namespace: the seam every reference world consults (<c>defects.Has(McxDefects.X)</c>).
/// Immutable; empty for a faithful implementation.
/// </summary>
public sealed class DefectSet
{
    private readonly FrozenSet<string> _names;

    private DefectSet(IEnumerable<string> names) => _names = names.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>No defect: the faithful reference behaviour.</summary>
    public static DefectSet None { get; } = new([]);

    /// <summary>The active defect names, ordered.</summary>
    public IReadOnlyList<string> Names => [.. _names.Order(StringComparer.Ordinal)];

    /// <summary>True when no defect is active.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>Whether <paramref name="defect"/> is switched on.</summary>
    public bool Has(Defect defect) => _names.Contains(defect.Name);

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
