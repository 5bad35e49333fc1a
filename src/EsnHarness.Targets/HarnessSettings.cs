namespace EsnHarness.Targets;

/// <summary>
/// The harness settings from esn.json (the analogue of cucumber.yml or reqnroll.json): where features and stubs are,
/// the default report formats and worker count, and the named profiles.
/// </summary>
/// <param name="BaseDirectory">The folder holding esn.json; relative paths in it are relative to this folder.</param>
/// <param name="Features">Feature folders or files.</param>
/// <param name="Stubs">The folder of WireMock mappings.</param>
/// <param name="Formats">Default report formats, e.g. <c>message:artifacts/esn.ndjson</c>.</param>
/// <param name="Tags">Tag expression applied when the command line gives none, e.g. <c>not @wip</c>.</param>
/// <param name="Workers">Scenarios run at once; null uses the processor count.</param>
/// <param name="DefaultProfile">The profile used when neither ESN_PROFILE nor --profile names one.</param>
/// <param name="Profiles">Named profiles; <c>reference</c> always exists.</param>
public sealed record HarnessSettings(
    string BaseDirectory,
    IReadOnlyList<string> Features,
    string Stubs,
    IReadOnlyList<string> Formats,
    string? Tags,
    int? Workers,
    string DefaultProfile,
    IReadOnlyDictionary<string, ProfileDefinition> Profiles)
{
    /// <summary>The words reports read requirement tags with (esn.json's <c>vocabulary</c>); unset lists take the reports' defaults.</summary>
    public VocabularySettings Vocabulary { get; init; } = VocabularySettings.None;

    /// <summary>The name of the all-embedded profile that always exists.</summary>
    public const string ReferenceProfile = "reference";

    /// <summary>The file name looked for in the working folder and its parents.</summary>
    public const string FileName = "esn.json";

    /// <summary>Settings when there is no esn.json: features/ and stubs/ under <paramref name="baseDirectory"/>, the reference profile.</summary>
    public static HarnessSettings Defaults(string baseDirectory) => new(
        baseDirectory,
        ["features"],
        "stubs",
        ["message:artifacts/esn.ndjson", "junit:artifacts/junit.xml", "html:artifacts/living-doc.html"],
        null,
        null,
        ReferenceProfile,
        new Dictionary<string, ProfileDefinition>(StringComparer.Ordinal)
        {
            [ReferenceProfile] = new(ReferenceProfile, "Every role embedded: the reference ESN simulators and HTTP stubs.", new Dictionary<EsnRole, RoleDefinition>()),
        });

    /// <summary>Makes <paramref name="path"/> absolute against <see cref="BaseDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, BaseDirectory);
}
