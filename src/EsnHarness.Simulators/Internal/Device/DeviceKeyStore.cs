namespace EsnHarness.Simulators.Internal.Device;

/// <summary>A terminal's secure storage: the group keys (GMK) provisioned to its user, and whether it was wiped.</summary>
internal sealed class DeviceKeyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _groupKeys = new(StringComparer.Ordinal);
    private bool _wiped;

    public bool Wiped
    {
        get
        {
            lock (_gate)
            {
                return _wiped;
            }
        }
    }

    public IReadOnlyList<string> Groups
    {
        get
        {
            lock (_gate)
            {
                return [.. _groupKeys.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    public void Store(string groupId, string gmkId)
    {
        lock (_gate)
        {
            _groupKeys[groupId] = gmkId;
        }
    }

    /// <summary>Marks the store wiped, erasing the keys unless <paramref name="keepKeys"/> (a defect); returns how many it held.</summary>
    public int Wipe(bool keepKeys)
    {
        lock (_gate)
        {
            _wiped = true;
            var count = _groupKeys.Count; // as the terminal reports it, kept or not
            if (!keepKeys)
            {
                _groupKeys.Clear();
            }

            return count;
        }
    }
}
