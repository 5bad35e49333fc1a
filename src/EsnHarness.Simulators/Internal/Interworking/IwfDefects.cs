using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>The interworking faults a namespace's bridges carry (from the world's <see cref="DefectSet"/>).</summary>
internal sealed record IwfDefects(bool IdentityNotMapped, bool EmergencyAsNormalCall, bool Adds400Ms, bool FloorNotArbitrated, bool StatusAsText, bool FailureNotSignalled)
{
    public static IwfDefects Of(DefectSet defects) => new(
        defects.Has(InterworkingDefects.IdentityNotMapped), defects.Has(InterworkingDefects.EmergencyAsNormalCall),
        defects.Has(InterworkingDefects.Adds400Ms), defects.Has(InterworkingDefects.FloorNotArbitrated),
        defects.Has(InterworkingDefects.StatusAsText), defects.Has(InterworkingDefects.FailureNotSignalled));
}
