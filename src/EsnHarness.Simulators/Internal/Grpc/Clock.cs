using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>Protobuf timestamps from the injected clock.</summary>
internal static class Clock
{
    public static Timestamp Now(TimeProvider time) => Timestamp.FromDateTimeOffset(time.GetUtcNow());

    public static TimeSpan Ms(uint milliseconds, TimeSpan fallback) =>
        milliseconds == 0 ? fallback : TimeSpan.FromMilliseconds(milliseconds);
}
