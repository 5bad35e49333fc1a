using System.Text.Json;

namespace EsnHarness.WebConsole.Driver.Internal;

/// <summary>Reads one map locator: an object with one of role, label, text, testId or css, or an array of such objects
/// tried together (role first, CSS as the fallback).</summary>
internal static class LocatorParser
{
    private static readonly string[] Kinds = ["role", "label", "text", "testId", "css"];
    private static readonly string[] Fields = [.. Kinds, "name", "exact"];

    public static MapLocator Parse(MapFields reader, JsonElement value, string field, IReadOnlyList<string> placeholders)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var alternatives = value.EnumerateArray().Select((item, i) => One(reader, item, $"{field}[{i}]", placeholders)).ToList();
            return alternatives.Count > 0 ? new MapLocator(alternatives) : throw reader.Error(field, "an empty list: give at least one locator");
        }

        return new MapLocator([One(reader, value, field, placeholders)]);
    }

    private static LocatorSpec One(MapFields reader, JsonElement value, string field, IReadOnlyList<string> placeholders)
    {
        var obj = reader.Object(value, field, Fields);
        var given = Kinds.Where(k => obj.TryGetProperty(k, out _)).ToList();
        if (given.Count != 1)
        {
            throw reader.Error(field, given.Count == 0
                ? "give one of role (with name), label, text, testId or css"
                : $"gives {string.Join(" and ", given)}: give one locator per object, or a list of them to try in turn");
        }

        var kind = given[0];
        var text = Checked(reader, reader.String(obj, kind, $"{field}.{kind}"), $"{field}.{kind}", placeholders);
        string? name = null;
        if (obj.TryGetProperty("name", out var nameValue))
        {
            if (kind != "role")
            {
                throw reader.Error($"{field}.name", $"only a role locator has an accessible name; this one is {kind}");
            }

            name = Checked(reader, reader.String(nameValue, $"{field}.name"), $"{field}.name", placeholders);
        }

        if (kind == "role" && !AriaRoles.TryParse(text, out _))
        {
            throw reader.Error($"{field}.role", $"'{text}' is not an ARIA role (e.g. button, region, status, alert, list, listitem, textbox, combobox, img)");
        }

        var exact = obj.TryGetProperty("exact", out var exactValue) && reader.Boolean(exactValue, $"{field}.exact");
        var locatorKind = kind switch
        {
            "role" => LocatorKind.Role,
            "label" => LocatorKind.Label,
            "text" => LocatorKind.Text,
            "testId" => LocatorKind.TestId,
            _ => LocatorKind.Css,
        };
        return new LocatorSpec(locatorKind, text, name, exact);
    }

    private static string Checked(MapFields reader, string text, string field, IReadOnlyList<string> placeholders)
    {
        foreach (var used in Placeholders.In(text).Where(p => !placeholders.Contains(p)))
        {
            throw reader.Error(field, placeholders.Count == 0
                ? $"placeholder {{{used}}} is not known here: this entry takes none"
                : $"placeholder {{{used}}} is not known here; use {string.Join(" or ", placeholders.Select(p => $"{{{p}}}"))}");
        }

        return text;
    }
}
