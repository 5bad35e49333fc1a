using EsnHarness.Bdd;
using EsnHarness.Hosting;
using EsnHarness.Steps.Tests.Support;

namespace EsnHarness.Steps.Tests.Drivers;

/// <summary>
/// The catalogue's CAD requirements run against the reference profile with one CAD or CAD-gateway defect on at a time
/// (as `esn mutate` will): each defect is caught by the requirements it breaks, and by no other. Proof that the CAD
/// steps observe the gateway's two ends rather than what the harness did itself.
/// </summary>
[NonParallelizable]
public sealed class CadCatalogueDefectTests
{
    private static readonly string[] Features =
        ["features/control-room/cad-integration.feature", "features/data/status-and-cad.feature", "features/interop/lfb-co-responders.feature", "features/data/sds-messaging.feature"];

    private static readonly string[] Acknowledgements = ["CR-009", "CR-010", "CR-011", "DATA-013", "INTEROP-010"];
    private static readonly string[] StatusesAfterDispatch = ["DATA-014", "INTEROP-010"];
    private static readonly string[] StatusesWithoutIncident = ["CR-012", "CR-013", "CR-014"];
    private static readonly string[] All = [.. Acknowledgements.Concat(StatusesAfterDispatch).Concat(StatusesWithoutIncident).Append("DATA-007").Distinct()];
    private EmbeddedRoles _roles = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _roles = await CatalogueRun.StartReferenceAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _roles.DisposeAsync();

    private static IEnumerable<TestCaseData> Defects()
    {
        TestCaseData Case(string? defect, params string[] caught) =>
            new TestCaseData(defect, caught).SetName($"CadRequirements_{defect ?? "NoDefect"}_FailExactlyTheOnesItBreaks");
        yield return Case(null);
        yield return Case("cad.status-not-stored", [.. StatusesAfterDispatch, .. StatusesWithoutIncident]);
        yield return Case("cad.acknowledgement-not-recorded", Acknowledgements);
        yield return Case("cadGateway.acknowledgement-not-forwarded", Acknowledgements);
        yield return Case("cadGateway.status-needs-open-incident", StatusesWithoutIncident);
        yield return Case("cadGateway.status-code-off-by-one", [.. StatusesAfterDispatch, .. StatusesWithoutIncident]);
        yield return Case("cadGateway.check-queries-batched", "DATA-007");
    }

    [TestCaseSource(nameof(Defects))]
    public async Task CadRequirements_WithDefect_FailExactlyTheOnesItBreaks(string? defect, string[] caught)
    {
        var summary = await CatalogueRun.RunAsync(_roles, Features, string.Join(" or ", All.Select(r => $"@REQ-LDN-{r}")), defect is null ? [] : [defect]);

        var failed = summary.Failures.Select(Requirement).Distinct().ToList();
        foreach (var failure in summary.Failures)
        {
            await TestContext.Out.WriteLineAsync($"{Requirement(failure)} caught {defect}: {failure.FailedStep}: {failure.Message}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(summary.Results.Select(Requirement).Distinct(), Is.EquivalentTo(All), "every CAD requirement ran");
            Assert.That(failed, Is.EquivalentTo(caught.Distinct()),
                string.Join(Environment.NewLine, summary.Failures.Select(f => $"{Requirement(f)}: {f.FailedStep}: {f.Message}")));
        });
    }

    private static string Requirement(ScenarioResult result) => CatalogueRun.Requirement(result);
}
