namespace EsnHarness.Reporting.Internal;

/// <summary>Enumerates the non-blank lines of an NDJSON file with their 1-based numbers.</summary>
internal static class NdjsonLines
{
    public static IEnumerable<(string Line, int Number)> Read(string path)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReportInputException(path, null, $"cannot be read ({ex.Message})");
        }
        using (reader)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return (line, number);
                }
            }
        }
    }
}
