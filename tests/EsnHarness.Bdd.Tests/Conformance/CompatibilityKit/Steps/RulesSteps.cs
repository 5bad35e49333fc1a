namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class RulesSteps
{
    private int _money;
    private int _stock;
    private int _change = -1;

    [Given("the customer has {int} cents")]
    public void Money(int cents) => _money = cents;

    [Given("there are chocolate bars in stock")]
    public void Stock() => _stock = 1;

    [Given("there are no chocolate bars in stock")]
    public void NoStock() => _stock = 0;

    [When("the customer tries to buy a {int} cent chocolate bar")]
    public void Buy(int price)
    {
        if (_money >= price && _stock > 0)
        {
            _change = _money - price;
        }
    }

    [Then("the sale should not happen")]
    public void NoSale()
    {
        if (_change != -1)
        {
            throw new InvalidOperationException("the sale happened");
        }
    }

    [Then("the sale should happen")]
    public void Sale()
    {
        if (_change == -1)
        {
            throw new InvalidOperationException("the sale did not happen");
        }
    }
}
