namespace EsnHarness.Cli.Internal;

/// <summary>One <c>--format KIND:FILE</c> request: <c>message</c> (Cucumber Messages NDJSON), <c>junit</c> or <c>html</c>.</summary>
internal sealed record ReportFormat(string Kind, string Path)
{
    public static readonly string[] Kinds = ["message", "junit", "html"];

    public static ReportFormat Parse(string text, string baseDirectory)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? text : text[..colon];
        if (!Kinds.Contains(kind, StringComparer.Ordinal))
        {
            throw new UsageException($"--format '{text}': unknown format '{kind}' (known: {string.Join(", ", Kinds)}), written KIND:FILE");
        }

        if (colon < 0 || colon == text.Length - 1)
        {
            throw new UsageException($"--format '{text}': give a file, e.g. {kind}:artifacts/{DefaultFile(kind)}");
        }

        return new ReportFormat(kind, System.IO.Path.GetFullPath(text[(colon + 1)..], baseDirectory));
    }

    private static string DefaultFile(string kind) => kind switch
    {
        "message" => "esn.ndjson",
        "junit" => "junit.xml",
        _ => "living-doc.html",
    };
}
