using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Emergency;

/// <summary>What raised an emergency alert and when: the button (default) or the man-down sensor, now or earlier (an alert a
/// terminal stored while out of coverage, sent when service returned).</summary>
internal static class EmergencyTriggers
{
    public const string Button = "button";
    public const string ManDown = "man-down";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(1);

    /// <summary>The request's trigger time, checked: not in the future (beyond clock skew); now when absent.</summary>
    public static Timestamp TriggeredAt(RaiseEmergencyAlertRequest request, TimeProvider time)
    {
        if (request.Trigger.Length > 0 && request.Trigger is not (Button or ManDown))
        {
            throw Errors.Invalid($"field 'trigger' is '{McxIds.Shown(request.Trigger)}'; use \"{Button}\" or \"{ManDown}\" (or leave it empty)");
        }

        var now = time.GetUtcNow();
        if (request.TriggeredAt is null)
        {
            return Timestamp.FromDateTimeOffset(now);
        }

        var at = request.TriggeredAt.ToDateTimeOffset();
        return at > now + ClockSkew
            ? throw Errors.Invalid($"field 'triggered_at' ({at:O}) is later than the service's clock ({now:O})")
            : request.TriggeredAt.Clone();
    }
}
