using EsnHarness.Reporting;

namespace EsnHarness.Cli.Internal;

/// <summary>Writes JUnit and HTML reports from a run's NDJSON, so every report says exactly what the messages say.</summary>
internal static class ReportWriter
{
    /// <summary>Writes the non-message formats from <paramref name="ndjsonPath"/>, reading tags with <paramref name="vocabulary"/>;
    /// returns every report path, message included.</summary>
    public static IReadOnlyList<ReportFormat> WriteDerived(IReadOnlyList<ReportFormat> formats, string ndjsonPath, RequirementVocabulary vocabulary)
    {
        var derived = formats.Where(format => format.Kind != "message").ToList();
        if (derived.Count > 0)
        {
            var model = ReportModel.Load([ndjsonPath], vocabulary);
            foreach (var format in derived)
            {
                Write(model, format);
            }
        }

        return formats;
    }

    public static void Write(ReportModel model, ReportFormat format)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(format.Path)!);
        switch (format.Kind)
        {
            case "junit":
                new JUnitReportWriter().Write(model, format.Path);
                break;
            case "html":
                new LivingDocWriter().Write(model, format.Path);
                break;
            default:
                throw new ArgumentException($"no derived writer for {format.Kind}", nameof(format));
        }
    }
}
