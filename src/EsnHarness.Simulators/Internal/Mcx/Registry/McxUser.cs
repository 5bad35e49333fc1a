using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Mcx.Downlink;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>A registered user as the registry holds it: effective profile, access token, affiliations, downlink.</summary>
internal sealed class McxUser(McxClientSession downlink, UserProfile profile, string accessToken)
{
    private UserProfile _profile = profile;

    public string McpttId => downlink.McpttId;

    public McxClientSession Downlink => downlink;

    /// <summary>The profile in force. Never changed in place (a change replaces it), so any collaborator may read it without a lock.</summary>
    public UserProfile Profile
    {
        get => Volatile.Read(ref _profile);
        set => Volatile.Write(ref _profile, value);
    }

    /// <summary>The IdMS access token the user registered with (empty = none). A secret: never logged. Guarded by the registry's lock.</summary>
    public string AccessToken { get; set; } = accessToken;

    /// <summary>The groups the user is affiliated to, ordered. Guarded by the registry's lock.</summary>
    public SortedSet<string> Affiliations { get; } = new(StringComparer.Ordinal);

    /// <summary>A dispatcher (console) of its groups: authorised for remote affiliation, or in a dispatcher role.</summary>
    public bool IsDispatcher =>
        Profile.AllowRemoteAffiliation || Profile.Identity.Role.Contains("dispatch", StringComparison.OrdinalIgnoreCase);
}
