namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class AttachmentsSteps(SampleFolder folder, IOutputHelper output)
{
    [When("the string {string} is attached as {string}")]
    public void AttachString(string text, string mediaType) => output.Attach(text, mediaType);

    [When("the string {string} is logged")]
    public void Log(string text) => output.WriteLine(text);

    [When("text with ANSI escapes is logged")]
    public void LogAnsi() => output.WriteLine(
        "This displays a \u001b[31mr\u001b[0m\u001b[91ma\u001b[0m\u001b[33mi\u001b[0m\u001b[32mn\u001b[0m\u001b[34mb\u001b[0m\u001b[95mo\u001b[0m\u001b[35mw\u001b[0m");

    [When("the following string is attached as {string}:")]
    public void AttachDocString(string mediaType, string text) => output.Attach(text, mediaType);

    [When("an array with {int} bytes is attached as {string}")]
    public void AttachBytes(int count, string mediaType) => output.Attach(Enumerable.Range(0, count).Select(i => (byte)i).ToArray(), mediaType);

    [When("a PDF document is attached and renamed")]
    public void AttachPdf() => output.Attach(folder.Read("document.pdf"), "application/pdf", "renamed.pdf");

    [When("a link to {string} is attached")]
    public void AttachLink(string uri) => output.Attach(uri, "text/uri-list");

    [When("the string {string} is attached as {string} before a failure")]
    public void AttachThenFail(string text, string mediaType)
    {
        output.Attach(text, mediaType);
        throw new InvalidOperationException("whoops");
    }
}
