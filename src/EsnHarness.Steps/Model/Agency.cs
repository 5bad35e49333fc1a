namespace EsnHarness.Steps.Model;

/// <summary>The three London blue-light services the catalogue is written for.</summary>
public enum Agency
{
    /// <summary>Metropolitan Police Service.</summary>
    Mps,

    /// <summary>London Fire Brigade.</summary>
    Lfb,

    /// <summary>London Ambulance Service.</summary>
    Las,
}
