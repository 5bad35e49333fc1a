using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests;

public sealed class StubFaultTests : StubFixture
{
    private const string Status = "/avl/lfb/status";

    [Test]
    public void SetFault_FixedDelayLongerThanClientTimeout_ClientTimesOut()
    {
        Session.SetFault("avl", StubFault.FixedDelay(TimeSpan.FromSeconds(30)));
        using var client = new HttpClient { BaseAddress = Session.Address, Timeout = TimeSpan.FromMilliseconds(300) };

        var error = Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync(Status))!;

        Assert.That(error.InnerException, Is.InstanceOf<TimeoutException>());
    }

    [Test]
    public async Task SetFault_FixedDelay_AnswerArrivesNoSoonerThanTheDelay()
    {
        Session.SetFault("avl", StubFault.FixedDelay(TimeSpan.FromMilliseconds(250)));

        var clock = Stopwatch.StartNew();
        var response = await Client.GetAsync(Status);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(240)));
    }

    [Test]
    public void SetFault_RandomDelayAboveClientTimeout_ClientTimesOut()
    {
        Session.SetFault("avl", StubFault.RandomDelay(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30)));
        using var client = new HttpClient { BaseAddress = Session.Address, Timeout = TimeSpan.FromMilliseconds(300) };

        Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync(Status));
    }

    [Test]
    public async Task SetFault_RandomDelay_OtherEndpointsAnswerAtOnce()
    {
        Session.SetFault("avl", StubFault.RandomDelay(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30)));
        using var client = new HttpClient { BaseAddress = Session.Address, Timeout = TimeSpan.FromSeconds(5) };

        var response = await client.GetAsync("/cad/las/status-codes");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SetFault_HttpError_ProblemJsonAndRequestStillJournalled()
    {
        Session.SetFault("avl", StubFault.HttpError(503));

        var response = await Client.GetAsync(Status);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"status\":503"));
            Assert.That(Session.Received("avl").Single().MappingTitle, Is.EqualTo("AVL: feed status"));
            Assert.That(Session.Received("avl").Single().Fault, Is.EqualTo("HTTP 503"));
            Assert.That(Session.Received("avl").Single().Headers, Does.Not.ContainKey("X-EsnHarness-Fault"));
            Assert.That(Session.Received("avl").Single().ToString(), Does.EndWith("→ 200 'AVL: feed status' (fault: HTTP 503)"));
        });
    }

    [Test]
    public async Task SetFault_HttpErrorForTwoRequests_ThirdAnswersNormally()
    {
        Session.SetFault("avl", StubFault.HttpError(500, times: 2));

        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await Client.GetAsync(Status)).StatusCode);
        }

        Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK }));
        Assert.That(Session.ActiveFaults("avl"), Is.Empty);
    }

    [Test]
    public void SetFault_EmptyResponse_ClientSeesResponseEnded()
    {
        Session.SetFault("avl", StubFault.EmptyResponse());

        var error = Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(Status))!;

        Assert.That(error.HttpRequestError, Is.EqualTo(HttpRequestError.ResponseEnded));
    }

    [Test]
    public void SetFault_MalformedChunk_ClientFailsToParseTheBody()
    {
        Session.SetFault("avl", StubFault.MalformedChunk());

        var error = Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(Status))!;

        Assert.That(error.HttpRequestError, Is.EqualTo(HttpRequestError.InvalidResponse), error.ToString());
    }

    [Test]
    public async Task SetFault_MalformedChunk_HeadersArriveThenTheBodyBreaks()
    {
        Session.SetFault("avl", StubFault.MalformedChunk());

        using var response = await Client.GetAsync(Status, HttpCompletionOption.ResponseHeadersRead);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        var error = Assert.ThrowsAsync<HttpRequestException>(() => response.Content.ReadAsStringAsync())!;
        Assert.That(error.InnerException, Is.InstanceOf<HttpIOException>().With.Message.Contains("chunk"));
    }

    [Test]
    public void SetFault_ConnectionReset_ClientSeesTcpReset()
    {
        Session.SetFault("avl", StubFault.ConnectionReset());

        var error = Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(Status))!;
        var socketError = (error.InnerException as IOException)?.InnerException as SocketException;

        Assert.That(socketError?.SocketErrorCode, Is.EqualTo(SocketError.ConnectionReset), error.ToString());
    }

    [Test]
    public async Task ClearFaults_AfterReset_EndpointAnswersAgain()
    {
        Session.SetFault("avl", StubFault.ConnectionReset());
        Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(Status));

        Session.ClearFaults("avl");
        var response = await Client.GetAsync(Status);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SetFault_DelayOnFakeClock_AnswerWaitsForTheClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { Time = clock, WarmSpare = false });
        await using var session = await host.OpenSessionAsync();
        session.SetFault("avl", StubFault.FixedDelay(TimeSpan.FromMinutes(5)));
        using var client = new HttpClient { BaseAddress = session.Address };
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Faults.Held += _ => held.TrySetResult();

        var pending = client.GetAsync(Status);
        await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromMinutes(4));
        var early = pending.IsCompleted;
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.That(early, Is.False, "answered before the fake clock reached the delay");
        Assert.That((await pending.WaitAsync(TimeSpan.FromSeconds(10))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
