using EsnHarness.Bdd;
using EsnHarness.Steps.WebConsoles;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Internal;

/// <summary>What the user asked <c>esn run</c> (or <c>list</c>/<c>check</c>) for, before esn.json and the profile are applied.</summary>
internal sealed record RunRequest(
    string? Config,
    string? Profile,
    IReadOnlyDictionary<string, string> Endpoints,
    IReadOnlyList<string> Features,
    string? Tags,
    string? Name,
    bool DryRun,
    bool FailFast,
    int Retry,
    IReadOnlyList<string> Formats,
    Shard? Shard,
    int? Workers,
    IReadOnlyList<string> Bindings,
    bool AllowEmpty = false,
    IReadOnlyList<string>? Defects = null,
    string? Log = null,
    LogLevel LogLevel = LogLevel.Information,
    ScreenshotPolicy Screenshots = ScreenshotPolicy.Failures,
    int? MeasuredAtOnce = null);
