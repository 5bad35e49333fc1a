using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsnHarness.Bdd;
using EsnHarness.Reporting;
using EsnHarness.Targets;
using Io.Cucumber.Messages.Types;
using NdjsonSerializer = EsnHarness.Bdd.NdjsonSerializer;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Writes the run's Cucumber Messages as UTF-8 NDJSON with every secret of the profile masked, and adds, right after
/// <c>testRunStarted</c>, the run-level attachment that tells reports which profile and targets (never secrets) ran.
/// Without secrets to mask, envelopes go straight from the serializer to the stream, with no string in between.
/// </summary>
internal sealed class RedactingNdjsonSink(Stream stream, Redactor redactor, string runInfoJson) : IEnvelopeSink, IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json = new(Stream.Null, NdjsonSerializer.WriterOptions);

    public static string RunInfo(ResolvedProfile profile, SelectionFacts selection)
    {
        var targets = new JsonObject();
        foreach (var (role, address) in ProfileDescription.Targets(profile))
        {
            targets[role] = address;
        }

        var info = new JsonObject { ["profile"] = profile.Name, ["targets"] = targets, ["selection"] = selection.ToJson() };
        if (selection.Shard is not null)
        {
            info["shard"] = selection.Shard;
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
            stream.Flush();
        }
    }

    public void Dispose()
    {
        _json.Dispose();
        stream.Dispose();
    }

    private void WriteLine(Envelope envelope)
    {
        if (redactor.IsEmpty)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            NdjsonSerializer.Serialize(_json, envelope);
            _json.Flush();
            stream.Write(_buffer.WrittenSpan);
        }
        else
        {
            stream.Write(Encoding.UTF8.GetBytes(redactor.Redact(NdjsonSerializer.Serialize(envelope))));
        }

        stream.WriteByte((byte)'\n');
    }
}
