namespace EsnHarness.WebConsole.Driver;

/// <summary>How to log in to the console.</summary>
/// <param name="Path">Path of the login page relative to the console's address, e.g. <c>/login</c>.</param>
/// <param name="User">The user name to log in with.</param>
/// <param name="PasswordVariable">The environment variable holding the password (the password itself is never in the map).</param>
/// <param name="UserField">The user name field.</param>
/// <param name="PasswordField">The password field.</param>
/// <param name="Submit">The control that logs in.</param>
/// <param name="LoggedIn">Something only a logged-in console shows (proves the login worked).</param>
public sealed record ConsoleMapLogin(string Path, string User, string PasswordVariable, MapLocator UserField, MapLocator PasswordField, MapLocator Submit, MapLocator LoggedIn);
