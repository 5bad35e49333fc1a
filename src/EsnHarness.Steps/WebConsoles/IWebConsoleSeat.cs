namespace EsnHarness.Steps.WebConsoles;

/// <summary>
/// An embedded web console serving one dispatcher position at a time; disposing it deregisters the position and stops serving.
/// Between two scenarios it is vacated and re-seated at the next scenario's position, so the console and the page logged in to
/// it are kept (the reference console's page, left open, clears when the position ends and shows the next one when it is seated).
/// </summary>
public interface IWebConsoleSeat : IAsyncDisposable
{
    /// <summary>Where the console's screen is served (the same for every position the console is seated at).</summary>
    Uri Address { get; }

    /// <summary>Starts monitoring a group (affiliates the position to it; its tile appears on the screen).</summary>
    Task MonitorAsync(string group, CancellationToken cancellationToken);

    /// <summary>Ends the position served now (deregistered from the MCX, its screens' live feed ended), keeping the console and its
    /// logins for another position.</summary>
    Task VacateAsync();

    /// <summary>Seats the vacant console at <paramref name="request"/>'s position (registered on the MCX in its namespace, nothing of
    /// the previous position kept); returns once the position is up.</summary>
    Task ReseatAsync(WebConsoleSeatRequest request, CancellationToken cancellationToken);
}
