namespace EsnHarness.Steps.Model;

/// <summary>What the sender of a short data message asks to be told (TS 24.282).</summary>
[Flags]
public enum Disposition
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Told when it reaches the recipient's terminal.</summary>
    Delivered = 1,

    /// <summary>Told when the recipient opens it.</summary>
    Read = 2,
}
