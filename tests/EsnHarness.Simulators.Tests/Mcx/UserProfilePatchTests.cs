using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>PatchUserProfile changes the named fields of a user profile and keeps every other one; PutUserProfile replaces it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class UserProfilePatchTests
{
    private const string A = "sip:a@esn";

    [Test]
    public async Task Patch_FloorPriorityThenSdsLimits_EarlierFieldsKept()
    {
        var s = HostSetup.NewScenario();
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest { Profile = new UserProfile { Identity = Identity(), PrivateCallNoAnswerMs = 2000 } }, s.Headers);

        await PatchAsync(s, new UserProfile { FloorPriority = 8 }, "floor_priority");
        var last = await PatchAsync(s, new UserProfile { MaxSdsSizeBytes = 500, MaxSdsControlPlaneBytes = 100 }, "max_sds_size_bytes", "max_sds_control_plane_bytes");

        Assert.Multiple(() =>
        {
            Assert.That(last.FloorPriority, Is.EqualTo(8), "the SDS limits did not reset the floor priority");
            Assert.That(last.PrivateCallNoAnswerMs, Is.EqualTo(2000), "nor the no-answer time");
            Assert.That((last.MaxSdsSizeBytes, last.MaxSdsControlPlaneBytes), Is.EqualTo((500u, 100u)));
        });
    }

    [Test]
    public async Task Put_AfterAPatch_ReplacesTheWholeProfile()
    {
        var s = HostSetup.NewScenario();
        await PatchAsync(s, new UserProfile { FloorPriority = 8 }, "floor_priority");

        var replaced = await s.Config.PutUserProfileAsync(new PutUserProfileRequest { Profile = new UserProfile { Identity = Identity(), MaxSdsSizeBytes = 500 } }, s.Headers);

        Assert.That(replaced.Profile.FloorPriority, Is.Zero, "PutUserProfile's documented semantics: a field left out is reset");
    }

    [Test]
    public async Task Patch_AFlagToFalse_SetNotSkipped()
    {
        var s = HostSetup.NewScenario();
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest { Profile = new UserProfile { Identity = Identity(), AllowEmergency = true, AllowPrivateCall = true } }, s.Headers);

        var patched = await PatchAsync(s, new UserProfile { AllowEmergency = false }, "allow_emergency");

        Assert.That((patched.AllowEmergency, patched.AllowPrivateCall), Is.EqualTo((false, true)));
    }

    [Test]
    public async Task Patch_NoProfileYetForARegisteredDispatcher_StartsFromTheRegisteredProfile()
    {
        var s = HostSetup.NewScenario();
        using var d = await McxProbe.RegisterAsync(s, "a", "dispatcher");

        var patched = await PatchAsync(s, new UserProfile { FloorPriority = 9 }, "floor_priority");

        Assert.Multiple(() =>
        {
            Assert.That(patched.FloorPriority, Is.EqualTo(9));
            Assert.That(patched.AllowRemoteAffiliation, Is.True, "a dispatcher's default right is kept");
            Assert.That(patched.Identity.Role, Is.EqualTo("dispatcher"));
        });
    }

    [Test]
    public async Task Patch_RegisteredUser_TakesEffectAtOnce()
    {
        var s = HostSetup.NewScenario();
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");

        await PatchAsync(s, new UserProfile { MaxSdsSizeBytes = 4 }, "max_sds_size_bytes");
        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.SendSdsAsync(new SendSdsRequest
        {
            Message = new SdsMessage { MessageId = "m1", SenderMcpttId = A, TargetMcpttId = b.McpttId, Payload = ByteString.CopyFromUtf8("12345") },
        }, s.Headers));

        Assert.That(e!.Status.Detail, Does.Contain("the limit for 'sip:a@esn' is 4 bytes"));
    }

    [TestCase(new string[0], "names no field", TestName = "Patch_EmptyMask_InvalidArgument")]
    [TestCase(new[] { "floor_priorty" }, "'floor_priorty', which is not a field of UserProfile", TestName = "Patch_MaskNamesNoSuchField_InvalidArgumentNamingIt")]
    [TestCase(new[] { "identity.mcptt_id" }, "cannot be changed", TestName = "Patch_MaskNamesTheKey_InvalidArgument")]
    public void Patch_BadMask_InvalidArgument(string[] paths, string message)
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () => await PatchAsync(s, new UserProfile(), paths));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(e.Status.Detail, Does.Contain(message));
        });
    }

    [Test]
    public void Patch_FloorPriorityOutOfRange_InvalidArgument()
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () => await PatchAsync(s, new UserProfile { FloorPriority = 300 }, "floor_priority"));

        Assert.That(e!.Status.Detail, Does.Contain("'profile.floor_priority' must be 0..255"));
    }

    private static UserIdentity Identity() => new() { McpttId = A, Agency = Agency.Lfb };

    private static async Task<UserProfile> PatchAsync(Scenario s, UserProfile values, params string[] paths)
    {
        values.Identity ??= Identity();
        var request = new PatchUserProfileRequest { Profile = values, UpdateMask = new() };
        request.UpdateMask.Paths.AddRange(paths);
        return (await s.Config.PatchUserProfileAsync(request, s.Headers)).Profile;
    }
}
