using EsnHarness.Reporting;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>The words reports and <c>esn check</c> read tags with: esn.json's <c>vocabulary</c>, the reports' defaults for what it leaves out.</summary>
internal static class ReportVocabulary
{
    public static RequirementVocabulary Of(HarnessSettings settings)
    {
        var defaults = RequirementVocabulary.Default;
        var given = settings.Vocabulary;
        return new RequirementVocabulary(
            given.Agencies ?? defaults.Agencies,
            given.Priorities ?? defaults.Priorities,
            given.Capabilities ?? defaults.Capabilities,
            given.SourcePrefixes ?? defaults.SourcePrefixes);
    }
}
