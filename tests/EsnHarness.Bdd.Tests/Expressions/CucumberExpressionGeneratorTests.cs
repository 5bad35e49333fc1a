using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CucumberExpressionGeneratorTests
{
    private readonly ParameterTypeRegistry _registry = new();

    private GeneratedExpression AssertFirst(string text, string expectedSource, params string[] expectedNames)
    {
        var generated = new CucumberExpressionGenerator(_registry).GenerateExpressions(text)[0];
        Assert.That(generated.Source, Is.EqualTo(expectedSource));
        Assert.That(generated.ParameterNames, Is.EqualTo(expectedNames));
        var arguments = new CucumberExpression(generated.Source, _registry).Match(text);
        Assert.That(arguments, Is.Not.Null, $"'{generated.Source}' must match '{text}'");
        Assert.That(arguments!, Has.Count.EqualTo(expectedNames.Length));
        return generated;
    }

    [Test]
    public void GenerateExpressions_NoArguments_IsTheText()
    {
        AssertFirst("hello", "hello");
    }

    [Test]
    public void GenerateExpressions_IntAndDecimalNumbers_BecomeIntAndDouble()
    {
        var generated = AssertFirst("I have 2 cukes and 1.5 euro", "I have {int} cukes and {double} euro", "int1", "double1");

        Assert.That(generated.ParameterTypes.Select(type => type.Type), Is.EqualTo(new[] { typeof(int), typeof(double) }));
    }

    [Test]
    public void GenerateExpressions_QuotedStrings_BecomeStringWithNumberedNames()
    {
        AssertFirst("I like \"bangers\" and 'mash'", "I like {string} and {string}", "string1", "string2");
    }

    [Test]
    public void GenerateExpressions_ReservedCharacters_AreEscaped()
    {
        AssertFirst("(iii)", "\\(iii)");
        AssertFirst("{iii}", "\\{iii}");
        AssertFirst("The 1814/05/17 hey", "The {int}\\/{int}\\/{int} hey", "int1", "int2", "int3");
        AssertFirst("a\\b", "a\\\\b");
    }

    [Test]
    public void GenerateExpressions_NumbersInsideWords_StayText()
    {
        AssertFirst("i18n", "i18n");
    }

    [Test]
    public void GenerateExpressions_NumbersBesideSymbols_AreParameters()
    {
        AssertFirst("Some $5000.00 of cukes at 42° Celsius", "Some ${double} of cukes at {int}° Celsius", "double1", "int1");
        AssertFirst("I am 20% foobar", "I am {int}% foobar", "int1");
    }

    [Test]
    public void GenerateExpressions_CustomTypeUsedTwice_NumbersSecondName()
    {
        _registry.Define(new ParameterType("currency", "[A-Z]{3}", typeof(string), text => text));

        AssertFirst("I have a EUR account and a GBP account", "I have a {currency} account and a {currency} account", "currency", "currency2");
    }

    [Test]
    public void GenerateExpressions_TypeNameWithDash_GivesIdentifierName()
    {
        _registry.Define(new ParameterType("talk-group", "TG[0-9]+", typeof(string), text => text));

        AssertFirst("join TG12", "join {talk-group}", "talkGroup");
    }

    [Test]
    public void GenerateExpressions_Overlap_PrefersLeftmostThenWidest()
    {
        _registry.Define(new ParameterType("right", "c d", typeof(string), text => text));
        _registry.Define(new ParameterType("left", "b c", typeof(string), text => text));
        _registry.Define(new ParameterType("airport", "[A-Z]{3}", typeof(string), text => text));
        _registry.Define(new ParameterType("leg", "[A-Z]{3}-[A-Z]{3}", typeof(string), text => text));

        AssertFirst("a b c d e f g", "a {left} d e f g", "left");
        AssertFirst("leg LHR-CDG", "leg {leg}", "leg");
    }

    [Test]
    public void GenerateExpressions_SeveralTypesFit_GivesEveryCombinationPreferentialFirst()
    {
        _registry.Define(new ParameterType("currency", "x", typeof(string), text => text, preferForRegexpMatch: true));
        _registry.Define(new ParameterType("date", "x", typeof(DateOnly), text => text));

        var sources = new CucumberExpressionGenerator(_registry).GenerateExpressions("I have x and x and another x").Select(e => e.Source);

        Assert.That(sources, Is.EqualTo(new[]
        {
            "I have {currency} and {currency} and another {currency}",
            "I have {currency} and {currency} and another {date}",
            "I have {currency} and {date} and another {currency}",
            "I have {currency} and {date} and another {date}",
            "I have {date} and {currency} and another {currency}",
            "I have {date} and {currency} and another {date}",
            "I have {date} and {date} and another {currency}",
            "I have {date} and {date} and another {date}",
        }));
    }

    [Test]
    public void GenerateExpressions_ManyCombinations_StopsAt256()
    {
        for (var i = 0; i < 4; i++)
        {
            _registry.Define(new ParameterType("my-type-" + i, "[a-z]", typeof(string), text => text));
        }

        Assert.That(new CucumberExpressionGenerator(_registry).GenerateExpressions("a b c d e f g h i j k"), Has.Count.EqualTo(256));
    }

    [Test]
    public void GenerateExpressions_EmptyMatches_AreSkipped()
    {
        _registry.Define(new ParameterType("zero-or-more", "[a-z]*", typeof(string), text => text));
        _registry.Define(new ParameterType("exactly-one", "[a-z]", typeof(string), text => text));

        var sources = new CucumberExpressionGenerator(_registry).GenerateExpressions("a simple step").Select(e => e.Source);

        Assert.That(sources, Is.EqualTo(new[] { "{exactly-one} {zero-or-more} {zero-or-more}", "{zero-or-more} {zero-or-more} {zero-or-more}" }));
    }

    [Test]
    public void GenerateExpressions_OptionalCaptureGroups_StillMatchText()
    {
        _registry.Define(new ParameterType("optional-flight", "(1st flight)?", typeof(string), text => text));
        _registry.Define(new ParameterType("optional-hotel", "(1 hotel)?", typeof(string), text => text));

        var generated = new CucumberExpressionGenerator(_registry).GenerateExpressions("I reach Stage 4: 1st flight -1 hotel");

        Assert.That(generated[0].Source, Is.EqualTo("I reach Stage {int}: {optional-flight} {int} hotel"));
    }
}
