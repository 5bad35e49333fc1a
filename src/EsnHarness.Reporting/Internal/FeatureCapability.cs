namespace EsnHarness.Reporting.Internal;

/// <summary>
/// A feature's capability: the first folder under <c>features/</c> (features/voice/x.feature is voice); a feature
/// anywhere else (features/x.feature, another folder) takes it from a feature tag naming one of the vocabulary's
/// capabilities (<c>@voice</c>); with neither it is "other".
/// </summary>
internal static class FeatureCapability
{
    public const string Other = "other";

    public static string Of(string uri, IReadOnlyList<string> featureTags, RequirementVocabulary vocabulary)
    {
        var parts = uri.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(parts, "features");
        if (at >= 0 && at + 2 < parts.Length)
        {
            return parts[at + 1];
        }

        var tagged = featureTags.Select(t => t.TrimStart('@'))
            .FirstOrDefault(t => vocabulary.Capabilities.Contains(t, StringComparer.OrdinalIgnoreCase));
        return tagged is null ? Other : vocabulary.Capabilities.First(c => string.Equals(c, tagged, StringComparison.OrdinalIgnoreCase));
    }
}
