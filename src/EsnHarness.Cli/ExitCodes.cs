namespace EsnHarness.Cli;

/// <summary>The exit codes of <c>esn</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every scenario passed (or the command did what it was asked).</summary>
    public const int Passed = 0;

    /// <summary>At least one scenario did not pass, or a check found problems.</summary>
    public const int NotPassed = 1;

    /// <summary>A usage or input error: bad option, bad feature file, bad profile. Nothing ran.</summary>
    public const int UsageError = 2;
}
