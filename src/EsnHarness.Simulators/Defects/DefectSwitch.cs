namespace EsnHarness.Simulators.Defects;

/// <summary>
/// One defect of a namespace's <see cref="DefectSet"/>, handed to a collaborator built before the behaviour it changes
/// happens: <see cref="On"/> consults the set when it is read, so a collaborator reads it only at the moment the defect
/// would change what it does, and the namespace records the consultation then (not when a terminal is built). That is what
/// keeps <c>esn mutate</c>'s reach to the scenarios a defect could change.
/// </summary>
/// <remarks>One switch per defect and set, shared by every collaborator of the namespace (a terminal's dozen switches
/// were a dozen objects each); the set's active names never change, so whether it is on is read once, and the
/// consultation is noted on the first read (the set records a name once however often it is consulted).</remarks>
public sealed class DefectSwitch
{
    private readonly DefectSet _set;
    private readonly Defect? _defect;
    private readonly bool _on;
    private volatile bool _noted;

    internal DefectSwitch(DefectSet set, Defect? defect)
    {
        _set = set;
        _defect = defect;
        _on = defect is not null && set.IsOn(defect);
    }

    /// <summary>A switch that is never on and records nothing (a collaborator built without a defect set).</summary>
    public static DefectSwitch Off { get; } = new(DefectSet.None, null);

    /// <summary>Whether the defect is switched on; reading it records the consultation in a recording set.</summary>
    public bool On
    {
        get
        {
            if (_defect is null)
            {
                return false;
            }

            if (!_noted)
            {
                _set.NoteReached(_defect);
                _noted = true;
            }

            return _on;
        }
    }

    /// <summary>The switch for <paramref name="defect"/> in <paramref name="set"/>.</summary>
    public static DefectSwitch Of(DefectSet set, Defect defect) => set.Switch(defect);
}
