using EsnHarness.Reporting.Internal;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting;

/// <summary>
/// Joins the NDJSON of a sharded run (one file per CI agent) into one valid Cucumber Messages stream:
/// one <c>meta</c>; sources, documents, pickles, step definitions, hooks and parameter types once each;
/// one <c>testRunStarted</c> (earliest start) and one <c>testRunFinished</c> (latest finish, success
/// only if every shard succeeded); every execution message kept. Ids that two shards use for
/// different things are renamed with a shard prefix (<c>s2-17</c>), ids that name the same
/// document node or pickle are unified, so shards may use either deterministic or counter ids.
/// A run-level attachment of type <see cref="RunMetadata.MergeInfoMediaType"/> records the inputs.
/// </summary>
public static class NdjsonMerger
{
    /// <summary>Merges the files, in the given order, into envelopes in stream order.</summary>
    /// <exception cref="ReportInputException">A line is malformed, or two shards disagree on a feature's text.</exception>
    public static IReadOnlyList<Envelope> Merge(IEnumerable<string> ndjsonPaths)
    {
        ArgumentNullException.ThrowIfNull(ndjsonPaths);
        var merger = new ShardMerger();
        var index = 0;
        foreach (var path in ndjsonPaths)
        {
            merger.AddShard(path, ++index);
        }
        if (index == 0)
        {
            throw new ReportInputException("no NDJSON input given to merge");
        }
        return merger.Result();
    }

    /// <summary>Merges the files and writes the result to <paramref name="outputPath"/> as NDJSON.</summary>
    public static void Merge(IEnumerable<string> ndjsonPaths, string outputPath)
    {
        var merged = Merge(ndjsonPaths);
        NdjsonSerializer.WriteFile(outputPath, merged);
    }
}
