using EsnHarness.Stubs.Defects;
using EsnHarness.Stubs.Internal;
using WireMock.Admin.Mappings;

namespace EsnHarness.Stubs;

/// <summary>The mappings of a stubs folder, checked: every <c>*.json</c> under it (subfolders included), one
/// mapping per file, grouped by endpoint folder (<c>idms</c>, <c>gms</c>, <c>cms</c>, <c>kms</c>, <c>cad</c>, <c>avl</c>...),
/// and the defect mappings under <c>_defects/&lt;defect name&gt;/</c>.</summary>
public sealed class StubCatalog
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<LoadedMapping>> _defects;

    private StubCatalog(string folder, IReadOnlyList<LoadedMapping> mappings, IReadOnlyDictionary<string, IReadOnlyList<LoadedMapping>> defects)
    {
        Folder = folder;
        Loaded = mappings;
        _defects = defects;
        Mappings = mappings.Select(m => new StubMappingInfo(m.Endpoint, m.Model.Title!, m.File, m.Model.Description)).ToList();
        Endpoints = mappings.Select(m => m.Endpoint).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Defects = defects.Keys.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The folder the mappings were read from.</summary>
    public string Folder { get; }

    /// <summary>Every mapping, in file order.</summary>
    public IReadOnlyList<StubMappingInfo> Mappings { get; }

    /// <summary>The endpoint folders that hold at least one mapping, sorted.</summary>
    public IReadOnlyList<string> Endpoints { get; }

    /// <summary>The stub defects this folder has mappings for (<see cref="StubDefects"/> names), sorted.</summary>
    public IReadOnlyList<string> Defects { get; }

    internal IReadOnlyList<LoadedMapping> Loaded { get; }

    internal IEnumerable<MappingModel> Models => Loaded.Select(m => m.Model);

    /// <summary>Reads and checks every mapping under <paramref name="folder"/>, including whether WireMock accepts it.
    /// Returns every problem found; an empty list means the folder is valid.</summary>
    public static IReadOnlyList<StubProblem> Validate(string folder) => Read(folder).Problems;

    /// <summary>Reads and checks every mapping under <paramref name="folder"/>.</summary>
    /// <exception cref="StubMappingException">Any mapping is invalid; the message names the first file and reason.</exception>
    public static StubCatalog Load(string folder)
    {
        var (catalog, problems) = Read(folder);
        return problems.Count > 0 ? throw new StubMappingException(problems) : catalog;
    }

    /// <summary>The defects called <paramref name="names"/>, each with mappings in this folder.</summary>
    /// <exception cref="ArgumentException">A name no stub defines, or one this folder has no mappings for; the message names it.</exception>
    public IReadOnlyList<StubDefect> RequireDefects(IEnumerable<string> names)
    {
        var defects = StubDefects.Require(names);
        return defects.FirstOrDefault(d => !_defects.ContainsKey(d.Name)) is { } missing
            ? throw new ArgumentException($"stub defect '{missing.Name}' has no mappings in {Folder} (expected under {DefectFolder.Name}/{missing.Name}/{missing.Role}/)")
            : defects;
    }

    internal IEnumerable<MappingModel> DefectModels(IEnumerable<StubDefect> defects) =>
        defects.SelectMany(d => _defects.TryGetValue(d.Name, out var mappings) ? mappings : []).Select(m => m.Model);

    private static (StubCatalog Catalog, IReadOnlyList<StubProblem> Problems) Read(string folder)
    {
        var (mappings, problems) = MappingFolder.Read(folder);
        var (defects, defectProblems) = DefectFolder.Read(folder);
        IReadOnlyList<StubProblem> all = [.. problems, .. defectProblems, .. WireMockAcceptance.Check([.. mappings, .. defects.Values.SelectMany(m => m)])];
        return (new StubCatalog(folder, mappings, defects), all);
    }
}
