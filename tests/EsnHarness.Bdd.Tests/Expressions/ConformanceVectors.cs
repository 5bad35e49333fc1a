using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EsnHarness.Bdd.Tests.Expressions;

/// <summary>Loads the official Cucumber YAML vectors copied next to the test assembly.</summary>
public static class ConformanceVectors
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Conformance");

    /// <summary>One test case per YAML file of <paramref name="folder"/> (relative to Conformance/), named after the file.</summary>
    public static IEnumerable<TestCaseData> Files(string folder)
    {
        var directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory))
        {
            // Fail visibly rather than run zero cases.
            yield return new TestCaseData(Path.Combine(folder, "MISSING")).SetArgDisplayNames("missing-folder-" + folder.Replace('/', '-'));
            yield break;
        }

        foreach (var path in Directory.GetFiles(directory, "*.y*ml").Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
            yield return new TestCaseData(relative).SetArgDisplayNames(Path.GetFileNameWithoutExtension(path));
        }
    }

    public static YamlNode Load(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        Assert.That(File.Exists(path), Is.True, $"conformance vector {path} is missing");
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents[0].RootNode;
    }

    public static YamlMappingNode LoadMapping(string relativePath) => (YamlMappingNode)Load(relativePath);

    public static YamlNode? Get(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static string? GetString(this YamlMappingNode mapping, string key) =>
        mapping.Get(key) is YamlScalarNode scalar && !IsNull(scalar) ? scalar.Value : null;

    /// <summary>True for YAML's null: an empty, <c>~</c> or <c>null</c> plain scalar.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    /// <summary>True for a plain (unquoted) scalar that YAML reads as a number.</summary>
    public static bool IsNumber(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } scalar
        && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>The YAML tree as JSON: plain integers become numbers, every other scalar a string.</summary>
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar when IsNull(scalar) && scalar.Style == ScalarStyle.Plain => null,
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => throw new InvalidOperationException("Unexpected YAML node " + node.NodeType),
    };
}
