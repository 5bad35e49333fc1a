using EsnHarness.Steps.WebConsoles;
using EsnHarness.WebConsole;

namespace EsnHarness.Hosting.Internal;

/// <summary>One scenario's dispatcher position served by the reference web console.</summary>
internal sealed class EmbeddedSeat(WebConsoleHost host) : IWebConsoleSeat
{
    public Uri Address => host.Address;

    public Task MonitorAsync(string group, CancellationToken cancellationToken) => host.MonitorAsync(group, cancellationToken);

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
