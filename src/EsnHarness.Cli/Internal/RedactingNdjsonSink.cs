using System.Text.Json.Nodes;
using EsnHarness.Bdd;
using EsnHarness.Reporting;
using EsnHarness.Steps.Profiles;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Writes the run's Cucumber Messages as NDJSON with every secret of the profile masked, and adds, right after
/// <c>testRunStarted</c>, the run-level attachment that tells reports which profile and targets (never secrets) ran.
/// </summary>
internal sealed class RedactingNdjsonSink(TextWriter writer, Redactor redactor, string runInfoJson) : IEnvelopeSink, IDisposable
{
    public static string RunInfo(ResolvedProfile profile, Shard? shard)
    {
        var targets = new JsonObject();
        foreach (var (role, address) in ProfileDescription.Targets(profile))
        {
            targets[role] = address;
        }

        var info = new JsonObject { ["profile"] = profile.Name, ["targets"] = targets };
        if (shard is not null)
        {
            info["shard"] = shard.ToString();
        }

        return info.ToJsonString();
    }

    public void Write(Envelope envelope)
    {
        WriteLine(envelope);
        if (envelope.TestRunStarted is { } started)
        {
            WriteLine(Envelope.Create(new Attachment(runInfoJson, AttachmentContentEncoding.IDENTITY, null, RunMetadata.RunInfoMediaType,
                null, null, null, null, started.Id, null, started.Timestamp)));
        }

        if (envelope.TestCaseFinished is not null || envelope.TestRunFinished is not null)
        {
            writer.Flush();
        }
    }

    public void Dispose() => writer.Dispose();

    private void WriteLine(Envelope envelope)
    {
        writer.Write(redactor.Redact(EsnHarness.Bdd.NdjsonSerializer.Serialize(envelope)));
        writer.Write('\n');
    }
}
