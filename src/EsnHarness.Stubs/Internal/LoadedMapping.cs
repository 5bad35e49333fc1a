using WireMock.Admin.Mappings;

namespace EsnHarness.Stubs.Internal;

/// <summary>A parsed, checked mapping and where it came from.</summary>
internal sealed record LoadedMapping(string Endpoint, string File, MappingModel Model);
