using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>What a <see cref="CatalogueBuilder"/> made of a places file.</summary>
internal sealed record CatalogueParts(
    IReadOnlyDictionary<string, Place> Places,
    IReadOnlyDictionary<string, Cell> Cells,
    IReadOnlyDictionary<string, Site> Sites,
    IReadOnlyDictionary<string, Line> Lines,
    IReadOnlyDictionary<CoverageType, LinkProfile> Coverage,
    AirModel Air,
    QosSettings Qos,
    uint ReselectionMs);
