namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>Answer to adding a mapping: its Guid, to remove it later.</summary>
internal sealed record MappingAdded(Guid Guid);
