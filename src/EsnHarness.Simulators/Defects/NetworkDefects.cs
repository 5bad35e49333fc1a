namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of the radio network model: coverage, site isolation, reselection, QoS and handover.</summary>
public static class NetworkDefects
{
    /// <summary>Terminals stay out of service for the whole site outage instead of camping on a neighbour cell.</summary>
    public static readonly Defect NoNeighbourReselection = new(
        "network.no-neighbour-reselection", "network",
        "When the site serving a place fails, its terminals never reselect to a neighbour cell: users stay without service until the site is repaired.",
        "TS 36.304 §5.2.4 (cell reselection); REQ-LDN-RES-001..003 (calls resume on a neighbour site)");

    /// <summary>A site outage takes out every macro and in-building site: the cells are not separated.</summary>
    public static readonly Defect SiteOutageNotIsolated = new(
        "network.site-outage-not-isolated", "network",
        "One site's outage takes every street and in-building cell in London with it (cells not separated), so a mast failing in Westminster silences Stratford.",
        "REQ-LDN-RES-001 (a neighbouring site carries the call); issue 12 (site outages affect only the users those cells serve)");

    /// <summary>A line head-end outage takes out every line's tunnel cells.</summary>
    public static readonly Defect HeadEndOutageAllLines = new(
        "network.head-end-outage-all-lines", "network",
        "A head-end outage on one Underground line takes out the tunnel cells of every line, not only its own.",
        "London Underground neutral-host design (one head-end per line section); issue 12 theme 4 (a head-end outage on one line)");

    /// <summary>Public load and mission-critical traffic share the cell without QCI or ARP.</summary>
    public static readonly Defect PublicLoadDegradesMc = new(
        "network.public-load-degrades-mc", "network",
        "Mission-critical traffic rides the default best-effort bearer (QCI 9, no ARP pre-emption): public load in a full cell degrades responders' calls and nothing is pre-empted.",
        "TS 23.203 §6.1.4, §6.1.7 (QCI 65/69/70, ARP pre-emption); REQ-LDN-COV-015/016");

    /// <summary>Mission-critical demand beyond capacity ignores ARP priority between MC bearers.</summary>
    public static readonly Defect McOverloadIgnoresArp = new(
        "network.mc-overload-ignores-arp", "network",
        "When mission-critical demand exceeds a cell's capacity, an emergency (higher ARP) bearer is queued like routine traffic instead of pre-empting it.",
        "TS 23.203 §6.1.4 (ARP priority decides admission under congestion); TS 22.179 §6.8 (emergency priority)");

    /// <summary>Call-level pre-emption in a full cell picks the highest-priority vulnerable session instead of the lowest.</summary>
    public static readonly Defect McPreemptionWrongVictim = new(
        "network.mc-preemption-wrong-victim", "network",
        "When a cell's mission-critical capacity runs out, the emergency call pre-empts the most important routine call there instead of the least important: the lowest-priority call survives.",
        "TS 23.203 §6.1.4 (ARP: pre-empt bearers of lower priority); TS 24.379 §4.13 (resource management by priority)");

    /// <summary>The link of an ESN Air terminal ignores its altitude.</summary>
    public static readonly Defect AirAltitudeIgnored = new(
        "network.air-altitude-ignored", "network",
        "Air-to-ground coverage ignores the aircraft's altitude: 500 ft and 10,000 ft behave alike and an aircraft above ESN Air's ceiling keeps service.",
        "ESN Air 500 to 10,000 ft (ESN-DOMAIN §1); REQ-LDN-COV-013/014");

    /// <summary>A handover between cells drops the terminal's bearers.</summary>
    public static readonly Defect HandoverDropsBearers = new(
        "network.handover-drops-bearers", "network",
        "Moving between cells in service (a train between tunnel cells) drops the connection: the terminal loses service for the re-establishment time and the call with it.",
        "TS 36.331 §5.3.5 (handover keeps the bearers); acceptance practice: handover interruption < 150 ms (ESN-DOMAIN §3)");

    /// <summary>Every network defect.</summary>
    public static IReadOnlyList<Defect> All { get; } =
    [
        NoNeighbourReselection, SiteOutageNotIsolated, HeadEndOutageAllLines, PublicLoadDegradesMc, McOverloadIgnoresArp,
        AirAltitudeIgnored, HandoverDropsBearers, McPreemptionWrongVictim,
    ];
}
