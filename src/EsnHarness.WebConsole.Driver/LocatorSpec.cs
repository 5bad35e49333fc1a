namespace EsnHarness.WebConsole.Driver;

/// <summary>How to find one thing on a console screen, as a Playwright locator: by ARIA role and accessible name (preferred),
/// by label, by visible text, by test id, or by a CSS selector (the fallback). Values may hold placeholders such as
/// <c>{group}</c>, filled in when the steps use the locator.</summary>
/// <param name="Kind">Which Playwright locator.</param>
/// <param name="Value">The role, label, text, test id or CSS selector.</param>
/// <param name="Name">Accessible name (role locators only); null = any.</param>
/// <param name="Exact">Whole-string, case-sensitive match of the name, label or text (Playwright's default is a substring).</param>
public sealed record LocatorSpec(LocatorKind Kind, string Value, string? Name = null, bool Exact = false)
{
    /// <summary>The same locator with its placeholders filled in.</summary>
    public LocatorSpec With(IReadOnlyDictionary<string, string> values) =>
        this with { Value = Placeholders.Fill(Value, values), Name = Name is null ? null : Placeholders.Fill(Name, values) };

    /// <summary>How a person reads it in an error, e.g. <c>role=button name="Push to talk MPS-LX-OPS1"</c>.</summary>
    public override string ToString()
    {
        var key = Kind switch
        {
            LocatorKind.Role => "role",
            LocatorKind.Label => "label",
            LocatorKind.Text => "text",
            LocatorKind.TestId => "testId",
            _ => "css",
        };
        var text = Kind == LocatorKind.Css || Kind == LocatorKind.Role ? $"{key}={Value}" : $"{key}=\"{Value}\"";
        if (Name is not null)
        {
            text += $" name=\"{Name}\"";
        }

        return Exact ? text + " (exact)" : text;
    }
}
