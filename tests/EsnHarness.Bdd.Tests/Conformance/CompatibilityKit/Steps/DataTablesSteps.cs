namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class DataTablesSteps
{
    private IReadOnlyList<IReadOnlyList<string>> _transposed = [];

    [When("the following table is transposed:")]
    public void Transpose(DataTable table) =>
        _transposed = Enumerable.Range(0, table.Header.Count).Select(c => (IReadOnlyList<string>)table.Cells.Select(r => r[c]).ToList()).ToList();

    [Then("it should be:")]
    public void ShouldBe(DataTable expected)
    {
        if (!expected.Cells.SelectMany(r => r).SequenceEqual(_transposed.SelectMany(r => r)))
        {
            throw new InvalidOperationException("the transposed table differs");
        }
    }
}
