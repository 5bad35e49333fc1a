using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Who the terminal is on the MCX service (identity, kind, registration) and which groups it is affiliated to and has selected.</summary>
internal sealed class DeviceRegistration(string deviceId, DeviceUplink uplink)
{
    private readonly Lock _gate = new();
    private readonly SortedSet<string> _affiliations = new(StringComparer.Ordinal);
    private UserIdentity _identity = new();
    // Written under the lock, read without it: every received voice frame asks a console's audio select for both.
    private volatile DeviceKind _kind;
    private volatile string _selectedGroup = "";
    private bool _registered;

    public string McpttId => Volatile.Read(ref _identity).McpttId;

    public UserIdentity Identity => Volatile.Read(ref _identity);

    public DeviceKind Kind => _kind;

    /// <summary>True while registered on the MCX service (a terminal powered on in direct mode never is).</summary>
    public bool IsRegistered
    {
        get
        {
            lock (_gate)
            {
                return _registered;
            }
        }
    }

    public string SelectedGroup => _selectedGroup;

    /// <summary>The identity and kind the terminal powers on with (not yet registered).</summary>
    public void PowerOn(UserIdentity identity, DeviceKind kind)
    {
        lock (_gate)
        {
            Volatile.Write(ref _identity, identity.Clone());
            _kind = kind == DeviceKind.Unspecified ? DeviceKind.Handheld : kind;
        }
    }

    public void Registered()
    {
        lock (_gate)
        {
            _registered = true;
        }
    }

    /// <summary>Powered off: no registration, no affiliation (the selected group stays, as on a real terminal).</summary>
    public void PoweredOff()
    {
        lock (_gate)
        {
            _affiliations.Clear();
            _registered = false;
        }
    }

    public async Task AffiliateAsync(string groupId, bool affiliate, CancellationToken ct)
    {
        var request = new AffiliationRequest { McpttId = McpttId, GroupId = groupId };
        var response = await uplink.RequestAsync(mcx => affiliate
            ? mcx.AffiliateAsync(request, uplink.Headers, cancellationToken: ct).ResponseAsync
            : mcx.DeaffiliateAsync(request, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        lock (_gate)
        {
            _affiliations.Clear();
            _affiliations.UnionWith(response.AffiliatedGroups);
            if (!affiliate && _selectedGroup == groupId)
            {
                _selectedGroup = "";
            }
        }
    }

    public async Task SelectGroupAsync(string groupId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(groupId))
        {
            throw Errors.Invalid(Errors.Required("group_id"));
        }

        // Ask the service so an unknown group is refused here, not at the first PTT.
        await uplink.RequestAsync(mcx => mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = groupId }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        lock (_gate)
        {
            _selectedGroup = groupId;
        }
    }

    /// <summary>An authorised dispatcher changed the selected group (the service affiliated the terminal to it first).</summary>
    public void SelectedRemotely(string groupId)
    {
        lock (_gate)
        {
            _selectedGroup = groupId;
        }
    }

    /// <summary>
    /// An affiliation change the service pushed (e.g. remote affiliation by a dispatcher). The service also tells the
    /// terminal of the changes it asked for itself, but the answer to its own request already set them, and that event
    /// travels down behind the call's voice: a deaffiliation's notice arriving after the terminal affiliated again would
    /// otherwise undo the new affiliation. So only changes made by someone else are applied here.
    /// </summary>
    public void OnAffiliation(AffiliationEvent e)
    {
        lock (_gate)
        {
            if (e.Affiliation.ChangedBy.Length > 0 && string.Equals(e.Affiliation.ChangedBy, McpttId, StringComparison.Ordinal))
            {
                return;
            }

            if (e.Affiliation.State == AffiliationState.Affiliated)
            {
                _affiliations.Add(e.Affiliation.GroupId);
            }
            else
            {
                _affiliations.Remove(e.Affiliation.GroupId);
            }
        }
    }

    public string RequireSelectedGroup() =>
        SelectedGroup is { Length: > 0 } group ? group
            : throw Errors.Precondition($"device_id '{deviceId}' has no selected group: call SelectGroup or name a call_id");

    public void Describe(DeviceState state)
    {
        lock (_gate)
        {
            state.Kind = _kind;
            state.Identity = _identity;
            state.Registered = _registered;
            state.SelectedGroup = _selectedGroup;
            state.AffiliatedGroups.AddRange(_affiliations);
        }
    }
}
