namespace EsnHarness.Simulators.Defects;

/// <summary>
/// One defect of a namespace's <see cref="DefectSet"/>, handed to a collaborator built before the behaviour it changes
/// happens: <see cref="On"/> consults the set when it is read, so a collaborator reads it only at the moment the defect
/// would change what it does, and the namespace records the consultation then (not when a terminal is built). That is what
/// keeps <c>esn mutate</c>'s reach to the scenarios a defect could change.
/// </summary>
public sealed class DefectSwitch
{
    private readonly DefectSet _set;
    private readonly Defect? _defect;

    private DefectSwitch(DefectSet set, Defect? defect)
    {
        _set = set;
        _defect = defect;
    }

    /// <summary>A switch that is never on and records nothing (a collaborator built without a defect set).</summary>
    public static DefectSwitch Off { get; } = new(DefectSet.None, null);

    /// <summary>Whether the defect is switched on; reading it records the consultation in a recording set.</summary>
    public bool On => _defect is not null && _set.Has(_defect);

    /// <summary>The switch for <paramref name="defect"/> in <paramref name="set"/>.</summary>
    public static DefectSwitch Of(DefectSet set, Defect defect) => new(set, defect);
}
