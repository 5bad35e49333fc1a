using System.Text.Json;
using System.Text.RegularExpressions;
using EsnHarness.WebConsole.Driver.Internal;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Reads and checks a console map (JSON). Every problem is a <see cref="ConsoleMapException"/> with one line naming
/// the file, the entry and field (e.g. <c>locators.pttButton.role</c>) and what is wrong.</summary>
public static class ConsoleMapLoader
{
    /// <summary>Latitude and longitude as "51.5308, -0.1238", when the map names no <c>unitPosition</c> pattern.</summary>
    public const string DefaultUnitPosition = @"(?<lat>-?\d{1,2}\.\d+)\s*,\s*(?<lon>-?\d{1,3}\.\d+)";

    private static readonly string[] TopLevel = ["product", "login", "locators", "unitPosition", "sample"];
    private static readonly string[] LoginFields = ["path", "user", "passwordVariable", "userField", "passwordField", "submit", "loggedIn"];

    /// <summary>Reads the map at <paramref name="path"/>.</summary>
    public static ConsoleMap Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConsoleMapException($"{path}: cannot read the console map: {e.Message}");
        }

        return Parse(json, path);
    }

    /// <summary>Reads a map from its JSON text; <paramref name="source"/> names it in errors.</summary>
    public static ConsoleMap Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ConsoleMapException($"{source}: line {(e.LineNumber ?? 0) + 1}: not valid JSON: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var reader = new MapFields(source);
            var root = reader.Object(document.RootElement, "(top level)", TopLevel);
            var product = reader.String(root, "product", "product");
            var login = Login(reader, reader.Object(reader.Required(root, "login", "login"), "login", LoginFields));
            var locators = Locators(reader, reader.Required(root, "locators", "locators"));
            var unitPosition = UnitPosition(source, root.TryGetProperty("unitPosition", out var pattern) ? reader.String(pattern, "unitPosition") : DefaultUnitPosition);
            var sample = root.TryGetProperty("sample", out var values) ? Sample(reader, values) : new Dictionary<string, string>();
            return new ConsoleMap(source, product, login, locators, unitPosition, sample);
        }
    }

    private static ConsoleMapLogin Login(MapFields reader, JsonElement login)
    {
        var path = reader.String(login, "path", "login.path");
        if (!path.StartsWith('/'))
        {
            throw reader.Error("login.path", $"'{path}' must be a path on the console's address starting with '/', e.g. /login");
        }

        var variable = reader.String(login, "passwordVariable", "login.passwordVariable");
        if (!Regex.IsMatch(variable, "^[A-Za-z_][A-Za-z0-9_]*$"))
        {
            throw reader.Error("login.passwordVariable", $"'{variable}' is not an environment variable name: name the variable holding the password, never the password");
        }

        MapLocator Field(string name) => LocatorParser.Parse(reader, reader.Required(login, name, $"login.{name}"), $"login.{name}", []);
        return new ConsoleMapLogin(path, reader.String(login, "user", "login.user"), variable, Field("userField"), Field("passwordField"), Field("submit"), Field("loggedIn"));
    }

    private static Dictionary<string, MapLocator> Locators(MapFields reader, JsonElement locators)
    {
        var obj = reader.Object(locators, "locators", [.. ConsoleMapEntries.All.Select(e => e.Name)]);
        var result = new Dictionary<string, MapLocator>(StringComparer.Ordinal);
        foreach (var entry in ConsoleMapEntries.All)
        {
            var field = $"locators.{entry.Name}";
            if (!obj.TryGetProperty(entry.Name, out var value))
            {
                if (entry.Optional)
                {
                    continue;
                }

                throw reader.Error(field, $"missing: the steps need it for {entry.Purpose}");
            }

            result[entry.Name] = LocatorParser.Parse(reader, value, field, entry.Placeholders);
        }

        return result;
    }

    private static Regex UnitPosition(string source, string pattern)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ConsoleMapException($"{source}: unitPosition: not a regular expression: {FirstSentence(e.Message)}");
        }

        if (!regex.GetGroupNames().Contains("lat") || !regex.GetGroupNames().Contains("lon"))
        {
            throw new ConsoleMapException($"{source}: unitPosition: the pattern needs the named groups (?<lat>...) and (?<lon>...)");
        }

        return regex;
    }

    private static Dictionary<string, string> Sample(MapFields reader, JsonElement sample)
    {
        var obj = reader.Object(sample, "sample", [Placeholders.Group, Placeholders.User]);
        return obj.EnumerateObject().Where(p => !p.Name.StartsWith('$'))
            .ToDictionary(p => p.Name, p => reader.String(p.Value, $"sample.{p.Name}"), StringComparer.Ordinal);
    }

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n')[0].Trim();
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? line[..end] : line.TrimEnd('.');
    }
}
