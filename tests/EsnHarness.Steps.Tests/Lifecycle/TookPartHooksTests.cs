using System.Text.Json;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Lifecycle;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Tests.Support;

namespace EsnHarness.Steps.Tests.Lifecycle;

/// <summary>Issue 11 part 4: every scenario records the agencies whose terminals, consoles and systems took part, for the
/// readiness matrix to credit.</summary>
[TestFixture]
public sealed class TookPartHooksTests
{
    [Test]
    public void AttachParticipants_TerminalConsoleAndSystem_AttachesEachAgencyOnceInContractOrder()
    {
        var cast = new Cast();
        cast.Add(new UserName("Paramedic Okafor"), Agency.Las, MemberKind.Terminal);
        cast.Add(new UserName("FF Jones"), Agency.Lfb, MemberKind.Terminal);
        cast.Add(new UserName("Watch Manager Cole"), Agency.Lfb, MemberKind.Terminal);
        cast.Add(new UserName("LFB Control Officer Khan"), Agency.Lfb, MemberKind.Console, ControlRoom.Parse("LFB Control"));
        cast.Involve(Agency.Btp, "AVL feed");
        var output = new RecordingOutput();

        new TookPartHooks(cast, output).AttachParticipants();

        Assert.That(output.Attachments, Has.Count.EqualTo(1));
        var (fileName, mediaType, body) = output.Attachments.Single();
        using var json = JsonDocument.Parse(body);
        Assert.Multiple(() =>
        {
            Assert.That((fileName, mediaType), Is.EqualTo(("participants.json", "application/vnd.esn.participants+json")));
            Assert.That(json.RootElement.GetProperty("agencies").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "LFB", "LAS", "BTP" }));
            Assert.That(json.RootElement.GetProperty("by").EnumerateArray().Select(e => $"{e.GetProperty("agency").GetString()}: {e.GetProperty("what").GetString()}"),
                Does.Contain("LFB: LFB Control Officer Khan (Console)").And.Contain("BTP: AVL feed"));
        });
    }

    [Test]
    public void AttachParticipants_NobodyLoggedOn_AttachesNoAgency()
    {
        var output = new RecordingOutput();

        new TookPartHooks(new Cast(), output).AttachParticipants();

        using var json = JsonDocument.Parse(output.Attachments.Single().Body);
        Assert.That(json.RootElement.GetProperty("agencies").GetArrayLength(), Is.Zero);
    }
}
