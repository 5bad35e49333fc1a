namespace EsnHarness.WebConsole;

/// <summary>The user name and password that log in to the console itself (the password comes from the environment and is
/// never printed: <see cref="ToString"/> leaves it out).</summary>
public sealed class ConsoleLogin(string user, string password)
{
    /// <summary>The user name.</summary>
    public string User { get; } = !string.IsNullOrWhiteSpace(user) ? user : throw new ArgumentException("the console's login user name is empty", nameof(user));

    /// <summary>The password. A secret.</summary>
    public string Password { get; } = !string.IsNullOrEmpty(password) ? password : throw new ArgumentException("the console's login password is empty", nameof(password));

    /// <inheritdoc />
    public override string ToString() => $"{User} (password not shown)";
}
