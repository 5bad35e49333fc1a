using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators;

/// <summary>
/// The device simulator's model of direct mode (off-network MCPTT over the ProSe sidelink, PC5; the Airwave DMO
/// equivalent): who hears whom, what the sidelink does to each message, and the off-network call and floor timers.
/// Every figure is a modelling assumption, not a measurement or a value the standard fixes, and each is configurable:
/// a London requirement that depends on one says so.
/// </summary>
public sealed record DirectModeOptions
{
    /// <summary>Range between terminals on open ground (surface places): 1,000 m. Assumption: a 200 mW (23 dBm) handheld
    /// on the 700/800 MHz ESN bands at street level among London's buildings, in line with the 1 to 2 km commonly quoted
    /// for Airwave DMO handhelds in open ground.</summary>
    public double OpenGroundRangeM { get; init; } = 1000;

    /// <summary>Range on the river: 2,000 m (open water, few obstructions). Assumption.</summary>
    public double RiverRangeM { get; init; } = 2000;

    /// <summary>Range between terminals at an ESN Air place (aircraft): 5,000 m (line of sight from altitude). Assumption.</summary>
    public double AirRangeM { get; init; } = 5000;

    /// <summary>Range inside a large building or venue: 150 m (floors and walls). Assumption.</summary>
    public double InBuildingRangeM { get; init; } = 150;

    /// <summary>Range in a deep Underground station (platforms, passages): 150 m. Assumption.</summary>
    public double DeepStationRangeM { get; init; } = 150;

    /// <summary>Range along a running tunnel (Underground, Elizabeth line, road tunnels): 300 m; a tunnel guides the
    /// signal along its line but bends and trains shorten it. Assumption.</summary>
    public double TunnelRangeM { get; init; } = 300;

    /// <summary>Range at a place the network does not reach (basements, voids of a collapsed building): 100 m; such places
    /// are taken to be enclosed. Assumption.</summary>
    public double NoCoverageRangeM { get; init; } = 100;

    /// <summary>Terminals below ground (deep stations, tunnels, the Elizabeth line) and terminals above it never hear each
    /// other, whatever the distance: the ground in between stops the sidelink. Assumption.</summary>
    public bool GroundSeparates { get; init; } = true;

    /// <summary>One-way sidelink latency of every message (signalling and voice): 20 ms. Assumption: ProSe one-to-many
    /// communication with autonomous resource selection waits for its sidelink control period (40 ms at the shortest,
    /// TS 36.331 sl-Period-r12), half a period on average.</summary>
    public TimeSpan SidelinkLatency { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Extra delay drawn uniformly from 0 to this per message: 20 ms (the rest of a control period). Assumption.</summary>
    public TimeSpan SidelinkJitter { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Probability that one message is lost between two terminals in range: 1 %. Assumption; off-network call and
    /// floor control recover by retransmission (T201, TFG3, TFP1), lost voice is not resent.</summary>
    public double SidelinkLossRatio { get; init; } = 0.01;

    /// <summary>
    /// Off-network floor control timers and counters (TS 24.380 Annex C.2); the queue length is each group's (queueing on:
    /// this value; off: none). As psc-ns3's defaults except T201, 200 ms instead of 40 ms: a Floor Request must be
    /// answered within one T201 over a sidelink whose round trip here is up to 80 ms, or the requester asks again and,
    /// after C201 requests, takes the floor over the talker (an assumption, configurable).
    /// </summary>
    public OffNetworkFloorTimers FloorTimers { get; init; } = new() { T201 = TimeSpan.FromMilliseconds(200) };

    /// <summary>TFG1: how long a caller waits for a GROUP CALL ANNOUNCEMENT after its GROUP CALL PROBE before it announces
    /// a new call itself (TS 24.379 §10.2.2): 300 ms, past a few sidelink round trips (psc-ns3 uses 150 ms with a
    /// faster link; an assumption).</summary>
    public TimeSpan ProbeWait { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>TFG3: GROUP CALL PROBE retransmission while waiting: 100 ms, past one sidelink round trip (psc-ns3: 40 ms).</summary>
    public TimeSpan ProbeRetransmit { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>TFG2: a participant in an ongoing call announces it again this often, so terminals coming into range
    /// join it (5 s; an assumption: psc-ns3 computes its own period).</summary>
    public TimeSpan Reannounce { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>TFP1 (name unconfirmed): PRIVATE CALL SETUP REQUEST retransmission: 200 ms, past one sidelink round trip
    /// (psc-ns3: 40 ms over a faster link; an assumption).</summary>
    public TimeSpan PrivateCallRetransmit { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>CFP1: PRIVATE CALL SETUP REQUESTs sent before the called user is taken to be out of reach (3 as in psc-ns3).</summary>
    public int PrivateCallAttempts { get; init; } = 3;

    /// <summary>How long a manual-commencement private call rings unanswered before it fails (30 s, as psc-ns3's TFP2).</summary>
    public TimeSpan PrivateCallRinging { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Checks every value; the message names the one out of range.</summary>
    /// <exception cref="ArgumentException">A range is negative, a timer not positive, the loss outside 0..1.</exception>
    public void Validate()
    {
        foreach (var (value, name) in new[]
        {
            (OpenGroundRangeM, nameof(OpenGroundRangeM)), (RiverRangeM, nameof(RiverRangeM)), (AirRangeM, nameof(AirRangeM)),
            (InBuildingRangeM, nameof(InBuildingRangeM)), (DeepStationRangeM, nameof(DeepStationRangeM)), (TunnelRangeM, nameof(TunnelRangeM)),
            (NoCoverageRangeM, nameof(NoCoverageRangeM)),
        })
        {
            if (double.IsNaN(value) || value < 0 || value > 100_000)
            {
                throw new ArgumentException($"Direct mode {name} is {value}; it must be 0 to 100,000 metres.", name);
            }
        }

        // A sidelink message is never delivered inside its sender's call: the latency must be positive.
        foreach (var (value, name) in new[]
        {
            (SidelinkLatency, nameof(SidelinkLatency)), (ProbeWait, nameof(ProbeWait)), (ProbeRetransmit, nameof(ProbeRetransmit)),
            (Reannounce, nameof(Reannounce)), (PrivateCallRetransmit, nameof(PrivateCallRetransmit)), (PrivateCallRinging, nameof(PrivateCallRinging)),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"Direct mode {name} is {value}; it must be greater than zero.", name);
            }
        }

        if (SidelinkJitter < TimeSpan.Zero || double.IsNaN(SidelinkLossRatio) || SidelinkLossRatio is < 0 or > 1 || PrivateCallAttempts < 1)
        {
            throw new ArgumentException(
                $"Direct mode sidelink jitter ({SidelinkJitter}) must not be negative, loss ({SidelinkLossRatio}) must be 0..1 and private call attempts ({PrivateCallAttempts}) at least 1.");
        }

        FloorTimers.Validate();
    }
}
