using EsnHarness.Stubs.Internal.Conditions;

namespace EsnHarness.Stubs;

/// <summary>One condition a received request must meet: method, path, header, query or form field, or a
/// JSONPath / XPath test on the body. Build them with the static factories or <see cref="Parse"/>.</summary>
public abstract class RequestCondition
{
    private protected RequestCondition()
    {
    }

    /// <summary>What the condition asks for, e.g. <c>header Content-Type = application/json</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Tests <paramref name="request"/>.</summary>
    public abstract ConditionResult Evaluate(ReceivedRequest request);

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <summary>The HTTP method (case-insensitive).</summary>
    public static RequestCondition Method(string method) => new MethodCondition(method);

    /// <summary>The path: exact, or a pattern where <c>*</c> stands for any characters.</summary>
    public static RequestCondition Path(string pattern) => new PathCondition(pattern);

    /// <summary>A header whose value matches <paramref name="valuePattern"/> (case-insensitive, <c>*</c> wildcard;
    /// a media type also matches when the header adds parameters such as <c>; charset=utf-8</c>).</summary>
    public static RequestCondition Header(string name, string valuePattern) => new HeaderCondition(name, valuePattern);

    /// <summary>A query parameter equal to <paramref name="value"/>.</summary>
    public static RequestCondition Query(string name, string value) => new QueryCondition(name, value);

    /// <summary>A form-encoded body field equal to <paramref name="value"/>.</summary>
    public static RequestCondition FormField(string name, string value) => new FormFieldCondition(name, value);

    /// <summary>A JSON body where <paramref name="path"/> selects a value equal to <paramref name="expected"/>
    /// (compared as text), or selects anything at all when <paramref name="expected"/> is null.</summary>
    public static RequestCondition JsonPath(string path, string? expected = null) => new JsonPathCondition(path, expected);

    /// <summary>An XML body where <paramref name="xpath"/> selects a node whose text equals <paramref name="expected"/>,
    /// or selects anything when <paramref name="expected"/> is null. Prefixes declared in the document can be used.</summary>
    public static RequestCondition XPath(string xpath, string? expected = null) => new XPathCondition(xpath, expected);

    /// <summary>A body containing <paramref name="text"/> (ordinal).</summary>
    public static RequestCondition BodyContains(string text) => new BodyContainsCondition(text);

    /// <summary>Builds a condition from a step's table row: kind <c>method</c>, <c>path</c>, <c>header NAME</c>,
    /// <c>query NAME</c>, <c>form NAME</c>, <c>json PATH</c>, <c>xpath EXPR</c> or <c>body contains</c>; the value is
    /// what it must equal (<c>*</c> for json/xpath means "is present").</summary>
    /// <exception cref="FormatException">The kind is unknown or misses its name.</exception>
    public static RequestCondition Parse(string kind, string value)
    {
        var trimmed = kind.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var head = (space < 0 ? trimmed : trimmed[..space]).ToLowerInvariant();
        var argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        string Named() => argument.Length > 0 ? argument : throw new FormatException($"condition '{kind}' needs a name after '{head}', e.g. '{head} Content-Type'");
        string? Optional() => value == "*" ? null : value;
        return head switch
        {
            "method" => Method(value),
            "path" => Path(value),
            "header" => Header(Named(), value),
            "query" => Query(Named(), value),
            "form" => FormField(Named(), value),
            "json" or "jsonpath" => JsonPath(Named(), Optional()),
            "xpath" => XPath(Named(), Optional()),
            "body" when argument.Equals("contains", StringComparison.OrdinalIgnoreCase) => BodyContains(value),
            _ => throw new FormatException($"unknown request condition '{kind}': use method, path, header NAME, query NAME, form NAME, json PATH, xpath EXPR or body contains"),
        };
    }
}
