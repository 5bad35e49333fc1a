using System.Globalization;

namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class ExamplesTablesSteps
{
    private int _count;
    private int _friends;

    [Given("there are {int} cucumbers")]
    public void Cucumbers(int count) => _count = count;

    [Given("there are {int} friends")]
    public void Friends(int friends) => _friends = friends;

    [When("I eat {int} cucumbers")]
    public void Eat(int count) => _count -= count;

    [Then("I should have {int} cucumbers")]
    public void Left(int count)
    {
        if (_count != count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Expected values to be strictly equal:\n\n{_count} !== {count}\n"));
        }
    }

    [Then("each person can eat {int} cucumbers")]
    public void Share(int share)
    {
        if (_count / (1 + _friends) != share)
        {
            throw new InvalidOperationException("wrong share");
        }
    }
}
