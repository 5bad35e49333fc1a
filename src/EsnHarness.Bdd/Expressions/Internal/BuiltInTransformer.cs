using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Converts parameter text to a CLR type with the invariant culture, as Cucumber's built-in transformer does.</summary>
internal static class BuiltInTransformer
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles FloatStyle = NumberStyles.Float | NumberStyles.AllowThousands;

    public static object? Transform(string? text, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (text is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        var invariant = CultureInfo.InvariantCulture;
        return target switch
        {
            _ when target == typeof(string) || target == typeof(object) => text,
            _ when target == typeof(int) => int.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(long) => long.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(short) => short.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(byte) => ParseByte(text),
            _ when target == typeof(sbyte) => sbyte.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(uint) => uint.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(ulong) => ulong.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(ushort) => ushort.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(BigInteger) => BigInteger.Parse(text, IntegerStyle, invariant),
            _ when target == typeof(float) => float.Parse(text, FloatStyle, invariant),
            _ when target == typeof(double) => double.Parse(text, FloatStyle, invariant),
            _ when target == typeof(decimal) => decimal.Parse(text, FloatStyle, invariant),
            _ when target == typeof(BigDecimal) => BigDecimal.Parse(text),
            _ when target == typeof(bool) => bool.Parse(text),
            _ when target == typeof(char) && text.Length == 1 => text[0],
            _ when target.IsEnum => ParseEnum(text, target),
            _ => ConvertWithTypeConverter(text, target),
        };
    }

    // Cucumber's {byte} is Java's signed byte; .NET's byte is unsigned, so {byte} takes 0..255 and rejects negatives.
    private static byte ParseByte(string text) => byte.Parse(text, IntegerStyle, CultureInfo.InvariantCulture);

    private static object ParseEnum(string text, Type enumType)
    {
        if (Enum.TryParse(enumType, text, ignoreCase: false, out var value) && Enum.IsDefined(enumType, value))
        {
            return value;
        }

        if (Enum.TryParse(enumType, text, ignoreCase: true, out value) && Enum.IsDefined(enumType, value))
        {
            return value;
        }

        throw new CucumberExpressionException(
            $"Can't transform '{text}' to {enumType.Name}. Not an enum constant; expected one of: {string.Join(", ", Enum.GetNames(enumType))}");
    }

    private static object? ConvertWithTypeConverter(string text, Type type)
    {
        var converter = TypeDescriptor.GetConverter(type);
        if (converter.CanConvertFrom(typeof(string)))
        {
            return converter.ConvertFromInvariantString(text);
        }

        throw new CucumberExpressionException(
            $"Can't transform '{text}' to {type}: the built-in transformer supports numbers, bool, char, enums and types with a TypeConverter from string. Register a parameter type for {type.Name}.");
    }
}
