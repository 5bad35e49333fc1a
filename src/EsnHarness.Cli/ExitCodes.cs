namespace EsnHarness.Cli;

/// <summary>The exit codes of <c>esn</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every scenario passed (or the command did what it was asked).</summary>
    public const int Passed = 0;

    /// <summary>At least one scenario did not pass, or a check found problems.</summary>
    public const int NotPassed = 1;

    /// <summary>
    /// A usage or input error, found before the first scenario: bad option, unwritable report path, a selection of no
    /// scenario (unless --allow-empty), feature files none of which parse, bad profile. Nothing ran.
    /// </summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT) after writing the summary and every report from what ran; 143 for SIGTERM.</summary>
    public const int Interrupted = 130;
}
