namespace EsnHarness.Bdd.Tests.Bindings;

public enum Agency
{
    Police,
    Fire,
    Ambulance,
}
