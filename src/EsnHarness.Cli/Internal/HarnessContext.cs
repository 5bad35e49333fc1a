using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>esn.json (or defaults) found from the working folder; relative paths in it resolve against its folder.</summary>
internal static class HarnessContext
{
    public static HarnessSettings LoadSettings(CliConsole console, string? explicitPath)
    {
        if (explicitPath is not null)
        {
            return SettingsLoader.Load(Path.GetFullPath(explicitPath, console.WorkingDirectory));
        }

        var found = SettingsLoader.Find(console.WorkingDirectory);
        return found is null ? HarnessSettings.Defaults(console.WorkingDirectory) : SettingsLoader.Load(found);
    }
}
