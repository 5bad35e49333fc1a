namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class ParameterTypesSteps
{
    [StepArgumentTransformation("([A-Z]{3})-([A-Z]{3})", Name = "flight")]
    public static Flight ToFlight(string from, string to) => new(from, to);

    [Given("{flight} has been delayed")]
    public void Delayed(Flight flight)
    {
        if (flight.From != "LHR" || flight.To != "CDG")
        {
            throw new InvalidOperationException($"unexpected flight {flight}");
        }
    }
}
