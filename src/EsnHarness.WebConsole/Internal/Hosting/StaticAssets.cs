using System.Reflection;

namespace EsnHarness.WebConsole.Internal.Hosting;

/// <summary>The console's own page, style, script and icon, embedded in the assembly (wwwroot/), served from memory.</summary>
internal sealed class StaticAssets
{
    private const string Prefix = "EsnHarness.WebConsole.wwwroot.";
    private readonly Dictionary<string, (byte[] Content, string Type)> _assets = new(StringComparer.Ordinal);

    public StaticAssets()
    {
        var assembly = typeof(StaticAssets).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource[Prefix.Length..];
            _assets[name] = (copy.ToArray(), TypeOf(name));
        }
    }

    public bool TryGet(string name, out byte[] content, out string type)
    {
        var found = _assets.TryGetValue(name, out var asset);
        (content, type) = found ? asset : ([], "");
        return found;
    }

    public string Text(string name) => _assets.TryGetValue(name, out var asset)
        ? System.Text.Encoding.UTF8.GetString(asset.Content)
        : throw new InvalidOperationException($"the console asset '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");

    private static string TypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
