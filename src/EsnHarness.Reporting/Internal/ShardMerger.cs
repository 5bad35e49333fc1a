using System.Text.Json.Nodes;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>The state of a merge in progress: what is defined globally, and each shard's id map.</summary>
internal sealed partial class ShardMerger
{
    private static readonly string[] DefinitionKinds = ["stepDefinition", "hook", "parameterType", "undefinedParameterType", "parseError"];

    private readonly HashSet<string> _usedIds = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _definitions = [];
    private readonly List<JsonObject> _execution = [];
    private readonly Dictionary<string, (string Data, string Path)> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _pickles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _definitionIds = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _shardRecords = [];
    private JsonObject? _meta;
    private string? _runId;
    private Timestamp? _earliestStart;
    private Timestamp? _latestFinish;
    private bool _success = true;
    private JsonObject? _firstFailure;

    public void AddShard(string path, int shardNumber)
    {
        var shard = new ShardState(path, $"s{shardNumber}-");
        foreach (var (line, number) in NdjsonLines.Read(path))
        {
            var envelope = NdjsonSerializer.ParseLine(path, number, line);
            var node = JsonNode.Parse(line)!.AsObject();
            Add(shard, node, envelope, number);
        }
        _shardRecords.Add(shard.Record());
    }

    private void Add(ShardState shard, JsonObject node, Envelope envelope, int line)
    {
        var message = node.First(x => x.Value is JsonObject);
        var kind = message.Key;
        var body = message.Value!.AsObject();
        switch (kind)
        {
            case "meta":
                _meta ??= node;
                break;
            case "source":
                if (AddSource(shard, envelope.Source, line))
                {
                    _definitions.Add(node);
                }
                break;
            case "gherkinDocument":
                AddDocument(shard, node, body, line);
                break;
            case "pickle":
                AddPickle(shard, node, body);
                break;
            case "testRunStarted":
                AddRunStarted(shard, envelope.TestRunStarted);
                break;
            case "testRunFinished":
                AddRunFinished(shard, node, envelope.TestRunFinished);
                break;
            case var k when DefinitionKinds.Contains(k):
                AddDefinition(shard, kind, node, body);
                break;
            default:
                Remap(shard, body);
                _execution.Add(node);
                break;
        }
    }

    /// <summary>True when the source is new to the merge; an identical one from another shard is dropped.</summary>
    private bool AddSource(ShardState shard, Source source, int line)
    {
        if (_sources.TryGetValue(source.Uri, out var known) && known.Data != source.Data)
        {
            throw new ReportInputException(shard.Path, line,
                $"{source.Uri} differs from the one in {known.Path}; shards of one run must run the same features");
        }
        return _sources.TryAdd(source.Uri, (source.Data, shard.Path));
    }

    private void AddDocument(ShardState shard, JsonObject node, JsonObject body, int line)
    {
        var uri = body["uri"]?.GetValue<string>() ?? string.Empty;
        if (_documents.TryGetValue(uri, out var known))
        {
            if (!MapParallel(shard, body, known))
            {
                throw new ReportInputException(shard.Path, line, $"the Gherkin document of {uri} differs from another shard's");
            }
            return;
        }
        Remap(shard, body);
        _documents[uri] = body;
        _definitions.Add(node);
    }

    private void AddPickle(ShardState shard, JsonObject node, JsonObject body)
    {
        var astIds = (body["astNodeIds"] as JsonArray ?? []).Select(x => shard.Lookup(x!.GetValue<string>()) ?? "?");
        var key = (body["uri"]?.GetValue<string>() ?? string.Empty) + "|" + string.Join(",", astIds);
        if (_pickles.TryGetValue(key, out var known) && MapParallel(shard, body, known))
        {
            return;
        }
        Remap(shard, body);
        _pickles[key] = body;
        _definitions.Add(node);
    }

    private void AddDefinition(ShardState shard, string kind, JsonObject node, JsonObject body)
    {
        var copy = body.DeepClone().AsObject();
        var oldId = copy["id"]?.GetValue<string>();
        copy.Remove("id");
        var key = kind + copy.ToJsonString();
        if (oldId is not null && _definitionIds.TryGetValue(key, out var existing))
        {
            shard.Map(oldId, existing);
            return;
        }
        Remap(shard, body);
        if (body["id"]?.GetValue<string>() is { } newId)
        {
            _definitionIds[key] = newId;
        }
        _definitions.Add(node);
    }
}
