using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class CucumberExpressionTests
{
    private readonly ParameterTypeRegistry _registry = new();

    [Test]
    public void Source_IsTheExpressionText()
    {
        Assert.That(new CucumberExpression("I have {int} cuke(s)", _registry).Source, Is.EqualTo("I have {int} cuke(s)"));
    }

    [Test]
    public void Match_OptionalAndAlternation_MatchEveryVariant()
    {
        var expression = new CucumberExpression("I have {int} cuke(s) in my belly/stomach", _registry);

        Assert.That(expression.Match("I have 1 cuke in my belly")![0].GetValue(), Is.EqualTo(1));
        Assert.That(expression.Match("I have 7 cukes in my stomach")![0].GetValue(), Is.EqualTo(7));
        Assert.That(expression.Match("I have 7 cukes in my bellystomach"), Is.Null);
    }

    [Test]
    public void Match_TextWithTrailingNewline_DoesNotMatch()
    {
        // .NET's "$" also matches before a final newline; Cucumber requires the whole text to match.
        Assert.That(new CucumberExpression("a {int}", _registry).Match("a 1\n"), Is.Null);
    }

    [Test]
    public void Match_Group_HasPositionsInText()
    {
        var argument = new CucumberExpression("I have {int} cukes", _registry).Match("I have 800 cukes")![0];

        Assert.That(argument.Group.Value, Is.EqualTo("800"));
        Assert.That(argument.Group.Start, Is.EqualTo(7));
        Assert.That(argument.Group.End, Is.EqualTo(10));
    }

    [Test]
    public void Match_AnonymousParameterWithTypeHint_ConvertsToHint()
    {
        var arguments = new CucumberExpression("wait {} seconds", _registry).Match("wait 0.5 seconds", [typeof(double)]);

        Assert.That(arguments![0].GetValue(), Is.EqualTo(0.5d));
    }

    [Test]
    public void Match_AnonymousParameterWithoutHint_IsText()
    {
        Assert.That(new CucumberExpression("{}", _registry).Match("0.22")![0].GetValue(), Is.EqualTo("0.22"));
    }

    [Test]
    public void Match_CaptureGroupTransformer_ReceivesEveryGroupWithNullForUnmatched()
    {
        _registry.Define(new ParameterType(
            "textAndOrNumber",
            ["([A-Z]+)?(?: )?([0-9]+)?"],
            typeof(string?[]),
            values => values));
        var expression = new CucumberExpression("{textAndOrNumber}", _registry);

        Assert.That(expression.Match("TLA")![0].GetValue(), Is.EqualTo(new string?[] { "TLA", null }));
        Assert.That(expression.Match("123")![0].GetValue(), Is.EqualTo(new string?[] { null, "123" }));
    }

    [Test]
    public void Constructor_UndefinedParameterType_NamesIt()
    {
        var thrown = Assert.Throws<UndefinedParameterTypeException>(() => _ = new CucumberExpression("call {agency}", _registry));

        Assert.That(thrown!.ParameterTypeName, Is.EqualTo("agency"));
        Assert.That(thrown.Message, Does.Contain("Undefined parameter type 'agency'"));
    }

    [Test]
    public void Constructor_ColumnsCountCodePoints_NotUtf16Units()
    {
        var thrown = Assert.Throws<CucumberExpressionException>(() => _ = new CucumberExpression("😀 ()", _registry));

        Assert.That(thrown!.Message, Does.StartWith("This Cucumber Expression has a problem at column 3:\n\n😀 ()\n  ^^\n"));
    }

    [Test]
    public void Match_MultiByteText_MatchesAndReportsUtf16Positions()
    {
        var argument = new CucumberExpression("😀 {int}", _registry).Match("😀 42")![0];

        Assert.That(argument.GetValue(), Is.EqualTo(42));
        Assert.That(argument.Group.Start, Is.EqualTo(3));
    }

    [Test]
    public void Match_TypeWithSeveralGroups_GivesTransformerEveryGroupAndGroupTree()
    {
        _registry.Define(new ParameterType("flight", ["([A-Z]{3})-([A-Z]{3})"], typeof(string), values => values[0] + "→" + values[1]));

        var argument = new CucumberExpression("{flight} is late", _registry).Match("LHR-CDG is late")![0];

        Assert.That(argument.GetValue(), Is.EqualTo("LHR→CDG"));
        Assert.That(argument.Group.Children.Select(group => (group.Value, group.Start)), Is.EqualTo(new[] { ("LHR", 0), ("CDG", 4) }));
    }

    [Test]
    public void Match_SingleValueTransformerOnSeveralGroups_ExplainsTheFix()
    {
        _registry.Define(new ParameterType("flight", "([A-Z]{3})-([A-Z]{3})", typeof(string), text => text));

        var argument = new CucumberExpression("{flight}", _registry).Match("LHR-CDG")![0];
        var thrown = Assert.Throws<CucumberExpressionException>(() => argument.GetValue());

        Assert.That(thrown!.Message, Does.StartWith("ParameterType {flight} was registered with a Transformer but has multiple capture groups [([A-Z]{3})-([A-Z]{3})]."));
    }

    [Test]
    public void Match_StringParameter_GroupTreeHasBothQuoteAlternatives()
    {
        // The shape Cucumber's compatibility kit shows in stepMatchArguments: unmatched groups have no value.
        var group = new CucumberExpression("say {string}", _registry).Match("say \"hello\"")![0].Group;

        Assert.That((group.Value, group.Start), Is.EqualTo(("\"hello\"", 4)));
        Assert.That(group.Children, Has.Count.EqualTo(2));
        Assert.That((group.Children[0].Value, group.Children[0].Start), Is.EqualTo(("hello", 5)));
        Assert.That(group.Children[0].Children.Single().Value, Is.Null);
        Assert.That((group.Children[1].Value, group.Children[1].Start), Is.EqualTo(((string?)null, -1)));
    }
}
