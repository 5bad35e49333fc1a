namespace EsnHarness.Steps.Model;

/// <summary>Why a terminal sent a location report (TS 24.379 §13 location reporting triggers).</summary>
public enum LocationTrigger
{
    /// <summary>The periodic interval passed.</summary>
    Periodic,

    /// <summary>The terminal travelled the distance trigger.</summary>
    Distance,

    /// <summary>The terminal changed cell.</summary>
    CellChange,

    /// <summary>The user logged on.</summary>
    LogOn,

    /// <summary>The user raised an emergency alert.</summary>
    EmergencyAlert,

    /// <summary>The user started an emergency call.</summary>
    EmergencyCall,

    /// <summary>Reported on request.</summary>
    Manual,
}
