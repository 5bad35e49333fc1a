using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Recording of calls, evidential export and each service's retention period (esn.mcx.v1 McxRecording).</summary>
[Binding]
public sealed class RecordingSteps(Recordings recordings, Cast cast)
{
    /// <summary>Talk turns.</summary>
    [When("{users} take turns talking on {group}", Description = "Each user in turn presses PTT on the group, is granted the floor, speaks five 20 ms frames and releases; the next waits for the release.",
        Example = "When \"FF Jones\", \"LFB Control Officer Khan\" and \"FF Jones\" take turns talking on \"FLON-OPS01\"")]
    [Given("{users} take turns talking on {group}")]
    public Task TakeTurns(IReadOnlyList<UserName> talkers, GroupName group) => recordings.TakeTurnsAsync(talkers, group);

    /// <summary>The record holds every burst.</summary>
    [Then("the recording of the call on {group} holds the talk bursts of {users} in that order", Description = "The recorder holds the call with one talk burst per turn: the talker, every frame that reached the MCX service, times within the turn (1 s allowed between clocks), a SHA-256 of the voice.",
        Example = "Then the recording of the call on \"FLON-OPS01\" holds the talk bursts of \"FF Jones\", \"LFB Control Officer Khan\" and \"FF Jones\" in that order")]
    public Task Recorded(GroupName group, IReadOnlyList<UserName> talkers) => recordings.ExpectRecordedAsync(group, talkers);

    /// <summary>Export.</summary>
    [When("the {controlRoom} dispatcher exports the recording of the call on {group}", Description = "The control room's dispatcher exports the call's recording as evidence.",
        Example = "When the LFB Control dispatcher exports the recording of the call on \"FLON-OPS01\"")]
    public Task Export(ControlRoom room, GroupName group) => recordings.ExportAsync(cast.Consoles(room)[0].Name, group);

    /// <summary>Export attempt.</summary>
    [When("the {controlRoom} dispatcher tries to export the recording of the call on {group}", Description = "The control room's dispatcher asks to export the recording; a refusal is kept for the next check.",
        Example = "When the LAS EOC dispatcher tries to export the recording of the call on \"MPS-LX-OPS1\"")]
    public Task TryExport(ControlRoom room, GroupName group) => recordings.TryExportAsync(cast.Consoles(room)[0].Name, group);

    /// <summary>What the evidence holds.</summary>
    [Then("the evidence is the {agency} recording of {group} with the talk bursts of {users}", Description = "The exported document names the service and the group, and holds the talkers' bursts in order as the recorder holds them.",
        Example = "Then the evidence is the LFB recording of \"FLON-OPS01\" with the talk bursts of \"FF Jones\" and \"LFB Control Officer Khan\"")]
    public Task Evidence(Agency agency, GroupName group, IReadOnlyList<UserName> talkers) => recordings.ExpectEvidenceAsync(agency, group, talkers);

    /// <summary>Integrity.</summary>
    [Then("the evidence's content hash verifies", Description = "The SHA-256 the document carries equals the one recomputed here from its canonical text (recording.proto), so a changed talker, time or frame count would show.",
        Example = "Then the evidence's content hash verifies")]
    public void HashVerifies() => recordings.ExpectHashVerifies();

    /// <summary>Chain of custody.</summary>
    [Then("the evidence's chain of custody shows it recorded by the MCX service and exported by {user}", Description = "The custody chain starts with the recording and ends with this export by the dispatcher, in time order.",
        Example = "Then the evidence's chain of custody shows it recorded by the MCX service and exported by \"LFB Control Officer Khan\"")]
    public void Custody(UserName exporter) => recordings.ExpectCustody(exporter);

    /// <summary>Retention period.</summary>
    [Given("{agency} keeps call recordings for {int} years", Description = "Sets the service's retention period for its recordings (counted from the end of each call).",
        Example = "Given LFB keeps call recordings for 5 years")]
    public Task Retention(Agency agency, int years) => recordings.SetRetentionAsync(agency, years);

    /// <summary>Time passes for retention.</summary>
    [When("{int} years and {int} day(s) pass for the recorder", Description = "Calendar time passes for the recorder's retention (McxRecording.PassRetentionTime) and its retention sweep runs.",
        Example = "When 5 years and 1 day pass for the recorder")]
    public Task Pass(int years, int days) => recordings.PassAsync(years, days);

    /// <summary>Still exportable.</summary>
    [Then("the {controlRoom} dispatcher can still export the recording of the call on {group}", Description = "The recording is still held and the control room's dispatcher exports it.",
        Example = "Then the LFB Control dispatcher can still export the recording of the call on \"FLON-OPS01\"")]
    public Task StillExportable(ControlRoom room, GroupName group) => recordings.ExpectStillExportableAsync(cast.Consoles(room)[0].Name, group);

    /// <summary>Deleted.</summary>
    [Then("the {controlRoom} dispatcher can no longer export the recording of the call on {group}", Description = "The recorder no longer holds the recording and refuses its export as not found.",
        Example = "Then the LFB Control dispatcher can no longer export the recording of the call on \"FLON-OPS01\"")]
    public Task Gone(ControlRoom room, GroupName group) => recordings.ExpectGoneAsync(cast.Consoles(room)[0].Name, group);
}
