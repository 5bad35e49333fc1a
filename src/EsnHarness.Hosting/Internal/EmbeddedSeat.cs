using EsnHarness.Steps.WebConsoles;
using EsnHarness.WebConsole;

namespace EsnHarness.Hosting.Internal;

/// <summary>A reference web console serving one scenario's dispatcher position at a time.</summary>
internal sealed class EmbeddedSeat(WebConsoleHost host, EmbeddedWebConsoles consoles) : IWebConsoleSeat
{
    public Uri Address => host.Address;

    public Task MonitorAsync(string group, CancellationToken cancellationToken) => host.MonitorAsync(group, cancellationToken);

    public Task VacateAsync() => host.VacateAsync();

    public Task ReseatAsync(WebConsoleSeatRequest request, CancellationToken cancellationToken) =>
        host.ReseatAsync(consoles.Connection(request), EmbeddedWebConsoles.Position(request), [], cancellationToken);

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
