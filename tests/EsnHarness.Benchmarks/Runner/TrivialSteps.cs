using EsnHarness.Bdd;

namespace EsnHarness.Benchmarks.Runner;

/// <summary>The synthetic suite's steps: as trivial as the cucumber-js ones, so the runners themselves are compared.</summary>
[Binding]
public sealed class TrivialSteps
{
    private int _total;

    [Given("a counter starting at {int}")]
    public void Start(int value) => _total = value;

    [When("I add {int}")]
    public void Add(int value) => _total += value;

    [When("I add the word {word}")]
    public void AddWord(string word) => _total += word.Length;

    [Then("the counter is {int}")]
    public void Check(int expected)
    {
        if (_total != expected)
        {
            throw new InvalidOperationException($"counter is {_total}, expected {expected}");
        }
    }
}
