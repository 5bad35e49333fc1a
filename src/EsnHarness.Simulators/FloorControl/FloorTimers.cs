namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Floor control timers and counters (TS 24.380 §11.1 participant, §11.2 server; the values are
/// configurable there). Defaults follow ESN-DOMAIN §4 (NIST psc-ns3 model).
/// </summary>
public sealed record FloorTimers
{
    /// <summary>T1 end of RTP media at the server: no media from the talker for this long counts as a release.</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>T2 stop talking: the talk time limit; on expiry the talker is revoked with cause 2.</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>T3 stop talking grace: after a Floor Revoke, how long the talker may go on before the floor is taken away.</summary>
    public TimeSpan T3 { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>T4 inactivity: how long the floor may stay idle before the call layer is told.</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>T7 Floor Idle: interval between repeated Floor Idle messages.</summary>
    public TimeSpan T7 { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>T20 Floor Granted: interval between repeated Floor Granted messages until media arrives.</summary>
    public TimeSpan T20 { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>T100 Floor Release: participant retransmission interval of Floor Release.</summary>
    public TimeSpan T100 { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>T101 Floor Request: participant retransmission interval of Floor Request.</summary>
    public TimeSpan T101 { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// T103 end of RTP media at the participant: no received media for this long makes the participant
    /// treat the floor as idle. Assumption: 4 s default (mirrors T1); TS 24.380 leaves it configurable.
    /// </summary>
    public TimeSpan T103 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>T132 queued request granted: how long the user has to accept a grant for a queued request.</summary>
    public TimeSpan T132 { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>C7 Floor Idle: how many times Floor Idle is sent in all.</summary>
    public int C7 { get; init; } = 10;

    /// <summary>C20 Floor Granted: how many times Floor Granted is sent in all before giving up waiting for media.</summary>
    public int C20 { get; init; } = 3;

    /// <summary>C100 Floor Release: how many times Floor Release is sent in all.</summary>
    public int C100 { get; init; } = 3;

    /// <summary>C101 Floor Request: how many times Floor Request is sent in all.</summary>
    public int C101 { get; init; } = 3;

    /// <summary>
    /// Checks every value: timers must be positive (T3 may be zero: the floor is taken back at once), counters
    /// at least 1.
    /// </summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        RequirePositive(T1, nameof(T1));
        RequirePositive(T2, nameof(T2));
        RequireNotNegative(T3, nameof(T3));
        RequirePositive(T4, nameof(T4));
        RequirePositive(T7, nameof(T7));
        RequirePositive(T20, nameof(T20));
        RequirePositive(T100, nameof(T100));
        RequirePositive(T101, nameof(T101));
        RequirePositive(T103, nameof(T103));
        RequirePositive(T132, nameof(T132));
        RequireAtLeastOne(C7, nameof(C7));
        RequireAtLeastOne(C20, nameof(C20));
        RequireAtLeastOne(C100, nameof(C100));
        RequireAtLeastOne(C101, nameof(C101));
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Floor timer {name} is {value}; it must be greater than zero.", name);
        }
    }

    private static void RequireNotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentException($"Floor timer {name} is {value}; it must not be negative.", name);
        }
    }

    private static void RequireAtLeastOne(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentException($"Floor counter {name} is {value}; it must be at least 1.", name);
        }
    }
}
