namespace EsnHarness.Stubs;

/// <summary>A loaded mapping as the catalogue lists it.</summary>
/// <param name="Endpoint">The endpoint folder it belongs to (e.g. <c>idms</c>).</param>
/// <param name="Title">The mapping's Title.</param>
/// <param name="File">The file it came from, under the stubs folder given.</param>
/// <param name="Description">The mapping's Description, if any.</param>
public sealed record StubMappingInfo(string Endpoint, string Title, string File, string? Description);
