using System.Numerics;

namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>The built-in parameter types, as Cucumber's reference implementation defines them (invariant culture).</summary>
internal static class BuiltInParameterTypes
{
    // Cucumber's "-?\d+" and "\d+": the second exists so that a regular expression step's "(\d+)" finds {int}.
    public static readonly IReadOnlyList<string> IntegerRegexps = [@"-?\d+", @"\d+"];

    // Cucumber's float regexp with the invariant culture's symbols ('.' decimal, ',' group, 'E' exponent). The integer
    // part is written (?:\d+(?:,\d+)*)? rather than Cucumber's (?:\d+(?:[,]?\d+)*)*: the same language without the
    // exponential backtracking on long digit runs that do not match.
    public const string FloatRegexp = @"(?=.*\d.*)[-+]?(?:\d+(?:[,]\d+)*)?(?:[.](?=\d.*))?\d*(?:\d+[E][-+]?\d+)?";

    public static readonly IReadOnlyList<string> StringRegexps =
    [
        "\"([^\"\\\\]*(\\\\.[^\"\\\\]*)*)\"",
        "'([^'\\\\]*(\\\\.[^'\\\\]*)*)'",
    ];

    public const string WordRegexp = @"[^\s]+";
    public const string AnonymousRegexp = ".*";

    public static IEnumerable<ParameterType> Create()
    {
        yield return Single("biginteger", IntegerRegexps, typeof(BigInteger), useForSnippets: false, prefer: false);
        yield return Single("bigdecimal", [FloatRegexp], typeof(BigDecimal), useForSnippets: false, prefer: false);
        yield return Single("byte", IntegerRegexps, typeof(byte), useForSnippets: false, prefer: false);
        yield return Single("short", IntegerRegexps, typeof(short), useForSnippets: false, prefer: false);
        yield return Single("int", IntegerRegexps, typeof(int), useForSnippets: true, prefer: true);
        yield return Single("long", IntegerRegexps, typeof(long), useForSnippets: false, prefer: false);
        yield return Single("float", [FloatRegexp], typeof(float), useForSnippets: false, prefer: false);
        yield return Single("double", [FloatRegexp], typeof(double), useForSnippets: true, prefer: true);
        yield return Single("decimal", [FloatRegexp], typeof(decimal), useForSnippets: false, prefer: false);
        yield return Single("word", [WordRegexp], typeof(string), useForSnippets: false, prefer: false);
        yield return new ParameterType("string", StringRegexps, typeof(string), TransformString, true, false, singleValue: false, anonymous: false)
        {
            UseRegexpMatchAsStrongTypeHint = false,
        };
        yield return CreateAnonymous(AnonymousRegexp);
    }

    public static ParameterType CreateAnonymous(string regexp) =>
        new(string.Empty, [regexp], typeof(object), _ => throw new InvalidOperationException("Anonymous transform must be deanonymized before use"), false, true, singleValue: true, anonymous: true);

    private static ParameterType Single(string name, IReadOnlyList<string> regexps, Type type, bool useForSnippets, bool prefer) =>
        new(name, regexps, type, values => BuiltInTransformer.Transform(values[0], type), useForSnippets, prefer, singleValue: true, anonymous: false)
        {
            UseRegexpMatchAsStrongTypeHint = false,
        };

    private static object? TransformString(string?[] values)
    {
        var text = values[0] ?? values[1];
        return text?.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\'", "'", StringComparison.Ordinal);
    }
}
