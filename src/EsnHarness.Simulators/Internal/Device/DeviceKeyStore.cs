using EsnHarness.Contracts.Device.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>A terminal's secure storage: the group keys (GMK) provisioned to its user, what the KMS last answered for each
/// group the key management client asked about, and whether it was wiped.</summary>
internal sealed class DeviceKeyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _groupKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GroupKeyRequestOutcome> _requests = new(StringComparer.Ordinal);
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

    /// <summary>The KMS's last answer per group the key management client asked about, ordered by group.</summary>
    public IReadOnlyList<GroupKeyRequestOutcome> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.Clone())];
            }
        }
    }

    /// <summary>Records the KMS's answer to a group key request, keeping the key when one came.</summary>
    public void Answered(GroupKeyRequestOutcome outcome)
    {
        lock (_gate)
        {
            _requests[outcome.GroupId] = outcome;
            if (outcome.GmkId.Length > 0)
            {
                _groupKeys[outcome.GroupId] = outcome.GmkId;
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
                _requests.Clear();
            }

            return count;
        }
    }
}
