using System.Security.Cryptography.X509Certificates;
using EsnHarness.Simulators.Internal.CadGateway;
using EsnHarness.Simulators.Internal.Mdm;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Interworking;
using EsnHarness.Simulators.Internal.Mcx;
using EsnHarness.Simulators.Internal.Network;
using EsnHarness.Simulators.Internal.Worlds;
using EsnHarness.Simulators.Defects;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>Registration of the reference simulators, their per-namespace worlds, health and reflection.</summary>
internal static class SimulatorServices
{
    public static IServiceCollection AddEsnSimulators(this IServiceCollection services, SimulatorHostOptions options, PlaceCatalogue places, X509Certificate2? ownCertificate)
    {
        var time = options.TimeProvider;
        var mcx = new McxSettings(options.FloorTimers, options.DefaultHangTime, options.SdsRetransmitInterval,
            options.SdsMaxAttempts, options.DefaultMaxSdsSizeBytes, ClientBufferCapacity: 65_536, options.PrivateCallNoAnswerTime);
        var device = new DeviceSettings(options.FloorTimers, options.SdsRetransmitInterval, options.SdsMaxAttempts,
            options.DispositionTimer, options.RandomSeed, options.DeviceEventBuffer, options.Voice, options.DirectMode);
        services.AddGrpc(o =>
        {
            o.Interceptors.Add<ExceptionInterceptor>();
            o.MaxReceiveMessageSize = 4 * 1024 * 1024;
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck("esn-simulators", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        services.AddSingleton(options);
        services.AddSingleton<HostAddress>();
        services.AddSingleton(sp => new UpstreamChannels(options, sp.GetRequiredService<HostAddress>(), ownCertificate));
        // The IdMS, GMS and CMS are reached with their upstream endpoints' TLS settings and credentials (the host-wide ones for any other URL).
        // Generous timeout: an IdMS on a loaded CI machine may take seconds; a refusal for "no answer" must mean the IdMS is really gone.
        // The radio network is reached as the devices reach it: this host's own, or the configured network's address.
        services.AddSingleton(sp => McxUpstream.Over(new HttpClient(sp.GetRequiredService<UpstreamChannels>().CreateHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) },
            new Contracts.Network.V1.NetworkService.NetworkServiceClient(sp.GetRequiredService<UpstreamChannels>().Network)));
        // The CAD gateway reaches each agency's CAD over HTTP(S) with the CAD upstream endpoint's TLS settings and credentials.
        services.AddSingleton(sp => new CadHttp(new HttpClient(sp.GetRequiredService<UpstreamChannels>().CreateHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) }));
        // The terminals' key management clients reach the KMS a terminal is provisioned with over HTTP(S), with the host-wide settings.
        services.AddSingleton(sp => new KeyManagementHttp(new HttpClient(sp.GetRequiredService<UpstreamChannels>().CreateHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) }));
        services.AddSingleton(new NamespaceDirectory(DefectSet.Of(options.Defects), time, options.LoggerFactory, options.IdleNamespaceTimeout));
        // Registered in closing order: the MDM (a client of the terminals), terminals and bridges (clients of the MCX and network) before the services.
        services.AddSingleton(sp => Registered(sp, new WorldRegistry<MdmWorld>("mdm", sp.GetRequiredService<NamespaceDirectory>(),
            scope => new MdmWorld(scope.Namespace, sp.GetRequiredService<UpstreamChannels>(), scope))));
        services.AddSingleton(sp => Registered(sp, new WorldRegistry<DeviceWorld>("device", sp.GetRequiredService<NamespaceDirectory>(),
            scope => new DeviceWorld(scope.Namespace, sp.GetRequiredService<UpstreamChannels>(), sp.GetRequiredService<KeyManagementHttp>(), device, time, scope))));
        services.AddSingleton(sp => Registered(sp, new WorldRegistry<CadGatewayWorld>("cadGateway", sp.GetRequiredService<NamespaceDirectory>(),
            scope => new CadGatewayWorld(scope.Namespace, sp.GetRequiredService<UpstreamChannels>(), sp.GetRequiredService<CadHttp>().Client, scope))));
        services.AddSingleton(sp => Registered(sp, new WorldRegistry<InterworkingWorld>("interworking", sp.GetRequiredService<NamespaceDirectory>(),
            scope => new InterworkingWorld(scope.Namespace, sp.GetRequiredService<UpstreamChannels>(), options.FloorTimers, scope))));
        services.AddSingleton(sp => Registered(sp, new WorldRegistry<McxWorld>("mcx", sp.GetRequiredService<NamespaceDirectory>(),
            scope => new McxWorld(mcx, sp.GetRequiredService<McxUpstream>(), scope))));
        services.AddSingleton(sp => Registered(sp, new WorldRegistry<NetworkWorld>("network", sp.GetRequiredService<NamespaceDirectory>(),
            scope => new NetworkWorld(scope.Namespace, places, time, scope))));
        return services;
    }

    /// <summary>Creates every role's registry now, in closing order, so the directory closes them all.</summary>
    public static void OpenRegistries(this IServiceProvider services)
    {
        services.GetRequiredService<WorldRegistry<MdmWorld>>();
        services.GetRequiredService<WorldRegistry<DeviceWorld>>();
        services.GetRequiredService<WorldRegistry<CadGatewayWorld>>();
        services.GetRequiredService<WorldRegistry<InterworkingWorld>>();
        services.GetRequiredService<WorldRegistry<McxWorld>>();
        services.GetRequiredService<WorldRegistry<NetworkWorld>>();
    }

    private static WorldRegistry<T> Registered<T>(IServiceProvider sp, WorldRegistry<T> registry)
        where T : class, IWorld
    {
        sp.GetRequiredService<NamespaceDirectory>().Add(registry);
        return registry;
    }

    public static IEndpointRouteBuilder MapEsnSimulators(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<McxGrpcService>();
        app.MapGrpcService<McxConfigurationService>();
        app.MapGrpcService<McxOperationsService>();
        app.MapGrpcService<McxRecordingService>();
        app.MapGrpcService<McxCommonFunctionsService>();
        app.MapGrpcService<McxFileDistributionService>();
        app.MapGrpcService<NetworkGrpcService>();
        app.MapGrpcService<DeviceGrpcService>();
        app.MapGrpcService<TerminalFunctionsService>();
        app.MapGrpcService<DeviceFilesService>();
        app.MapGrpcService<DeviceManagementService>();
        app.MapGrpcService<MdmGrpcService>();
        app.MapGrpcService<InterworkingGrpcService>();
        app.MapGrpcService<CadGatewayGrpcService>();
        app.MapGrpcService<DiagnosticsService>();
        app.MapGrpcService<NamespaceLifecycleService>();
        app.MapGrpcService<ReferenceDefectsService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
