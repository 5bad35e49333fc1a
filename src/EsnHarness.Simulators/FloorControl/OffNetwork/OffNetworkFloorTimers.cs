namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>
/// Off-network floor timers and counters (TS 24.380 Annex C.2; the values are left to configuration, TS 24.383 / 24.483).
/// Defaults are those of the NIST psc-ns3 MCPTT model (ESN-DOMAIN-DEPTH §1.1), a model's choices rather than the
/// standard's: a London requirement that depends on one says so.
/// </summary>
public sealed record OffNetworkFloorTimers
{
    /// <summary>T201 Floor Request retransmission.</summary>
    public TimeSpan T201 { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>C201: Floor Requests sent before the requester assumes nobody talks and takes the floor (Floor Taken).</summary>
    public int C201 { get; init; } = 3;

    /// <summary>T203 end of RTP media: no media from the talker for this long and the floor is free again.</summary>
    public TimeSpan T203 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>T205 Floor Granted retransmission, while the grantee's media is awaited.</summary>
    public TimeSpan T205 { get; init; } = TimeSpan.FromMilliseconds(80);

    /// <summary>C205: Floor Granted sends before the grant is given up.</summary>
    public int C205 { get; init; } = 4;

    /// <summary>T206 stop-talking warning (name unconfirmed; psc-ns3 behaviour).</summary>
    public TimeSpan T206 { get; init; } = TimeSpan.FromSeconds(27);

    /// <summary>T207 stop talking: on expiry the talker loses the floor (name unconfirmed). T206 + T207 is the longest burst.</summary>
    public TimeSpan T207 { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>T230 inactivity: no floor activity for this long and the call is assumed ended.</summary>
    public TimeSpan T230 { get; init; } = TimeSpan.FromSeconds(600);

    /// <summary>T233 pending user action: how long a queued user has to accept a grant.</summary>
    public TimeSpan T233 { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How many requests the talker queues (0: queueing off, a request while someone talks is denied with cause 1).</summary>
    public int MaxQueueLength { get; init; } = 8;

    /// <summary>Checks every value: timers positive, counters at least 1, queue length not negative.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        foreach (var (value, name) in new[] { (T201, nameof(T201)), (T203, nameof(T203)), (T205, nameof(T205)), (T206, nameof(T206)), (T207, nameof(T207)), (T230, nameof(T230)), (T233, nameof(T233)) })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"Off-network floor timer {name} is {value}; it must be greater than zero.", name);
            }
        }

        if (C201 < 1 || C205 < 1)
        {
            throw new ArgumentException($"Off-network floor counters C201 ({C201}) and C205 ({C205}) must be at least 1.");
        }

        if (MaxQueueLength < 0)
        {
            throw new ArgumentException($"MaxQueueLength is {MaxQueueLength}; it must not be negative.", nameof(MaxQueueLength));
        }
    }
}
