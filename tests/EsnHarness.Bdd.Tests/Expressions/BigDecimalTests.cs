using System.Numerics;
using EsnHarness.Bdd.Expressions;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests.Expressions;

[TestFixture]
public sealed class BigDecimalTests
{
    [TestCase("3.1415926535897932384626433832795028841971693993751", "3.1415926535897932384626433832795028841971693993751")]
    [TestCase("-0.05", "-0.05")]
    [TestCase("+1.5E+3", "1500")]
    [TestCase("1.5E-3", "0.0015")]
    [TestCase("1,234.5", "1234.5")]
    [TestCase(".22", "0.22")]
    [TestCase("0", "0")]
    public void Parse_Text_KeepsEveryDigit(string text, string expected)
    {
        Assert.That(BigDecimal.Parse(text).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void CompareTo_DifferentScales_ComparesValues()
    {
        Assert.That(BigDecimal.Parse("1.50").CompareTo(BigDecimal.Parse("1.5")), Is.Zero);
        Assert.That(BigDecimal.Parse("1.49").CompareTo(BigDecimal.Parse("1.5")), Is.Negative);
        Assert.That(BigDecimal.Parse("1.50"), Is.Not.EqualTo(BigDecimal.Parse("1.5")), "equality keeps the scale, as Java's");
    }

    [Test]
    public void Parse_NotANumber_Throws()
    {
        Assert.Throws<FormatException>(() => BigDecimal.Parse("-"));
        Assert.Throws<FormatException>(() => BigDecimal.Parse("1.x"));
    }

    [Test]
    public void ToDecimal_SmallValue_IsExact()
    {
        Assert.That(new BigDecimal(new BigInteger(-31400), 4).ToDecimal(), Is.EqualTo(-3.14m));
    }
}
