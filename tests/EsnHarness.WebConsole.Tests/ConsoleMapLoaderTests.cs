using System.Text.Json.Nodes;
using EsnHarness.WebConsole.Driver;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Reading console maps: the shipped one loads; every mistake is one line naming the file, entry and field.</summary>
public sealed class ConsoleMapLoaderTests
{
    [Test]
    public void Load_ShippedReferenceMap_EveryEntryWithRoleFirst()
    {
        var map = ConsoleMapLoader.Load(ConsoleRig.MapPath);

        Assert.Multiple(() =>
        {
            Assert.That(map.Locators.Keys, Is.EquivalentTo(ConsoleMapEntries.All.Select(e => e.Name)));
            Assert.That(map.Locators.Values.Select(l => l.Alternatives[0].Kind), Is.All.Not.EqualTo(LocatorKind.Css), "role (or label) first, CSS only as a fallback");
            Assert.That(map.Login.PasswordVariable, Is.EqualTo("ESN_CONSOLE_PASSWORD"));
            Assert.That(map["pttButton"].Describe(new Dictionary<string, string> { ["group"] = "G1" }),
                Is.EqualTo("role=button name=\"Push to talk on G1\" (exact) or css=[data-group='G1'] button.ptt"));
        });
    }

    [TestCase("locators.pttButton", null, "map.json: locators.pttButton: missing: the steps need it for the push-to-talk control of the group, pressed and held to talk")]
    [TestCase("locators.pttButton", """{ "role": "buton", "name": "PTT {group}" }""", "map.json: locators.pttButton.role: 'buton' is not an ARIA role")]
    [TestCase("locators.talker", """{ "role": "status", "name": "Talker on {grp}" }""", "map.json: locators.talker.name: placeholder {grp} is not known here; use {group}")]
    [TestCase("locators.messageList", """{ "role": "list", "name": "Messages {group}" }""", "map.json: locators.messageList.name: placeholder {group} is not known here: this entry takes none")]
    [TestCase("locators.plan", """{ "css": "#plan", "role": "figure" }""", "map.json: locators.plan: gives role and css: give one locator per object")]
    [TestCase("locators.plan", """{ "name": "Plan" }""", "map.json: locators.plan: give one of role (with name), label, text, testId or css")]
    [TestCase("locators.plan", """{ "css": "#plan", "name": "Plan" }""", "map.json: locators.plan.name: only a role locator has an accessible name; this one is css")]
    [TestCase("locators.plan", """[]""", "map.json: locators.plan: an empty list: give at least one locator")]
    [TestCase("locators.plan", """{ "role": "figure", "exact": "yes" }""", "map.json: locators.plan.exact: must be true or false, got the string \"yes\"")]
    [TestCase("locators.talkr", """{ "role": "status" }""", "map.json: locators.talkr: not a field of locators; use groupTile, talker,")]
    [TestCase("login.passwordVariable", "\"hunter2 is my password\"", "map.json: login.passwordVariable: 'hunter2 is my password' is not an environment variable name")]
    [TestCase("login.path", "\"login\"", "map.json: login.path: 'login' must be a path on the console's address starting with '/'")]
    [TestCase("login.submit", null, "map.json: login.submit: missing")]
    [TestCase("unitPosition", "\"(?<lat>\\\\d+)\"", "map.json: unitPosition: the pattern needs the named groups (?<lat>...) and (?<lon>...)")]
    [TestCase("product", "42", "map.json: product: must be a string, got the number 42")]
    public void Parse_OneMistake_OneLineNamingTheEntryAndField(string field, string? replacement, string expected)
    {
        var json = JsonNode.Parse(File.ReadAllText(ConsoleRig.MapPath))!.AsObject();
        var path = field.Split('.');
        var parent = path.Length == 1 ? json : json[path[0]]!.AsObject();
        parent.Remove(path[^1]);
        if (replacement is not null)
        {
            parent[path[^1]] = JsonNode.Parse(replacement);
        }

        var error = Assert.Throws<ConsoleMapException>(() => ConsoleMapLoader.Parse(json.ToJsonString(), "map.json"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith(expected));
            Assert.That(error.Message, Does.Not.Contain('\n'), "one line");
        });
    }

    [Test]
    public void Parse_MapWithoutTheOptionalEntries_LoadsAndSaysWhichItHasNot()
    {
        var json = JsonNode.Parse(File.ReadAllText(ConsoleRig.MapPath))!.AsObject();
        var locators = json["locators"]!.AsObject();
        var optional = ConsoleMapEntries.All.Where(e => e.Optional).Select(e => e.Name).ToList();
        foreach (var name in optional)
        {
            locators.Remove(name);
        }

        var map = ConsoleMapLoader.Parse(json.ToJsonString(), "map.json");

        Assert.Multiple(() =>
        {
            Assert.That(optional, Does.Contain("broadcastButton").And.Contain("cancelEmergencyButton").And.Contain("affiliateButton"));
            Assert.That(optional.Where(map.Has), Is.Empty);
            Assert.That(map.Has("pttButton"), Is.True);
            Assert.That(() => map["broadcastButton"], Throws.ArgumentException.With.Message.Contains("not an entry of the console map map.json"));
        });
    }

    [Test]
    public void Parse_BrokenJson_LineNumberAndNoStackTrace()
    {
        var error = Assert.Throws<ConsoleMapException>(() => ConsoleMapLoader.Parse("{\n  \"product\": \"x\",\n  \"login\": {\n", "map.json"));

        Assert.That(error!.Message, Does.StartWith("map.json: line 4: not valid JSON"));
    }

    [Test]
    public void Docs_WebConsolePage_DescribesEveryMapEntry()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "EsnHarness.sln")))
        {
            folder = folder.Parent;
        }

        var page = File.ReadAllText(Path.Combine(folder!.FullName, "docs", "web-console.md"));

        Assert.That(ConsoleMapEntries.All.Where(e => !page.Contains($"| `{e.Name}` |", StringComparison.Ordinal)).Select(e => e.Name), Is.Empty,
            "docs/web-console.md has a table row for every console map entry");
    }

    [Test]
    public void Load_MissingFile_NamesTheFile()
    {
        var error = Assert.Throws<ConsoleMapException>(() => ConsoleMapLoader.Load("/nonexistent/console-map.json"));

        Assert.That(error!.Message, Does.StartWith("/nonexistent/console-map.json: cannot read the console map"));
    }
}
