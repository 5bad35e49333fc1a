using System.Text.Json.Nodes;
using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 7: 4 shards as 4 processes, merged, equal a single run; every pickle in exactly one shard.</summary>
[TestFixture]
public sealed class ShardTests
{
    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliHarness();
        for (var file = 0; file < 3; file++)
        {
            var text = $"Feature: F{file}\n";
            for (var i = 0; i < 7; i++)
            {
                var step = i == 3 && file == 1 ? "Given a step that fails with \"boom\"" : "Given a passing step";
                text += $"  @REQ-S-{file}{i} @must\n  Scenario: s{file}-{i}\n    {step}\n";
            }

            _cli.Write($"features/f{file}.feature", text);
        }
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task FourShardProcesses_Merged_EqualSingleRun()
    {
        var single = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "message:single.ndjson");
        Assert.That(single.ExitCode, Is.EqualTo(1), single.Output + single.Error);

        var shards = await Task.WhenAll(Enumerable.Range(1, 4).Select(index => RunProcessAsync(index)));
        Assert.That(shards.Select(shard => shard.ExitCode), Has.All.AnyOf(0, 1));

        var merge = await _cli.RunAsync(["report", "merge", .. Enumerable.Range(1, 4).Select(i => $"shard-{i}.ndjson"), "-o", "merged.ndjson"]);
        Assert.That(merge.ExitCode, Is.EqualTo(0), merge.Error);

        var perShard = Enumerable.Range(1, 4).Select(i => Outcomes(_cli.Path($"shard-{i}.ndjson"))).ToList();
        Assert.That(perShard.Sum(shard => shard.Count), Is.EqualTo(21), "every pickle runs in exactly one shard");
        Assert.That(perShard.SelectMany(shard => shard.Keys).Distinct().Count(), Is.EqualTo(21));
        Assert.That(Outcomes(_cli.Path("merged.ndjson")), Is.EquivalentTo(Outcomes(_cli.Path("single.ndjson"))));
        var finished = File.ReadLines(_cli.Path("merged.ndjson")).Select(line => JsonNode.Parse(line)!).Single(node => node["testRunFinished"] is not null);
        Assert.That((bool)finished["testRunFinished"]!["success"]!, Is.False);
    }

    [Test]
    public async Task JobCompletionIndex_SelectsTheSameShardAsTheFlag()
    {
        var byFlag = await _cli.RunAsync("list", "--bindings", CliHarness.BindingsAssembly, "--shard", "3/4");
        _cli.Environment["JOB_COMPLETION_INDEX"] = "2";
        _cli.Environment["JOB_COMPLETION_TOTAL"] = "4";
        var byJob = await _cli.RunAsync("list", "--bindings", CliHarness.BindingsAssembly);

        Assert.That(byJob.Output, Is.EqualTo(byFlag.Output));
        Assert.That(byJob.Output, Is.Not.Empty);
    }

    private static Dictionary<string, string> Outcomes(string path) => MessageOutcomes.Read(path);

    private async Task<(int ExitCode, string Output)> RunProcessAsync(int index)
    {
        await using var process = CliProcess.Start(_cli.Folder, "run", "--shard", $"{index}/4", "--workers", "1",
            "--bindings", CliHarness.BindingsAssembly, "--format", $"message:shard-{index}.ndjson");
        return (await process.WaitForExitAsync(TimeSpan.FromMinutes(3)), process.Output);
    }
}
