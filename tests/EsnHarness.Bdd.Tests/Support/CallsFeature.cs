namespace EsnHarness.Bdd.Tests.Support;

/// <summary>A feature with a background, a rule, a scenario and an outline with tagged examples, for selection tests.</summary>
public static class CallsFeature
{
    public const string Text = """
        @feature-tag
        Feature: Calls
          Background:
            Given a radio

          Rule: Group calls
            @rule-scenario
            Scenario: Plain call
              When I call

            Scenario Outline: Call <group>
              When I call <group>

              @fast
              Examples: first
                | group | size |
                | A     | 1    |
                | B     | 2    |

              @slow
              Examples: second
                | group | size |
                | C     | 3    |
        """;
}
