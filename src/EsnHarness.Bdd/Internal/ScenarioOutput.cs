using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>The <see cref="IOutputHelper"/> of one scenario attempt (or one test run hook): attachments go to the
/// step that is running, into the buffer its envelopes are collected in.</summary>
internal sealed class ScenarioOutput(Action<Messages.Envelope> emit, Clock clock) : IOutputHelper
{
    public const string LogMediaType = "text/x.cucumber.log+plain";

    private AttachmentTarget? _target;

    public AttachmentTarget? Target
    {
        get => Volatile.Read(ref _target);
        set => Volatile.Write(ref _target, value);
    }

    public void WriteLine(string text) => Attach(text, LogMediaType);

    public void Attach(string body, string mediaType, string? fileName = null) =>
        Emit(body, Messages.AttachmentContentEncoding.IDENTITY, mediaType, fileName);

    public void Attach(byte[] data, string mediaType, string? fileName = null) =>
        Emit(Convert.ToBase64String(data), Messages.AttachmentContentEncoding.BASE64, mediaType, fileName);

    private void Emit(string body, Messages.AttachmentContentEncoding encoding, string mediaType, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        var target = Target ?? throw new InvalidOperationException("attachments can only be written while a step or hook runs");
        emit(Messages.Envelope.Create(new Messages.Attachment(
            body, encoding, fileName, mediaType, null, target.TestCaseStartedId, target.TestStepId, null, null, target.TestRunHookStartedId, clock.Now())));
    }
}
