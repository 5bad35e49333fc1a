namespace EsnHarness.Steps.WebConsoles;

/// <summary>One dispatcher position served by an embedded web console; disposing it deregisters the position and stops serving.</summary>
public interface IWebConsoleSeat : IAsyncDisposable
{
    /// <summary>Where the console's screen is served.</summary>
    Uri Address { get; }

    /// <summary>Starts monitoring a group (affiliates the position to it; its tile appears on the screen).</summary>
    Task MonitorAsync(string group, CancellationToken cancellationToken);
}
