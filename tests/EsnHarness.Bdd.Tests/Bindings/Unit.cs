namespace EsnHarness.Bdd.Tests.Bindings;

public sealed record Unit(string Callsign, int Crew, Agency Agency);
