using EsnHarness.Reporting;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Writes JUnit and HTML reports from a run's NDJSON, so every report says exactly what the messages say. A report that
/// cannot be written does not stop the others: its outcome carries the reason.
/// </summary>
internal static class ReportWriter
{
    /// <summary>Writes the non-message formats from <paramref name="ndjsonPath"/>, reading tags with <paramref name="vocabulary"/>;
    /// returns an outcome per format, message included.</summary>
    public static IReadOnlyList<ReportOutcome> WriteDerived(IReadOnlyList<ReportFormat> formats, string ndjsonPath, RequirementVocabulary vocabulary)
    {
        var derived = formats.Where(format => format.Kind != "message").ToList();
        ReportModel? model = null;
        string? unreadable = null;
        if (derived.Count > 0)
        {
            try
            {
                model = ReportModel.Load([ndjsonPath], vocabulary);
            }
            catch (Exception error) when (error is ReportInputException or IOException or UnauthorizedAccessException)
            {
                unreadable = $"the run's messages could not be read back ({error.Message})";
            }
        }

        return formats.Select(format => format.Kind == "message" ? new ReportOutcome(format, null) : new ReportOutcome(format, unreadable ?? TryWrite(model!, format))).ToList();
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

    private static string? TryWrite(ReportModel model, ReportFormat format)
    {
        try
        {
            Write(model, format);
            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return error.Message;
        }
    }
}
