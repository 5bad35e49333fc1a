using EsnHarness.Bdd.TagExpressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.TagExpressions;

[TestFixture]
public sealed class TagExpressionParserTests
{
    [TestCase("@smoke and not @slow", new[] { "@smoke" }, true)]
    [TestCase("@smoke and not @slow", new[] { "@smoke", "@slow" }, false)]
    [TestCase("@MPS or @LFB and @must", new[] { "@MPS" }, true)]
    [TestCase("(@MPS or @LFB) and @must", new[] { "@MPS" }, false)]
    [TestCase("not not @a", new[] { "@a" }, true)]
    [TestCase("@REQ-LDN-VOICE-001", new[] { "@req-ldn-voice-001" }, false)]
    public void Evaluate_ScenarioTags_SelectsAsCucumberDoes(string expression, string[] tags, bool expected)
    {
        Assert.That(TagExpressionParser.Parse(expression).Evaluate(tags), Is.EqualTo(expected));
    }

    [Test]
    public void ToString_Precedence_NotBindsTighterThanAndThanOr()
    {
        Assert.That(TagExpressionParser.Parse("@a or @b and not @c").ToString(), Is.EqualTo("( @a or ( @b and not ( @c ) ) )"));
    }

    [Test]
    public void Parse_BlankExpression_SelectsEverything()
    {
        var expression = TagExpressionParser.Parse("   ");

        Assert.That(expression.Evaluate([]), Is.True);
        Assert.That(expression.ToString(), Is.Empty);
    }

    [Test]
    public void Parse_CommaBetweenTags_IsRejected()
    {
        var thrown = Assert.Throws<TagExpressionException>(() => TagExpressionParser.Parse("@a,@b"));

        Assert.That(thrown!.Message, Does.StartWith("Tag expression \"@a,@b\" could not be parsed because of syntax error"));
    }

    [Test]
    public void Parse_EscapedSpace_IsPartOfTheTag()
    {
        var expression = TagExpressionParser.Parse(@"@control\ room");

        Assert.That(expression.Evaluate(["@control room"]), Is.True);
        Assert.That(expression.Evaluate(["@control"]), Is.False);
    }
}
