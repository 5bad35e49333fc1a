using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RegularExpressionTests
{
    private readonly ParameterTypeRegistry _registry = new();

    private object?[]? Values(string pattern, string text, params Type[] hints) =>
        new RegularExpression(new Regex(pattern), _registry).Match(text, hints)?.Select(argument => argument.GetValue()).ToArray();

    [Test]
    public void Match_IntegerGroup_FindsIntParameterType()
    {
        Assert.That(Values(@"I have (\d+) cukes? in my (\w+) now", "I have 7 cukes in my belly now"), Is.EqualTo(new object[] { 7, "belly" }));
    }

    [Test]
    public void Match_ConflictingTypeHint_WinsOverBuiltIn()
    {
        Assert.That(Values(@"(\d+)", "22", typeof(string)), Is.EqualTo(new object[] { "22" }));
    }

    [Test]
    public void Match_NestedGroupWithoutMatch_IsNull()
    {
        Assert.That(Values("^a user( named \"([^\"]*)\")?$", "a user"), Is.EqualTo(new object?[] { null }));
        Assert.That(Values("^a user( named \"([^\"]*)\")?$", "a user named \"Charlie\""), Is.EqualTo(new object[] { "Charlie" }));
    }

    [Test]
    public void Match_NonCapturingGroups_AreNotArguments()
    {
        const string Pattern = @"(\S+) ?(can|cannot)? (?:delete|cancel) the (\d+)(?:st|nd|rd|th) (attachment|slide) ?(?:upload)?";

        Assert.That(Values(Pattern, "I can cancel the 1st slide upload"), Is.EqualTo(new object[] { "I", "can", 1, "slide" }));
    }

    [Test]
    public void Match_CaptureGroupNestedInOptional_IsNullWhenAbsent()
    {
        const string Pattern = @"^a (pre-commercial transaction |pre buyer fee model )?purchase(?: for \$(\d+))?$";

        Assert.That(Values(Pattern, "a purchase"), Is.EqualTo(new object?[] { null, null }));
        Assert.That(Values(Pattern, "a purchase for $33"), Is.EqualTo(new object?[] { null, 33 }));
    }

    [Test]
    public void Match_NamedGroups_KeepSourceOrder()
    {
        // .NET numbers named groups after unnamed ones; arguments must still follow the text's order.
        Assert.That(Values(@"^(?<who>\w+) calls (\w+)$", "alice calls bob"), Is.EqualTo(new object[] { "alice", "bob" }));
    }

    [Test]
    public void Match_LookbehindAndAtomicGroups_AreNotArguments()
    {
        Assert.That(Values(@"^(?<=)(?>a+)(b)$", "aab"), Is.EqualTo(new object[] { "b" }));
    }

    [Test]
    public void Match_TypeHintOnUnknownGroup_ConvertsToHint()
    {
        var values = Values("a (.*) and a (.*)", "a 22 and a 33.5", typeof(float), typeof(double));

        Assert.That(values, Is.EqualTo(new object[] { 22f, 33.5d }));
        Assert.That(values![0], Is.TypeOf<float>());
    }

    [Test]
    public void Match_RegisteredTypeWithStrongHint_IgnoresMethodHint()
    {
        _registry.Define(new ParameterType("test", "one|two|three", typeof(int), _ => 42));

        Assert.That(Values("(one|two|three)", "one", typeof(string)), Is.EqualTo(new object[] { 42 }));
    }

    [Test]
    public void Match_EscapedParentheses_AreNotGroups()
    {
        Assert.That(Values(@"Across the line\(s\)", "Across the line(s)"), Is.Empty);
    }

    [Test]
    public void Match_PartialMatchOnly_IsNoMatch()
    {
        Assert.That(Values("a|ab", "ab"), Is.Empty, "alternation must be tried until the whole text matches");
        Assert.That(Values("cukes", "I have cukes"), Is.Null);
    }

    [Test]
    public void Source_IsTheRegexPattern()
    {
        var expression = new RegularExpression(new Regex(@"I have (\d+) cukes? in my (.+) now"), _registry);

        Assert.That(expression.Source, Is.EqualTo(@"I have (\d+) cukes? in my (.+) now"));
    }

    [Test]
    public void Match_RegexOptions_AreKept()
    {
        var commented = new RegularExpression(new Regex(@"^(\d+) cukes  # how many", RegexOptions.IgnorePatternWhitespace), _registry);
        var explicitCapture = new RegularExpression(new Regex(@"^(\d+) (?<unit>\w+)$", RegexOptions.ExplicitCapture), _registry);
        var ignoreCase = new RegularExpression(new Regex("^I CALL (.+)$", RegexOptions.IgnoreCase), _registry);

        Assert.That(commented.Match("7cukes")!.Select(a => a.GetValue()), Is.EqualTo(new object[] { 7 }));
        Assert.That(explicitCapture.Match("7 cukes")!.Select(a => a.GetValue()), Is.EqualTo(new object[] { "cukes" }));
        Assert.That(ignoreCase.Match("i call control")!.Select(a => a.GetValue()), Is.EqualTo(new object[] { "control" }));
    }
}
