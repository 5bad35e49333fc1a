using System.Text.Encodings.Web;
using System.Text.Json;

namespace EsnHarness.Targets;

/// <summary>Replaces every known secret value in text with <c>***</c>, also in its JSON-escaped form, so NDJSON lines,
/// console lines and logs never carry one. Immutable: build one per run from the resolved profile.</summary>
public sealed class Redactor
{
    private const string Mask = "***";
    private readonly string[] _needles;

    /// <summary>Creates a redactor for <paramref name="secrets"/>; values shorter than 4 characters are still masked.</summary>
    public Redactor(IEnumerable<Secret> secrets)
    {
        var values = secrets.Select(secret => secret.Reveal()).Where(value => value.Length > 0);
        _needles = values
            .SelectMany(value => new[] { value, JsonEncodedText.Encode(value, JavaScriptEncoder.Default).ToString(), JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(value => value.Length)
            .ToArray();
    }

    /// <summary>A redactor that knows no secrets.</summary>
    public static Redactor None { get; } = new([]);

    /// <summary>True when there is nothing to redact.</summary>
    public bool IsEmpty => _needles.Length == 0;

    /// <summary>The text with every secret masked.</summary>
    public string Redact(string text)
    {
        foreach (var needle in _needles)
        {
            if (text.Contains(needle, StringComparison.Ordinal))
            {
                text = text.Replace(needle, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
