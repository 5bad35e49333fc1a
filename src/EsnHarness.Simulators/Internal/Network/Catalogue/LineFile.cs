namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>An Underground or Elizabeth line section in a places file: its head-end and its places in running order.</summary>
internal sealed record LineFile(
    string? LineId,
    string? Name,
    string? HeadEndSiteId,
    List<string>? Places,
    uint? RunMs = null,
    uint? DwellMs = null);
