namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>A terminal's radio on the direct-mode channel: where it is (asked at each transmission) and its inbox.</summary>
/// <param name="DeviceId">The terminal.</param>
/// <param name="Where">Its position and surroundings now; null when unknown (it then hears and reaches nobody).</param>
/// <param name="Inbox">Where messages for it arrive.</param>
internal sealed record SidelinkEndpoint(string DeviceId, Func<SidelinkPosition?> Where, SidelinkInbox Inbox);
