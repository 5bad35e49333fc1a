namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class DuplicateParameterTypeBindings
{
    [StepArgumentTransformation(@"[A-Z]{3}", Name = "airport")]
    public static string Airport(string code) => code;

    [StepArgumentTransformation(@"[A-Z]{4}", Name = "airport")]
    public static string IcaoAirport(string code) => code;
}
