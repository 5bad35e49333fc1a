using System.Text;
using EsnHarness.Reporting.Internal;

namespace EsnHarness.Reporting;

/// <summary>
/// Writes the living documentation: one self-contained HTML file (inline CSS and script, data as
/// JSON in a <c>&lt;script type="application/json"&gt;</c> block, a Content-Security-Policy that
/// forbids every network request and any script but its own), showing the requirement catalogue
/// by capability and feature with results, evidence charts, filters kept in the URL, a readiness
/// matrix and the run metadata. All feature and attachment text is rendered as text.
/// </summary>
public sealed class LivingDocWriter(LivingDocOptions? options = null)
{
    private readonly LivingDocOptions _options = options ?? new LivingDocOptions();

    /// <summary>Renders the page as a string.</summary>
    public string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var json = LivingDocData.ToJson(model, ReadinessMatrix.From(model), _options);
        return LivingDocPage.Compose(_options.Title, json);
    }

    /// <summary>Renders the page to a file (UTF-8).</summary>
    public void Write(ReportModel model, string path) =>
        File.WriteAllText(path, Render(model), new UTF8Encoding(false));
}
