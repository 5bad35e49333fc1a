namespace EsnHarness.Steps.Drivers;

/// <summary>One late entry, milliseconds from the affiliation request.</summary>
/// <param name="Connected">To Call Connected.</param>
/// <param name="Taken">To the first Floor Taken naming the talker.</param>
/// <param name="Heard">To the start of play-out of the talker's first frame.</param>
/// <param name="Keyed">To holding the group key (0 on a group without application-layer encryption).</param>
internal sealed record LateEntrySample(double Connected, double Taken, double Heard, double Keyed)
{
    /// <summary>The late entry time: until the member is told who talks, hears them and (encrypted) holds the key.</summary>
    public double Total => Math.Max(Math.Max(Taken, Heard), Keyed);
}
