namespace EsnHarness.Stubs.Internal;

/// <summary>What WireMock would have answered, kept so a fault can send part of it.</summary>
internal sealed record CapturedResponse(int StatusCode, string? ContentType, byte[] Body);
