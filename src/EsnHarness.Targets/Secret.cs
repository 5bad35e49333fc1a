namespace EsnHarness.Targets;

/// <summary>
/// A password, token or key passphrase read from the environment or a file. It prints as <c>***</c> everywhere;
/// only code that hands it to a transport calls <see cref="Reveal"/>.
/// </summary>
public sealed class Secret(string value, string origin)
{
    /// <summary>Where the value came from, e.g. <c>env ESN_MCX_PASSWORD</c> or <c>file /run/secrets/mcx</c>: safe to print.</summary>
    public string Origin { get; } = origin;

    /// <summary>The secret value. Never print it.</summary>
    public string Reveal() => value;

    /// <inheritdoc />
    public override string ToString() => "***";
}
