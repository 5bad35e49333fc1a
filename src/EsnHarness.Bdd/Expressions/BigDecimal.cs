using System.Globalization;
using System.Numerics;
using System.Text;

namespace EsnHarness.Bdd.Expressions;

/// <summary>
/// An exact decimal number of any precision (<c>{bigdecimal}</c>): <see cref="Unscaled"/> × 10^-<see cref="Scale"/>.
/// Equality is by value and scale, as Java's <c>BigDecimal</c> (1.0 and 1.00 differ); compare with <see cref="CompareTo"/>.
/// </summary>
/// <param name="Unscaled">The digits as an integer.</param>
/// <param name="Scale">The number of digits after the decimal point (negative for multiples of powers of ten).</param>
public readonly record struct BigDecimal(BigInteger Unscaled, int Scale) : IComparable<BigDecimal>
{
    /// <summary>Parses <c>[-+]digits[.digits][E[-+]digits]</c> with the invariant culture; ',' group separators are ignored.</summary>
    /// <exception cref="FormatException">The text is not such a number.</exception>
    public static BigDecimal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Replace(",", string.Empty, StringComparison.Ordinal);
        var exponent = 0;
        var e = s.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }

        var point = s.IndexOf('.', StringComparison.Ordinal);
        var fraction = point >= 0 ? s[(point + 1)..] : string.Empty;
        var integer = point >= 0 ? s[..point] : s;
        var digits = integer + fraction;
        if (digits is "" or "-" or "+" || !fraction.All(char.IsAsciiDigit))
        {
            throw new FormatException($"'{text}' is not a decimal number");
        }

        var unscaled = BigInteger.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new BigDecimal(unscaled, fraction.Length - exponent);
    }

    /// <summary>Compares by numeric value.</summary>
    public int CompareTo(BigDecimal other)
    {
        var scale = Math.Max(Scale, other.Scale);
        return (Unscaled * BigInteger.Pow(10, scale - Scale)).CompareTo(other.Unscaled * BigInteger.Pow(10, scale - other.Scale));
    }

    /// <summary>The value as a (possibly rounded) <see cref="decimal"/>.</summary>
    public decimal ToDecimal() => decimal.Parse(ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The value as a (rounded) <see cref="double"/>.</summary>
    public double ToDouble() => double.Parse(ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The plain decimal notation, e.g. <c>-3.140</c>.</summary>
    public override string ToString()
    {
        var negative = Unscaled.Sign < 0;
        var digits = BigInteger.Abs(Unscaled).ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        if (negative)
        {
            text.Append('-');
        }

        if (Scale <= 0)
        {
            return text.Append(digits).Append('0', Unscaled.IsZero ? 0 : -Scale).ToString();
        }

        digits = digits.PadLeft(Scale + 1, '0');
        return text.Append(digits, 0, digits.Length - Scale).Append('.').Append(digits, digits.Length - Scale, Scale).ToString();
    }
}
