using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 11 parts 4 and 5: <c>esn check</c> holds every scenario to the agencies that take part in it (read from
/// the steps' arguments and the cast, with the catalogue's own step library) and to a source that names a clause.</summary>
[TestFixture]
public sealed class CheckHonestTagsTests
{
    private const string Background = """
        Feature: Floor control
          Background:
            Given these users are logged on:
              | user               | agency | place             |
              | Watch Manager Cole | LFB    | Soho fire station |
              | FF Jones           | LFB    | Soho fire station |
              | Paramedic Okafor   | LAS    | Waterloo          |
            And the LFB group "FLON-OPS01" with members "Watch Manager Cole" and "FF Jones"
            And the members of "FLON-OPS01" are affiliated

        """;

    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliHarness();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public async Task Check_AgencyTaggedButOnlyInTheBackground_NamesTheTagAndWhoTakesPart()
    {
        _cli.Write("features/voice/floor.feature", Background + """
              @REQ-T-001 @LFB @LAS @must @3gpp-24.380-6.2.4
              Scenario: A second talker is queued
                Given "Watch Manager Cole" is talking on "FLON-OPS01"
                When "FF Jones" presses PTT on "FLON-OPS01"
                Then "FF Jones" is queued at position 1 on "FLON-OPS01"
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain(
                "features/voice/floor.feature:11: scenario 'A second talker is queued' is tagged @LAS but no user, console or system of LAS takes part (taking part: LFB)\n"),
                "the LAS paramedic logged on in the Background never takes part");
            Assert.That(output, Does.Contain("esn check: 1 problem in 1 scenario"));
        });
    }

    [Test]
    public async Task Check_AgencyTakingPartWithoutItsTag_NamesTheStepThatBringsItIn()
    {
        _cli.Write("features/voice/floor.feature", Background + """
              @REQ-T-002 @LFB @must @london-assumption
              Scenario: LFB Control sees the talker
                Given "LFB Control Officer Khan" is a dispatcher at LFB Control
                When "FF Jones" starts a group call on "FLON-OPS01"
                Then "Paramedic Okafor" hears "FF Jones"
                And the LAS EOC console shows "FF Jones" talking on "FLON-OPS01"
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain(
                "features/voice/floor.feature:11: scenario 'LFB Control sees the talker' is not tagged @LAS but LAS takes part (step '\"Paramedic Okafor\" hears \"FF Jones\"')\n"));
            Assert.That(output, Does.Contain("esn check: 1 problem in 1 scenario"), "LFB takes part and is tagged: no problem");
        });
    }

    [Test]
    public async Task Check_OneExamplesBlockPerAgencyWithItsOwnPeople_Passes()
    {
        _cli.Write("features/voice/calls.feature", """
            Feature: Group calls
              @must @3gpp-22.179-R-6.15.3.2-012
              Scenario Outline: A group call reaches every member (<agency>)
                Given these users are logged on:
                  | user     | agency   | place      |
                  | <caller> | <agency> | Westminster |
                  | <member> | <agency> | Westminster |
                And the <agency> group "<group>" with members "<caller>" and "<member>"
                And the members of "<group>" are affiliated
                When "<caller>" starts a group call on "<group>"
                Then every affiliated member of "<group>" is in the call

                @REQ-T-010 @MPS
                Examples:
                  | agency | caller   | member   | group       |
                  | MPS    | PC Patel | PC Byrne | MPS-WM-OPS1 |

                @REQ-T-011 @LAS
                Examples:
                  | agency | caller           | member    | group        |
                  | LAS    | Paramedic Okafor | EMT Silva | LAS-CENTRAL |
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check");

        Assert.That(exitCode, Is.EqualTo(0), output);
    }

    [TestCase("@3gpp-22.179", "source tag @3gpp-22.179 names a document but no clause")]
    [TestCase("@nao-hc627-2016", "has no source tag with a clause (e.g. @3gpp-24.380-7.2) and is not tagged @london-assumption")]
    [TestCase("@kpi", "has no source tag with a clause (e.g. @3gpp-24.380-7.2) and is not tagged @london-assumption")]
    public async Task Check_SourceWithoutAClause_NamesWhatIsMissing(string source, string expected)
    {
        _cli.Write("features/voice/floor.feature", Background + $$"""
              @REQ-T-003 @LFB @must {{source}}
              Scenario: A talker is heard
                When "FF Jones" starts a group call on "FLON-OPS01"
                Then every other member of "FLON-OPS01" hears "FF Jones"
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain($"features/voice/floor.feature:11: scenario 'A talker is heard' {expected}"));
        });
    }

    [TestCase("@3gpp-24.380-6.2.4")]
    [TestCase("@3gpp-22.179-R-6.15.3.2-012")]
    [TestCase("@london-assumption")]
    public async Task Check_SourceWithAClauseOrLondonAssumption_Passes(string source)
    {
        _cli.Write("features/voice/floor.feature", Background + $$"""
              @REQ-T-004 @LFB @must {{source}}
              Scenario: A talker is heard
                When "FF Jones" starts a group call on "FLON-OPS01"
                Then every other member of "FLON-OPS01" hears "FF Jones"
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check");

        Assert.That(exitCode, Is.EqualTo(0), output);
    }

    [Test]
    public async Task Check_AgencyCellThatIsNoAgency_OneLineNamingTheValue()
    {
        _cli.Write("features/voice/floor.feature", """
            Feature: Floor control
              @REQ-T-005 @MPS @must @london-assumption
              Scenario: A talker is heard
                Given these users are logged on:
                  | user     | agency | place       |
                  | PC Patel | Met    | Westminster |
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("features/voice/floor.feature:3: scenario 'A talker is heard' has a step whose agency is unknown ('these users are logged on:'): 'Met' is not an agency"));
        });
    }

    [Test]
    public async Task Check_TheRepositoryCatalogue_HasNoProblemsAndReportsEachAgencysMustShare()
    {
        var (exitCode, output, error) = await _cli.RunAsync("check", "--features", Repository.Features);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), "the catalogue's tags, sources and steps must stay honest:\n" + output + error);
            Assert.That(output, Does.Match(@"(?m)^MPS: \d+ of \d+ scenarios \([\d.]+ %\) are @must with MPS taking part"));
        });
    }
}
