using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>gRPC McxRecording: the recorder of the caller's namespace (records, evidential export, retention).</summary>
internal sealed class McxRecordingService(WorldRegistry<McxWorld> worlds) : McxRecording.McxRecordingBase
{
    public override Task<ListCallRecordsResponse> ListCallRecords(ListCallRecordsRequest request, ServerCallContext context)
    {
        var response = new ListCallRecordsResponse();
        response.Records.AddRange(worlds.For(context).Recorder.List(request.GroupId));
        return Task.FromResult(response);
    }

    public override Task<EvidenceExport> ExportCallRecord(ExportCallRecordRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Recorder.Export(request));

    public override Task<RetentionPolicy> SetRetentionPolicy(SetRetentionPolicyRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Recorder.SetRetention(request.Policy));

    public override Task<ListRetentionPoliciesResponse> ListRetentionPolicies(ListRetentionPoliciesRequest request, ServerCallContext context)
    {
        var response = new ListRetentionPoliciesResponse();
        response.Policies.AddRange(worlds.For(context).Recorder.Retention());
        return Task.FromResult(response);
    }

    public override Task<PassRetentionTimeResponse> PassRetentionTime(PassRetentionTimeRequest request, ServerCallContext context) =>
        Task.FromResult(worlds.For(context).Recorder.PassTime(request.Years, request.Days));
}
