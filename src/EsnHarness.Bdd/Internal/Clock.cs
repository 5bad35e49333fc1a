using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Message timestamps and durations from the injected <see cref="TimeProvider"/>.</summary>
internal sealed class Clock(TimeProvider time)
{
    public Messages.Timestamp Now()
    {
        var now = time.GetUtcNow();
        var ticks = now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Messages.Timestamp(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100);
    }

    public long Start() => time.GetTimestamp();

    public TimeSpan Elapsed(long start) => time.GetElapsedTime(start);

    public static Messages.Duration ToDuration(TimeSpan span) =>
        new(span.Ticks / TimeSpan.TicksPerSecond, span.Ticks % TimeSpan.TicksPerSecond * 100);
}
