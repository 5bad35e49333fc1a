using EsnHarness.WebConsole.Driver.Internal;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>One map entry's locator: one or more alternatives, role first and CSS as a fallback; the screen element is
/// whichever alternative matches (Playwright's <c>Or</c>).</summary>
/// <param name="Alternatives">At least one.</param>
public sealed record MapLocator(IReadOnlyList<LocatorSpec> Alternatives)
{
    /// <summary>The Playwright locator on <paramref name="page"/>, placeholders filled from <paramref name="values"/>.</summary>
    public ILocator On(IPage page, IReadOnlyDictionary<string, string> values) =>
        Combine(Alternatives.Select(a => a.With(values)).Select(spec => spec.Kind switch
        {
            LocatorKind.Role => page.GetByRole(AriaRoles.Parse(spec.Value), new PageGetByRoleOptions { Name = spec.Name, Exact = spec.Exact }),
            LocatorKind.Label => page.GetByLabel(spec.Value, new PageGetByLabelOptions { Exact = spec.Exact }),
            LocatorKind.Text => page.GetByText(spec.Value, new PageGetByTextOptions { Exact = spec.Exact }),
            LocatorKind.TestId => page.GetByTestId(spec.Value),
            _ => page.Locator(spec.Value),
        }));

    /// <summary>The Playwright locator inside <paramref name="scope"/>, placeholders filled from <paramref name="values"/>.</summary>
    public ILocator Within(ILocator scope, IReadOnlyDictionary<string, string> values) =>
        Combine(Alternatives.Select(a => a.With(values)).Select(spec => spec.Kind switch
        {
            LocatorKind.Role => scope.GetByRole(AriaRoles.Parse(spec.Value), new LocatorGetByRoleOptions { Name = spec.Name, Exact = spec.Exact }),
            LocatorKind.Label => scope.GetByLabel(spec.Value, new LocatorGetByLabelOptions { Exact = spec.Exact }),
            LocatorKind.Text => scope.GetByText(spec.Value, new LocatorGetByTextOptions { Exact = spec.Exact }),
            LocatorKind.TestId => scope.GetByTestId(spec.Value),
            _ => scope.Locator(spec.Value),
        }));

    /// <summary>How a person reads it, placeholders filled, e.g. <c>role=button name="Push to talk X" or css=#ptt-X</c>.</summary>
    public string Describe(IReadOnlyDictionary<string, string> values) => string.Join(" or ", Alternatives.Select(a => a.With(values).ToString()));

    private static ILocator Combine(IEnumerable<ILocator> locators) => locators.Aggregate((first, next) => first.Or(next));
}
