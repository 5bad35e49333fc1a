using EsnHarness.Stubs.Internal;
using WireMock.Admin.Mappings;

namespace EsnHarness.Stubs;

/// <summary>The mappings of a stubs folder, checked: every <c>*.json</c> under it (subfolders included), one
/// mapping per file, grouped by endpoint folder (<c>idms</c>, <c>gms</c>, <c>cms</c>, <c>kms</c>, <c>cad</c>, <c>avl</c>...).</summary>
public sealed class StubCatalog
{
    private StubCatalog(string folder, IReadOnlyList<LoadedMapping> mappings)
    {
        Folder = folder;
        Loaded = mappings;
        Mappings = mappings.Select(m => new StubMappingInfo(m.Endpoint, m.Model.Title!, m.File, m.Model.Description)).ToList();
        Endpoints = mappings.Select(m => m.Endpoint).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder the mappings were read from.</summary>
    public string Folder { get; }

    /// <summary>Every mapping, in file order.</summary>
    public IReadOnlyList<StubMappingInfo> Mappings { get; }

    /// <summary>The endpoint folders that hold at least one mapping, sorted.</summary>
    public IReadOnlyList<string> Endpoints { get; }

    internal IReadOnlyList<LoadedMapping> Loaded { get; }

    internal IEnumerable<MappingModel> Models => Loaded.Select(m => m.Model);

    /// <summary>Reads and checks every mapping under <paramref name="folder"/>, including whether WireMock accepts it.
    /// Returns every problem found; an empty list means the folder is valid.</summary>
    public static IReadOnlyList<StubProblem> Validate(string folder)
    {
        var (mappings, problems) = MappingFolder.Read(folder);
        return [.. problems, .. WireMockAcceptance.Check(mappings)];
    }

    /// <summary>Reads and checks every mapping under <paramref name="folder"/>.</summary>
    /// <exception cref="StubMappingException">Any mapping is invalid; the message names the first file and reason.</exception>
    public static StubCatalog Load(string folder)
    {
        var (mappings, problems) = MappingFolder.Read(folder);
        IReadOnlyList<StubProblem> all = [.. problems, .. WireMockAcceptance.Check(mappings)];
        return all.Count > 0 ? throw new StubMappingException(all) : new StubCatalog(folder, mappings);
    }
}
