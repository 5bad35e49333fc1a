using System.Text.Json;
using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>The one test run of the merged stream, and assembling the output.</summary>
internal sealed partial class ShardMerger
{
    private void AddRunStarted(ShardState shard, TestRunStarted started)
    {
        _runId ??= Define(shard, started.Id ?? "run");
        shard.Map(started.Id ?? "run", _runId);
        if (started.Timestamp is { } t)
        {
            shard.Started = Time.ToDateTimeOffset(t).ToString("O");
            if (_earliestStart is null || Time.Compare(t, _earliestStart) < 0)
            {
                _earliestStart = t;
            }
        }
    }

    private void AddRunFinished(ShardState shard, JsonObject node, TestRunFinished finished)
    {
        shard.Success = finished.Success;
        _success &= finished.Success;
        if (!finished.Success)
        {
            _firstFailure ??= node["testRunFinished"]!.AsObject();
        }
        if (finished.Timestamp is { } t)
        {
            shard.Finished = Time.ToDateTimeOffset(t).ToString("O");
            if (_latestFinish is null || Time.Compare(t, _latestFinish) > 0)
            {
                _latestFinish = t;
            }
        }
    }

    public IReadOnlyList<Envelope> Result()
    {
        var runId = _runId ?? "merged-run";
        var start = _earliestStart ?? _latestFinish ?? new Timestamp(0, 0);
        var output = new List<Envelope>();
        if (_meta is not null)
        {
            output.Add(ToEnvelope(_meta));
        }
        output.AddRange(_definitions.Select(ToEnvelope));
        output.Add(Envelope.Create(new TestRunStarted(start, runId)));
        var record = new JsonObject { ["shards"] = new JsonArray([.. _shardRecords]) };
        output.Add(Envelope.Create(new Attachment(record.ToJsonString(), AttachmentContentEncoding.IDENTITY, null,
            RunMetadata.MergeInfoMediaType, null, null, null, null, runId, null, start)));
        output.AddRange(_execution.Select(ToEnvelope));
        var failure = _firstFailure is null ? null : JsonSerializer.Deserialize<TestRunFinished>(_firstFailure, NdjsonSerializer.Options);
        var message = _success ? null : failure?.Message ?? "at least one shard did not succeed";
        output.Add(Envelope.Create(new TestRunFinished(message, _success, _latestFinish ?? start, failure?.Exception, runId)));
        return output;
    }

    private static Envelope ToEnvelope(JsonObject node) =>
        node.Deserialize<Envelope>(NdjsonSerializer.Options) ?? throw new JsonException("null envelope");
}
