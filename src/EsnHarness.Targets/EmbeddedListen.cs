using System.Net;

namespace EsnHarness.Targets;

/// <summary>
/// Where a profile's embedded simulators listen, so the agency's systems it points at can reach the embedded roles they
/// talk to (an external device service or interworking function registering with the embedded MCX and network model).
/// Written in esn.json as a profile's <c>"listen": { "address": "0.0.0.0", "port": 50051 }</c>; without it the embedded
/// simulators bind 127.0.0.1 on a free port.
/// </summary>
/// <param name="Address">Address to bind; 127.0.0.1 unless given.</param>
/// <param name="Port">Port to bind; 0 picks a free one.</param>
public sealed record EmbeddedListen(IPAddress Address, int Port)
{
    /// <summary>127.0.0.1 on a free port.</summary>
    public static EmbeddedListen Default { get; } = new(IPAddress.Loopback, 0);

    /// <inheritdoc />
    public override string ToString() => Port == 0 ? $"{Address} (a free port)" : $"{Address}:{Port}";
}
