using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>Where a terminal on the direct-mode channel is: its position and the kind of place it is at.</summary>
/// <param name="Position">Where the user is (not the reported fix: the true position).</param>
/// <param name="Coverage">The coverage type of the place (open ground, in-building, below ground...).</param>
internal sealed record SidelinkPosition(GeoLocation Position, CoverageType Coverage);
