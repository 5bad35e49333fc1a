namespace EsnHarness.Steps.WebConsoles;

/// <summary>Serves the embedded reference web console, one per dispatcher position (implemented by the composition root, which
/// knows where the MCX of the run is).</summary>
public interface IWebConsoleSeats
{
    /// <summary>Registers the position on the MCX and starts serving its console.</summary>
    Task<IWebConsoleSeat> OpenAsync(WebConsoleSeatRequest request, CancellationToken cancellationToken);
}
