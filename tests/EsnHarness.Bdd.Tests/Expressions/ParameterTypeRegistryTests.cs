using System.Numerics;
using System.Text.RegularExpressions;
using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class ParameterTypeRegistryTests
{
    private static readonly object[] BuiltIns =
    [
        new object[] { "int", "-42", -42 },
        new object[] { "long", "9223372036854775807", long.MaxValue },
        new object[] { "short", "-32768", short.MinValue },
        new object[] { "byte", "255", (byte)255 },
        new object[] { "float", "1.5E+3", 1500f },
        new object[] { "double", "-0.25", -0.25d },
        new object[] { "decimal", "1,234.50", 1234.50m },
        new object[] { "biginteger", "123456789012345678901234567890", BigInteger.Parse("123456789012345678901234567890") },
        new object[] { "bigdecimal", "-3.1400", new BigDecimal(-31400, 4) },
        new object[] { "word", "blind", "blind" },
        new object[] { "string", "\"bl\\\"ind\"", "bl\"ind" },
        new object[] { string.Empty, "anything at all", "anything at all" },
    ];

    [TestCaseSource(nameof(BuiltIns))]
    public void LookupByTypeName_BuiltIn_ConvertsToItsClrTypeWithInvariantCulture(string name, string text, object expected)
    {
        var registry = new ParameterTypeRegistry();

        var arguments = new CucumberExpression("{" + name + "}", registry).Match(text);

        Assert.That(registry.LookupByTypeName(name), Is.Not.Null);
        Assert.That(arguments, Has.Count.EqualTo(1));
        var value = arguments![0].GetValue();
        Assert.That(value, Is.EqualTo(expected));
        Assert.That(value!.GetType(), Is.EqualTo(expected.GetType()));
    }

    [Test]
    public void LookupByTypeName_Unknown_IsNull()
    {
        Assert.That(new ParameterTypeRegistry().LookupByTypeName("agency"), Is.Null);
    }

    [Test]
    public void Define_CustomType_IsUsedByCucumberExpressions()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(new ParameterType("agency", "MPS|LFB|LAS", typeof(string), text => "agency:" + text));

        var arguments = new CucumberExpression("{agency} answers", registry).Match("LFB answers");

        Assert.That(arguments![0].GetValue(), Is.EqualTo("agency:LFB"));
        Assert.That(arguments[0].ParameterType.Name, Is.EqualTo("agency"));
        Assert.That(new CucumberExpression("{agency} answers", registry).Match("NHS answers"), Is.Null);
    }

    [Test]
    public void Define_DuplicateName_ThrowsDuplicateTypeNameException()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(new ParameterType("agency", "MPS|LFB", typeof(string), text => text));

        var thrown = Assert.Throws<DuplicateTypeNameException>(
            () => registry.Define(new ParameterType("agency", "LAS", typeof(string), text => text)));

        Assert.That(thrown!.Message, Is.EqualTo("There is already a parameter type with name agency"));
        Assert.That(thrown, Is.InstanceOf<CucumberExpressionException>());
    }

    [Test]
    public void Define_BuiltInName_ThrowsDuplicateTypeNameException()
    {
        var thrown = Assert.Throws<DuplicateTypeNameException>(
            () => new ParameterTypeRegistry().Define(new ParameterType("int", @"\d+", typeof(long), text => text)));

        Assert.That(thrown!.Message, Is.EqualTo("There is already a parameter type with name int"));
    }

    [Test]
    public void Define_SecondPreferentialTypeForSameRegexp_Throws()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(new ParameterType("name", "[A-Z]+", typeof(string), text => text, preferForRegexpMatch: true));

        var thrown = Assert.Throws<CucumberExpressionException>(() =>
            registry.Define(new ParameterType("code", "[A-Z]+", typeof(string), text => text, preferForRegexpMatch: true)));

        Assert.That(thrown!.Message, Is.EqualTo(
            "There can only be one preferential parameter type per regexp. The regexp /[A-Z]+/ is used for two preferential parameter types, {name} and {code}"));
        Assert.That(registry.LookupByTypeName("code"), Is.Null, "a rejected type must not be half-registered");
    }

    [Test]
    public void LookupByRegexp_PreferentialType_WinsOverOthers()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(new ParameterType("name", "[A-Z]+", typeof(string), text => "name"));
        registry.Define(new ParameterType("code", "[A-Z]+", typeof(string), text => "code", preferForRegexpMatch: true));

        var found = registry.LookupByRegexp("[A-Z]+", new Regex("^([A-Z]+)$"), "ABC");

        Assert.That(found!.Name, Is.EqualTo("code"));
    }

    [Test]
    public void LookupByRegexp_SeveralTypesNonePreferential_ThrowsAmbiguousWithSuggestions()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(new ParameterType("name", "[A-Z]+", typeof(string), text => text));
        registry.Define(new ParameterType("code", "[A-Z]+", typeof(string), text => text));
        var expression = new RegularExpression(new Regex("^call ([A-Z]+)$"), registry);

        var thrown = Assert.Throws<AmbiguousParameterTypeException>(() => expression.Match("call ABC"));

        Assert.That(thrown!.Message, Is.EqualTo(
            "Your Regular Expression /^call ([A-Z]+)$/\n" +
            "matches multiple parameter types with regexp /[A-Z]+/:\n" +
            "   {code}\n   {name}\n\n" +
            "I couldn't decide which one to use. You have two options:\n\n" +
            "1) Use a Cucumber Expression instead of a Regular Expression. Try one of these:\n" +
            "   call {code}\n   call {name}\n\n" +
            "2) Make one of the parameter types preferential and continue to use a Regular Expression.\n\n"));
    }

    [Test]
    public void ParameterType_NameWithReservedCharacter_Throws()
    {
        var thrown = Assert.Throws<CucumberExpressionException>(
            () => _ = new ParameterType("a(b)", "x", typeof(string), text => text));

        Assert.That(thrown!.Message, Is.EqualTo(
            "Illegal character in parameter name {a(b)}. Parameter names may not contain '{', '}', '(', ')', '\\' or '/'"));
    }

    [Test]
    public void FromEnum_MemberName_ConvertsToEnumValue()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(ParameterType.FromEnum(typeof(DayOfWeek)));

        var arguments = new CucumberExpression("on {DayOfWeek}", registry).Match("on Friday");

        Assert.That(arguments![0].GetValue(), Is.EqualTo(DayOfWeek.Friday));
        Assert.That(new CucumberExpression("on {DayOfWeek}", registry).Match("on Fryday"), Is.Null);
    }

    [Test]
    public void Transform_TransformerThrows_WrapsInCucumberExpressionExceptionNamingTheType()
    {
        var registry = new ParameterTypeRegistry();
        registry.Define(new ParameterType("port", @"\d+", typeof(ushort), text => ushort.Parse(text!, System.Globalization.CultureInfo.InvariantCulture)));

        var arguments = new CucumberExpression("port {port}", registry).Match("port 70000");
        var thrown = Assert.Throws<CucumberExpressionException>(() => arguments![0].GetValue());

        Assert.That(thrown!.Message, Does.StartWith("ParameterType {port} failed to transform [70000] to System.UInt16"));
        Assert.That(thrown.InnerException, Is.InstanceOf<OverflowException>());
    }
}
