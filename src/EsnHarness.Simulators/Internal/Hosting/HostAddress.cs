namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>This host's own address, known once Kestrel has bound.</summary>
internal sealed class HostAddress
{
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set(Uri address) => _address.TrySetResult(address);

    public Uri Value => _address.Task.IsCompletedSuccessfully
        ? _address.Task.Result
        : throw new InvalidOperationException("the simulator host has not bound its address yet");
}
