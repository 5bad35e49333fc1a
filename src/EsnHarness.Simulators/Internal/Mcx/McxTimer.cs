using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// Timers of the MCX service (private-call ringing, maximum call duration, SDS retransmission) on the world's clock. A
/// callback that throws is logged with what the timer was for, never lost and never allowed to take the host down.
/// Whoever starts one disposes of it (the world disposes of every one still running when the namespace closes).
/// </summary>
internal static class McxTimer
{
    public static ITimer Start(WorldScope scope, string what, Action callback, TimeSpan due, TimeSpan period) =>
        scope.Time.CreateTimer(_ => Run(scope, what, callback), null, due, period);

    public static ITimer Once(WorldScope scope, string what, Action callback, TimeSpan due) =>
        Start(scope, what, callback, due, Timeout.InfiniteTimeSpan);

    private static void Run(WorldScope scope, string what, Action callback)
    {
        try
        {
            callback();
        }
        catch (Exception e)
        {
            McxLog.TimerFailed(scope.Logger, e, scope.Namespace, what);
        }
    }
}
