using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>Conversions between Cucumber's protobuf-style timestamps and .NET time.</summary>
internal static class Time
{
    public static DateTimeOffset ToDateTimeOffset(Timestamp timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp.Seconds).AddTicks(timestamp.Nanos / 100);

    public static TimeSpan ToTimeSpan(Duration? duration) =>
        duration is null ? TimeSpan.Zero : TimeSpan.FromSeconds(duration.Seconds) + TimeSpan.FromTicks(duration.Nanos / 100);

    public static Timestamp ToTimestamp(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        return new Timestamp(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * 100);
    }

    public static int Compare(Timestamp a, Timestamp b) =>
        a.Seconds != b.Seconds ? a.Seconds.CompareTo(b.Seconds) : a.Nanos.CompareTo(b.Nanos);
}
