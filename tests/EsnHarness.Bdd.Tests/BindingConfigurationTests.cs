using EsnHarness.Bdd.Internal;
using EsnHarness.Bdd.Tests.Bindings.Broken;
using EsnHarness.Bdd.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class BindingConfigurationTests
{
    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new FeatureWorkspace();
        _workspace.Write("any.feature", "Feature: F\n  Scenario: S\n    Given something\n");
    }

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase(typeof(UnknownParameterTypeBindings), "UnknownParameterTypeBindings.Closed(String): unknown parameter type {airport} in step expression '{airport} is closed'")]
    [TestCase(typeof(WrongArityBindings), "WrongArityBindings.Traffic(Int32): takes 1 parameter but its expression '{int} calls and {int} messages' captures 2")]
    [TestCase(typeof(UnconvertibleParameterBindings), "UnconvertibleParameterBindings.Use(Recorder): parameter 'recorder' of type Recorder cannot receive step text")]
    [TestCase(typeof(BadHookTagsBindings), "BadHookTagsBindings.Before(): invalid tag expression '@smoke and'")]
    [TestCase(typeof(InstanceTestRunHookBindings), "InstanceTestRunHookBindings.Before(): [BeforeTestRun] hooks must be static")]
    [TestCase(typeof(DuplicateParameterTypeBindings), "DuplicateParameterTypeBindings.IcaoAirport(String): parameter type {airport} cannot be defined: There is already a parameter type with name airport")]
    [TestCase(typeof(BadCucumberExpressionBindings), "BadCucumberExpressionBindings.Step(): invalid Cucumber Expression 'a {int step'")]
    public void RunAsync_UserMistakeInBindings_ThrowsOneLineErrorNamingTheMethod(Type bindings, string expected)
    {
        var error = Assert.ThrowsAsync<BddConfigurationException>(() => _workspace.RunAsync(_workspace.Options(bindings)));

        Assert.That(error!.Message, Does.Contain(expected));
        Assert.That(error.Message, Does.StartWith("EsnHarness.Bdd.Tests.Bindings.Broken."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void RunAsync_TypeWithoutBindingAttribute_ThrowsConfigurationError()
    {
        var error = Assert.ThrowsAsync<BddConfigurationException>(() => _workspace.RunAsync(_workspace.Options(typeof(string))));

        Assert.That(error!.Message, Is.EqualTo("System.String is given as a binding class but has no [Binding] attribute"));
    }

    [TestCase("I have {int} cukes", false)]
    [TestCase("^I have (\\d+) cukes$", true)]
    [TestCase("I have (\\d+) cukes$", true)]
    [TestCase("I have (.*) cukes", true)]
    [TestCase("I have .* cukes", true)]
    [TestCase("the file a\\.txt", true)]
    [TestCase("a (big) cuke", false)]
    [TestCase("a/b", false)]
    [TestCase("(a+)", true)]
    public void IsRegex_Auto_DecidesAsReqnroll(string source, bool expected) =>
        Assert.That(ExpressionFactory.IsRegex(source, ExpressionType.Auto), Is.EqualTo(expected));

    [Test]
    public void IsRegex_ExplicitType_OverridesDetection()
    {
        Assert.That(ExpressionFactory.IsRegex("^a {int}$", ExpressionType.CucumberExpression), Is.False);
        Assert.That(ExpressionFactory.IsRegex("plain text", ExpressionType.RegularExpression), Is.True);
    }

    [TestCase("^a (b) (?:c) (d(e))$", 2)]
    [TestCase(@"^a \(b\) [(]c[)]$", 0)]
    [TestCase("^(?<name>x) (?=y)(z)$", 2)]
    public void CountTopLevelGroups_Pattern_CountsArguments(string pattern, int expected) =>
        Assert.That(ExpressionFactory.CountTopLevelGroups(pattern), Is.EqualTo(expected));
}
