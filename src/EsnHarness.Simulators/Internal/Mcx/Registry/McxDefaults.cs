using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>Defaults of TS 24.484 user profiles and TS 24.481 groups as the reference service applies them.</summary>
internal static class McxDefaults
{
    public const uint DefaultMaxAffiliations = 16;
    public const uint DefaultMaxSimultaneousCalls = 4;
    public const uint DefaultMaxQueueLength = 8;

    public static UserProfile Default(UserIdentity identity, uint maxSds) => WithDefaults(new UserProfile
    {
        Identity = identity.Clone(),
        AllowEmergency = true,
        AllowImminentPeril = true,
        AllowBroadcast = true,
        AllowPrivateCall = true,
        AllowRemoteAffiliation = identity.Role.Contains("dispatch", StringComparison.OrdinalIgnoreCase),
        MaxSdsSizeBytes = maxSds,
    }, maxSds);

    public static UserProfile WithDefaults(UserProfile profile, uint maxSds)
    {
        var p = profile.Clone();
        p.MaxAffiliations = p.MaxAffiliations == 0 ? DefaultMaxAffiliations : p.MaxAffiliations;
        p.MaxSimultaneousCalls = p.MaxSimultaneousCalls == 0 ? DefaultMaxSimultaneousCalls : p.MaxSimultaneousCalls;
        p.MaxSimultaneousTransmissions = p.MaxSimultaneousTransmissions == 0 ? 1 : p.MaxSimultaneousTransmissions;
        p.MaxSdsSizeBytes = p.MaxSdsSizeBytes == 0 ? maxSds : p.MaxSdsSizeBytes;
        return p;
    }

    public static GroupConfig WithDefaults(GroupConfig group, TimeSpan hangTime)
    {
        var g = group.Clone();
        g.HangTimeMs = g.HangTimeMs == 0 ? (uint)hangTime.TotalMilliseconds : g.HangTimeMs;
        g.MaxQueueLength = g.MaxQueueLength == 0 ? DefaultMaxQueueLength : g.MaxQueueLength;
        g.MaxTalkTimeMs = g.MaxTalkTimeMs == 0 ? 30_000 : g.MaxTalkTimeMs;
        g.DefaultCallType = g.DefaultCallType == CallType.Unspecified ? CallType.PrearrangedGroup : g.DefaultCallType;
        return g;
    }
}
