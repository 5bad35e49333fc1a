namespace EsnHarness.Stubs;

/// <summary>
/// Where a scenario opens its own stub session when the HTTP roles are embedded: the run's <see cref="StubHost"/>, put in
/// the run context by the process's composition root. Steps depend on this, not on the host, so they never start one.
/// </summary>
public interface IStubSessionSource
{
    /// <summary>Opens an isolated session for one scenario, with <paramref name="defects"/> (stub defects such as
    /// <c>cad.*</c>) switched on in it; dispose it at the scenario's end.</summary>
    Task<IStubSession> OpenSessionAsync(IEnumerable<string> defects, CancellationToken cancellationToken = default);
}
