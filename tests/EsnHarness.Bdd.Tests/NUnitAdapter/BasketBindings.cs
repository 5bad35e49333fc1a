using System.Globalization;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.NUnitAdapter;

/// <summary>Bindings of the NUnit adapter sample: NUnit assertions are fine here, the scenario runs inside its NUnit test.</summary>
[Binding]
public sealed class BasketBindings(Basket basket, TestRunContext run)
{
    [BeforeTestRun]
    public static void PrepareRun(TestRunContext context) => context.Get<RunPreparation>().Prepared();

    [Given("an empty basket")]
    public void Empty() => Assert.That(basket.Lines, Is.Empty);

    [When("I add {int} {string} at {decimal} each")]
    public void Add(int count, string name, decimal price) => basket.Lines.Add(new BasketLine(name, count, price));

    [When("I add these items:")]
    public void AddTable(DataTable table)
    {
        foreach (var line in table.CreateSet<BasketLine>())
        {
            basket.Lines.Add(line);
        }
    }

    [Then("the basket total is {decimal}")]
    public void Total(decimal expected)
    {
        var total = basket.Lines.Sum(l => l.Count * l.Price);
        if (basket.Lines.Sum(l => l.Count) >= 10)
        {
            total *= 0.9m;
        }

        Assert.That(total, Is.EqualTo(expected), () => string.Create(CultureInfo.InvariantCulture, $"basket total for {basket.Lines.Count} line(s)"));
    }

    [Then("the basket holds:")]
    public void Holds(DataTable table) => table.CompareToSet(basket.Lines);

    [Then("the test run was prepared exactly once")]
    public void PreparedOnce() => Assert.That(run.Get<RunPreparation>().Count, Is.EqualTo(1));
}
