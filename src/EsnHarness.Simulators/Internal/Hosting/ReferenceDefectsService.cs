using EsnHarness.Contracts.Common.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;
using ContractDefect = EsnHarness.Contracts.Common.V1.Defect;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>gRPC ReferenceDefects: lists the simulators' defects and switches them on for one namespace.</summary>
internal sealed class ReferenceDefectsService(NamespaceDirectory directory) : ReferenceDefects.ReferenceDefectsBase
{
    public override Task<ListDefectsResponse> ListDefects(ListDefectsRequest request, ServerCallContext context)
    {
        var response = new ListDefectsResponse();
        response.Defects.AddRange(SimulatorDefects.All.Select(d => new ContractDefect
        {
            Name = d.Name,
            Role = d.Role,
            Breaks = d.Breaks,
            Violates = d.Violates,
        }));
        return Task.FromResult(response);
    }

    public override Task<ActivateDefectsResponse> Activate(ActivateDefectsRequest request, ServerCallContext context)
    {
        var ns = Namespaces.Of(context);
        DefectSet defects;
        try
        {
            defects = DefectSet.Of(request.Names);
        }
        catch (ArgumentException e)
        {
            throw Errors.Invalid($"field 'names': {e.Message}");
        }

        try
        {
            var active = directory.Activate(ns, defects);
            var response = new ActivateDefectsResponse();
            response.Active.AddRange(active.Names);
            return Task.FromResult(response);
        }
        catch (InvalidOperationException e)
        {
            throw Errors.Precondition(e.Message);
        }
    }

    public override Task<ConsultedDefectsResponse> Consulted(ConsultedDefectsRequest request, ServerCallContext context)
    {
        var response = new ConsultedDefectsResponse();
        response.Names.AddRange(directory.Consulted(Namespaces.Of(context)));
        return Task.FromResult(response);
    }
}
