namespace EsnHarness.Simulators;

/// <summary>A simulator configuration (places file, certificate, address) is wrong; the message names the file and field.</summary>
public sealed class SimulatorConfigurationException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public SimulatorConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public SimulatorConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
