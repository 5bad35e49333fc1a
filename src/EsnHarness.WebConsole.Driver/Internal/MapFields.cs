using System.Text.Json;

namespace EsnHarness.WebConsole.Driver.Internal;

/// <summary>Reads fields of a console map's JSON, failing with one line that names the file and the field.</summary>
internal sealed class MapFields(string source)
{
    public ConsoleMapException Error(string field, string problem) => new($"{source}: {field}: {problem}");

    /// <summary>An object whose fields are among <paramref name="allowed"/> (fields starting with '$' are comments).</summary>
    public JsonElement Object(JsonElement element, string field, IReadOnlyCollection<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(field, $"must be an object, got {Kind(element)}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!property.Name.StartsWith('$') && !allowed.Contains(property.Name))
            {
                var where = field == "(top level)" ? property.Name : $"{field}.{property.Name}";
                throw Error(where, $"not a field of {field}; use {string.Join(", ", allowed)}");
            }
        }

        return element;
    }

    public JsonElement Required(JsonElement obj, string name, string field) =>
        obj.TryGetProperty(name, out var value) ? value : throw Error(field, "missing");

    public string String(JsonElement obj, string name, string field) => String(Required(obj, name, field), field);

    public string String(JsonElement value, string field)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw Error(field, $"must be a string, got {Kind(value)}");
        }

        var text = value.GetString()!;
        return string.IsNullOrWhiteSpace(text) ? throw Error(field, "must not be empty") : text;
    }

    public bool Boolean(JsonElement value, string field) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(field, $"must be true or false, got {Kind(value)}"),
    };

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => element.GetRawText(),
    };
}
