using System.Net;

namespace EsnHarness.WebConsole;

/// <summary>How a <see cref="WebConsoleHost"/> listens, which MCX it is a client of, for which dispatcher and groups.</summary>
public sealed record WebConsoleOptions
{
    /// <summary>Address to bind; 127.0.0.1 unless told otherwise.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>Port to bind; 0 picks a free one (read it back from <see cref="WebConsoleHost.Address"/>).</summary>
    public int Port { get; init; }

    /// <summary>The MCX service the console is a client of.</summary>
    public required McxConnection Mcx { get; init; }

    /// <summary>The dispatcher position it registers.</summary>
    public required DispatcherPosition Dispatcher { get; init; }

    /// <summary>The groups it monitors (affiliates to) from the start, in the order the screen shows them; may be empty when groups are added
    /// later with <see cref="WebConsoleHost.MonitorAsync"/>.</summary>
    public required IReadOnlyList<string> Groups { get; init; }

    /// <summary>The user name and password that log in to the console.</summary>
    public required ConsoleLogin Login { get; init; }

    /// <summary>Clock for talk-burst pacing and timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
