namespace EsnHarness.Stubs.Internal;

/// <summary>Where a mapping comes from, which decides its identity and the priorities it may use.</summary>
internal enum MappingOrigin
{
    /// <summary>A file of the stubs folder: a stable Guid from its path, priority 0 or more.</summary>
    File,

    /// <summary>A scenario's run-time override: a fresh Guid, any priority (<see cref="MappingParser.OverridePriority"/> when none).</summary>
    Override,

    /// <summary>A defect mapping under <c>_defects/</c>: a stable Guid, any priority (ahead of the overrides when negative enough).</summary>
    Defect,
}
