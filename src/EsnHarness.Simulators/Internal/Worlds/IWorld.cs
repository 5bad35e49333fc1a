namespace EsnHarness.Simulators.Internal.Worlds;

/// <summary>One role's state of one namespace. Disposing it releases everything it holds (timers, streams, tasks).</summary>
internal interface IWorld : IAsyncDisposable
{
    /// <summary>The namespace's defects, logger, clock, background work and closing signal.</summary>
    WorldScope Scope { get; }
}
