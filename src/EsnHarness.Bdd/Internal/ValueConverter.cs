using System.Globalization;

namespace EsnHarness.Bdd.Internal;

/// <summary>Converts step text to simple .NET types with the invariant culture (numbers, bool, enums, Guid, dates, nullable).</summary>
internal static class ValueConverter
{
    public static bool CanConvert(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(string) || target == typeof(object) || target.IsEnum || target.IsPrimitive || target == typeof(decimal)
            || target == typeof(Guid) || target == typeof(DateTime) || target == typeof(DateTimeOffset) || target == typeof(TimeSpan)
            || target == typeof(Uri) || target == typeof(System.Numerics.BigInteger);
    }

    public static object? Convert(string? text, Type type)
    {
        if (text is null)
        {
            return null;
        }

        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return text.Length == 0 ? null : Convert(text, nullable);
        }

        if (type == typeof(string) || type == typeof(object))
        {
            return text;
        }

        var inv = CultureInfo.InvariantCulture;
        try
        {
            return type switch
            {
                _ when type.IsEnum => ParseEnum(text, type),
                _ when type == typeof(Guid) => Guid.Parse(text),
                _ when type == typeof(DateTime) => DateTime.Parse(text, inv, DateTimeStyles.RoundtripKind),
                _ when type == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, inv),
                _ when type == typeof(TimeSpan) => TimeSpan.Parse(text, inv),
                _ when type == typeof(Uri) => new Uri(text, UriKind.RelativeOrAbsolute),
                _ when type == typeof(System.Numerics.BigInteger) => System.Numerics.BigInteger.Parse(text, inv),
                _ when type == typeof(bool) => ParseBool(text),
                _ => System.Convert.ChangeType(text, type, inv),
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            throw new FormatException($"cannot convert '{text}' to {type.Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Converts an already typed value (e.g. an int from {int}) to the parameter's type.</summary>
    public static object? ConvertValue(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is string s)
        {
            return Convert(s, type);
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        }

        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal)))
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        return Convert(System.Convert.ToString(value, CultureInfo.InvariantCulture), type);
    }

    private static object ParseEnum(string text, Type type)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse(type, compact, ignoreCase: true, out var value) && Enum.IsDefined(type, value!))
        {
            return value!;
        }

        throw new FormatException($"'{text}' is not one of {string.Join(", ", Enum.GetNames(type))}");
    }

    private static bool ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "y" or "1" => true,
        "false" or "no" or "n" or "0" => false,
        _ => throw new FormatException($"'{text}' is not a boolean"),
    };
}
