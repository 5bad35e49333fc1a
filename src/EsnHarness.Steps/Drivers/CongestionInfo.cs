namespace EsnHarness.Steps.Drivers;

/// <summary>A cell's load after pre-emption (fractions of capacity).</summary>
public sealed record CongestionInfo(double PublicOffered, double PublicCarried, double PublicPreempted, bool MissionCriticalAdmitted);
