using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>MCData file distribution using HTTP (TS 23.282 §7.5.2, TS 24.282): body-worn video and other evidence sent as files.</summary>
[Binding]
public sealed class FileDistributionSteps(FileTransfers files)
{
    /// <summary>Upload to a group.</summary>
    [When("{user} uploads {int} MB of body-worn video to group {group}",
        Description = "The terminal uploads a clip of that size to the MCData content server over its radio link and sends the FD message to the group's affiliated members, asking for FILE DOWNLOAD COMPLETED.",
        Example = "When \"PC Byrne\" uploads 1 MB of body-worn video to group \"MPS-CW-CUSTODY\"")]
    public Task ToGroup(UserName sender, int megabytes, GroupName group) => files.SendAsync(sender, megabytes, null, group, mandatory: false);

    /// <summary>Upload to a user.</summary>
    [When("{user} uploads {int} MB of body-worn video to {user}",
        Description = "The terminal uploads a clip to the content server and sends the FD message to one user, asking for FILE DOWNLOAD COMPLETED.",
        Example = "When \"PC Byrne\" uploads 1 MB of body-worn video to \"PS Okoro\"")]
    public Task ToUser(UserName sender, int megabytes, UserName recipient) => files.SendAsync(sender, megabytes, recipient, null, mandatory: false);

    /// <summary>Mandatory download.</summary>
    [When("{user} uploads {int} MB of body-worn video to {user} for mandatory download",
        Description = "As an upload to a user, with the FD message marked mandatory download: the recipient's terminal fetches it without asking its user.",
        Example = "When \"PC Byrne\" uploads 1 MB of body-worn video to \"PS Okoro\" for mandatory download")]
    public Task Mandatory(UserName sender, int megabytes, UserName recipient) => files.SendAsync(sender, megabytes, recipient, null, mandatory: true);

    /// <summary>Download and compare.</summary>
    [Then("{user} downloads it and it matches what was uploaded",
        Description = "The user's terminal is offered the clip (FD message), downloads it from the content server, and the SHA-256 it computed over what it downloaded equals that of the uploaded clip.",
        Example = "Then \"PS Okoro\" downloads it and it matches what was uploaded")]
    public Task Downloads(UserName user) => files.DownloadAndCompareAsync(user);

    /// <summary>Mandatory download arrived.</summary>
    [Then("{user} has it without asking and it matches what was uploaded",
        Description = "The user's terminal downloaded the clip by itself (mandatory download), and the SHA-256 it computed equals that of the uploaded clip.",
        Example = "Then \"PS Okoro\" has it without asking and it matches what was uploaded")]
    public Task HasWithoutAsking(UserName user) => files.ExpectDownloadedWithoutAskingAsync(user);

    /// <summary>Download completed reported.</summary>
    [Then("{user} is told {user} downloaded it",
        Description = "The sender's terminal receives FILE DOWNLOAD COMPLETED from that recipient for the latest clip.",
        Example = "Then \"PC Byrne\" is told \"PS Okoro\" downloaded it")]
    public Task Told(UserName sender, UserName recipient) => files.ExpectToldDownloadedAsync(sender, recipient);

    /// <summary>Download refused.</summary>
    [Then("{user} cannot download it",
        Description = "A download of the latest clip from the user's terminal, by its URL, is refused by the content server (permission denied).",
        Example = "Then \"PC Walsh\" cannot download it")]
    public Task CannotDownload(UserName user) => files.ExpectDownloadRefusedAsync(user);

    /// <summary>Upload under loss.</summary>
    [Then("the upload sent again the parts the radio link lost",
        Description = "The latest upload needed more transmissions than it has parts: the link's loss was met and recovered from (what arrived is checked by a download step).",
        Example = "Then the upload sent again the parts the radio link lost")]
    public void LostPartsResent() => files.ExpectLostPartsResent();
}
