using System.Text.RegularExpressions;
using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators;
using EsnHarness.Steps.Model;
using Grpc.Core;
using Grpc.Net.Client;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Gathers <see cref="WorldFacts"/>: agencies and control rooms from the step library's model, places from the reference
/// network model (an embedded simulator host on 127.0.0.1, started for the purpose, with a places file when given),
/// groups and people from the feature files (the names the catalogue already introduces).
/// </summary>
internal static partial class WorldReader
{
    public static async Task<WorldFacts> ReadAsync(IReadOnlyList<string> featureRoots, string? placesFile, CancellationToken cancellationToken)
    {
        var places = await PlacesAsync(placesFile, cancellationToken);
        var (groups, people) = Catalogue(featureRoots);
        return new WorldFacts(
            [.. AgencyNames.All.Select(a => a.Name())],
            [.. ControlRoom.All.Select(c => new WorldControlRoom(c.Name, c.Agency.Name(), c.ConsolePlace.Value))],
            places, groups, people);
    }

    private static async Task<IReadOnlyList<WorldPlace>> PlacesAsync(string? placesFile, CancellationToken cancellationToken)
    {
        SimulatorHost host;
        try
        {
            host = await SimulatorHost.StartAsync(new SimulatorHostOptions { PlacesFile = placesFile }, cancellationToken);
        }
        catch (SimulatorConfigurationException error)
        {
            throw new UsageException($"world: {error.Message}");
        }

        await using (host)
        {
            using var channel = GrpcChannel.ForAddress(host.Address);
            var headers = new Metadata { { EsnMetadata.NamespaceHeader, "esn-world" } };
            var list = await new NetworkService.NetworkServiceClient(channel).ListPlacesAsync(new ListPlacesRequest(), headers, cancellationToken: cancellationToken);
            await new NamespaceLifecycle.NamespaceLifecycleClient(channel).CloseAsync(new CloseNamespaceRequest(), headers, cancellationToken: cancellationToken);
            return [.. list.Places.Where(p => p.Kind != PlaceKind.Test)
                .Select(p => new WorldPlace(p.Name, [.. p.Aliases], Words(p.Kind.ToString()), Words(p.Coverage.ToString()), p.Borough))
                .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        }
    }

    private static (IReadOnlyList<WorldNamed> Groups, IReadOnlyList<WorldNamed> People) Catalogue(IReadOnlyList<string> roots)
    {
        var groups = new Dictionary<string, WorldNamed>(StringComparer.OrdinalIgnoreCase);
        var people = new Dictionary<string, WorldNamed>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, relative) in FeatureFiles(roots))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (GroupLine().Match(line) is { Success: true } g)
                {
                    groups.TryAdd(g.Groups["name"].Value, new WorldNamed(g.Groups["name"].Value, g.Groups["agency"].Value, relative));
                }
                else if (PersonRow().Match(line) is { Success: true } p)
                {
                    people.TryAdd(p.Groups["name"].Value, new WorldNamed(p.Groups["name"].Value, p.Groups["agency"].Value, relative));
                }
                else if (DispatcherLine().Match(line) is { Success: true } d)
                {
                    var room = ControlRoom.Parse(d.Groups["room"].Value);
                    people.TryAdd(d.Groups["name"].Value, new WorldNamed(d.Groups["name"].Value, $"{room.Agency.Name()} ({room.Name} dispatcher)", relative));
                }
                else if (PersonOf().Match(line) is { Success: true } o)
                {
                    people.TryAdd(o.Groups["name"].Value, new WorldNamed(o.Groups["name"].Value, o.Groups["agency"].Value, relative));
                }
            }
        }

        return ([.. groups.Values.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase)], [.. people.Values.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    private static IEnumerable<(string File, string Relative)> FeatureFiles(IReadOnlyList<string> roots) =>
        roots.SelectMany(root => Directory.Exists(root)
                ? Directory.EnumerateFiles(root, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .Select(f => (f, Path.Combine(Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar)), Path.GetRelativePath(root, f)).Replace('\\', '/')))
                : File.Exists(root) ? [(root, Path.GetFileName(root))] : []);

    // PLACE_KIND_FIRE_STATION as the contract's enum reads in C#: FireStation -> "fire station".
    private static string Words(string pascal) => CamelWords().Replace(pascal, " $1").Trim().ToLowerInvariant();

    [GeneratedRegex("(?<agency>" + AgencyNames.Pattern + "|multi-agency) group \"(?<name>[^\"]+)\"")]
    private static partial Regex GroupLine();

    [GeneratedRegex(@"^\s*\|\s*(?<name>[^|]+?)\s*\|\s*(?<agency>" + AgencyNames.Pattern + @")\s*\|")]
    private static partial Regex PersonRow();

    [GeneratedRegex("\"(?<name>[^\"]+)\" is a dispatcher at (?<room>MetCC|LFB Control|LAS EOC)")]
    private static partial Regex DispatcherLine();

    [GeneratedRegex("\"(?<name>[^\"]+)\" of (?<agency>" + AgencyNames.Pattern + ")\\b")]
    private static partial Regex PersonOf();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex CamelWords();
}
