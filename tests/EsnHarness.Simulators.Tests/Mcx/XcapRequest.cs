namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A GET a <see cref="FakeXcap"/> served: the path, the If-None-Match it carried, and the status it answered.</summary>
public sealed record XcapRequest(string Path, string IfNoneMatch, int Status);
