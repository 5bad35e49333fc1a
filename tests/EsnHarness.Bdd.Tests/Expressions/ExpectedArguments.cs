using System.Globalization;
using System.Numerics;
using EsnHarness.Bdd.Expressions;
using NUnit.Framework;
using YamlDotNet.RepresentationModel;

namespace EsnHarness.Bdd.Tests.Expressions;

/// <summary>
/// Compares matched arguments with a vector's <c>expected_args</c> as Cucumber's Java suite does: a YAML number must
/// be a number of the parameter type's own CLR type with that value; a quoted value is compared with the value's
/// invariant text (so 50-digit {biginteger}/{bigdecimal} values compare exactly); YAML null means no value.
/// </summary>
internal static class ExpectedArguments
{
    public static void AssertMatch(IReadOnlyList<Argument>? arguments, YamlNode? expectedArgs, string context)
    {
        if (ConformanceVectors.IsNull(expectedArgs))
        {
            Assert.That(arguments, Is.Null, $"{context}: expected no match");
            return;
        }

        var expected = ((YamlSequenceNode)expectedArgs!).Children;
        Assert.That(arguments, Is.Not.Null, $"{context}: expected a match");
        Assert.That(arguments!, Has.Count.EqualTo(expected.Count), $"{context}: argument count");
        for (var i = 0; i < expected.Count; i++)
        {
            AssertValue(arguments![i], expected[i], $"{context}: argument {i}");
        }
    }

    private static void AssertValue(Argument argument, YamlNode expected, string context)
    {
        var value = argument.GetValue();
        if (ConformanceVectors.IsNull(expected))
        {
            Assert.That(value, Is.Null, context);
            return;
        }

        Assert.That(value, Is.Not.Null, context);
        Assert.That(value!.GetType(), Is.EqualTo(argument.ParameterType.Type == typeof(object) ? typeof(string) : argument.ParameterType.Type),
            $"{context}: CLR type of {{{argument.ParameterType.Name}}}");
        var text = ((YamlScalarNode)expected).Value!;
        if (!ConformanceVectors.IsNumber(expected))
        {
            Assert.That(Convert.ToString(value, CultureInfo.InvariantCulture), Is.EqualTo(text), context);
            return;
        }

        switch (value)
        {
            case int or long or short or byte or BigInteger:
                Assert.That(value.ToString(), Is.EqualTo(BigInteger.Parse(text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)), context);
                break;
            case float single:
                Assert.That(single, Is.EqualTo(float.Parse(text, CultureInfo.InvariantCulture)), context);
                break;
            case double number:
                Assert.That(number, Is.EqualTo(double.Parse(text, CultureInfo.InvariantCulture)), context);
                break;
            case decimal number:
                Assert.That(number, Is.EqualTo(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)), context);
                break;
            default:
                Assert.Fail($"{context}: expected the number {text} but got {value} ({value.GetType()})");
                break;
        }
    }
}
