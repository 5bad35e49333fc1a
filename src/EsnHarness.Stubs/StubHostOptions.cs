using System.Net;

namespace EsnHarness.Stubs;

/// <summary>How a <see cref="StubHost"/> binds and behaves.</summary>
public sealed record StubHostOptions
{
    /// <summary>Address every stub server binds; loopback by default so nothing outside the machine reaches the stubs.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Port of the standalone server behind <see cref="StubHost.Address"/>; 0 picks a free one.
    /// Scenario sessions always use free ports.</summary>
    public int Port { get; init; }

    /// <summary>Clock for fault delays and verification deadlines.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Seed for random delays, for a reproducible run; null seeds from the system.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Most requests a session keeps in its journal (oldest dropped first).</summary>
    public int MaxJournalEntries { get; init; } = 10_000;

    /// <summary>Keeps one session server started ahead of demand so a scenario does not wait for a server to start.</summary>
    public bool WarmSpare { get; init; } = true;

    /// <summary>
    /// Stub defects switched on in every session and the standalone server (<c>esn stubs serve --defect NAME</c>); each must
    /// be one of <see cref="Defects.StubDefects.All"/> with mappings in the stubs folder. Empty: the faithful stubs.
    /// </summary>
    public IReadOnlyList<string> Defects { get; init; } = [];
}
