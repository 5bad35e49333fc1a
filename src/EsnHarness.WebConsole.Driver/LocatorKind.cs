namespace EsnHarness.WebConsole.Driver;

/// <summary>The Playwright locator a <see cref="LocatorSpec"/> uses.</summary>
public enum LocatorKind
{
    /// <summary><c>GetByRole</c>: ARIA role and accessible name.</summary>
    Role,

    /// <summary><c>GetByLabel</c>: a form control by its label.</summary>
    Label,

    /// <summary><c>GetByText</c>: visible text.</summary>
    Text,

    /// <summary><c>GetByTestId</c>: the <c>data-testid</c> attribute.</summary>
    TestId,

    /// <summary><c>Locator(css)</c>: a CSS selector, the fallback when the screen has no accessible name to go by.</summary>
    Css,
}
