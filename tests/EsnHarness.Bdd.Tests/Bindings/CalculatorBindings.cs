using EsnHarness.Bdd;

namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class CalculatorBindings(Calculator calculator)
{
    [Given("I have entered {int} into the calculator")]
    public void Enter(int number) => calculator.Stack.Add(number);

    [Given("I have entered {decimal} as a decimal")]
    public void EnterDecimal(decimal number) => calculator.Stack.Add(number);

    [When("I press add")]
    public async Task Add()
    {
        await Task.Yield();
        calculator.Result = calculator.Stack.Sum();
    }

    [Then(@"^the result should be (-?\d+) on the screen$")]
    public void Result(int expected)
    {
        // Plain exceptions: an NUnit assertion inside a nested run would also fail the test that hosts the run.
        if (calculator.Result != expected)
        {
            throw new InvalidOperationException($"expected {expected} but the screen shows {calculator.Result}");
        }
    }

    [Then("the step is not written yet")]
    public void NotYet() => throw new PendingStepException("waiting for the display driver");
}
