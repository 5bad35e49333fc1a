namespace EsnHarness.Reporting;

/// <summary>
/// A user's report input is wrong (a malformed NDJSON line, shards that cannot be merged).
/// The message is one line that names the file and, where there is one, the line.
/// </summary>
public sealed class ReportInputException : Exception
{
    public ReportInputException(string path, int? line, string problem)
        : base(line is null ? $"{path}: {problem}" : $"{path}:{line}: {problem}")
    {
        FilePath = path;
        Line = line;
    }

    public ReportInputException(string message) : base(message)
    {
        FilePath = string.Empty;
    }

    public ReportInputException(string message, Exception innerException) : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    public ReportInputException() : this("invalid report input")
    {
    }

    /// <summary>The input file the problem was found in (empty when not file-specific).</summary>
    public string FilePath { get; }

    /// <summary>The 1-based line, when the problem is on one line.</summary>
    public int? Line { get; }
}
