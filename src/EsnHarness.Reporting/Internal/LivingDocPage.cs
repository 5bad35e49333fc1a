using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace EsnHarness.Reporting.Internal;

/// <summary>
/// Puts the page together from its embedded template, stylesheet and scripts. The Content-Security-Policy
/// allows exactly these inline blocks (by SHA-256), data: images and nothing else: no network, no
/// injected script, even if some text escaped the escaping.
/// </summary>
internal static partial class LivingDocPage
{
    private static readonly string[] ScriptParts = ["tagexpr.js", "chart.js", "render.js", "app.js", "list.js", "panels.js"];

    private static readonly Lazy<(string Template, string Style, string Script)> Assets = new(LoadAssets);

    public static string Compose(string title, string dataJson)
    {
        var (template, style, script) = Assets.Value;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TITLE"] = WebUtility.HtmlEncode(title),
            ["STYLE"] = style,
            ["SCRIPT"] = script,
            ["STYLE_HASH"] = Hash(style),
            ["SCRIPT_HASH"] = Hash(script),
            ["DATA"] = dataJson,
        };
        return Placeholder().Replace(template, m => values[m.Groups[1].Value]);
    }

    private static string Hash(string inline) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static (string, string, string) LoadAssets()
    {
        var script = new StringBuilder("(function () {\n'use strict';\n");
        foreach (var part in ScriptParts)
        {
            script.Append(Read(part)).Append('\n');
        }
        script.Append("})();\n");
        return (Read("page.html"), Read("styles.css"), script.ToString());
    }

    private static string Read(string name)
    {
        using var stream = typeof(LivingDocPage).Assembly.GetManifestResourceStream("LivingDoc." + name)
            ?? throw new InvalidOperationException($"The living doc asset {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
