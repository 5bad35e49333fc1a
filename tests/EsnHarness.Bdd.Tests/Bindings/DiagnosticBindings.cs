namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class DiagnosticBindings
{
    [When("the network refuses the call")]
    public static void Refuses() =>
        throw new RefusedException("ESN refused to set up the call: the group is not configured", "gRPC status FailedPrecondition: group_id 'X' is not a configured group");
}
