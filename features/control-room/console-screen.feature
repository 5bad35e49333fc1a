@control-room @web-console
Feature: What the dispatcher sees on the console's screen
  As a dispatcher at MetCC, LFB Control or an LAS EOC working at a web console
  I need the screen itself to keep an emergency in front of me until I acknowledge it, to show who is
  talking the moment they take the floor, to mark the groups I have patched and to keep my units where
  they are on the plan
  So that what I act on is what is happening, not what happened a while ago.

  These requirements are about a console's screen, so they run only when the profile's controlRoom role
  is a web console (esn run --profile web-console, or an agency's console with its console map). With the
  gRPC console adapter (the default profile) every scenario here is reported skipped, with the reason.

  Background:
    Given these users are logged on:
      | user             | agency | place      |
      | PC Patel         | MPS    | Brixton    |
      | PC Byrne         | MPS    | Camberwell |
      | Paramedic Okafor | LAS    | Waterloo   |
      | EMT Silva        | LAS    | Waterloo   |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
    And the MPS group "MPS-SO-OPS1" with members "MetCC Dispatcher Ward" and "PC Byrne"
    And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Okafor" and "EMT Silva"
    And the members of "MPS-LX-OPS1" are affiliated
    And the members of "MPS-SO-OPS1" are affiliated
    And the members of "LAS-SOUTH-SECTOR" are affiliated

  Rule: An emergency stays in front of the dispatcher until acknowledged

    @REQ-LDN-CR-101 @LAS @must @london-assumption
    Scenario: The emergency banner outlasts later traffic and goes only when acknowledged
      Given "EMT Silva" presses the emergency button on "LAS-SOUTH-SECTOR"
      Then the LAS EOC console shows the emergency banner of "EMT Silva"
      When "EMT Silva" releases PTT on "LAS-SOUTH-SECTOR"
      And "Paramedic Okafor" presses PTT on "LAS-SOUTH-SECTOR"
      Then the LAS EOC console shows "Paramedic Okafor" talking on "LAS-SOUTH-SECTOR"
      And the LAS EOC console still shows the emergency banner of "EMT Silva"
      When the LAS EOC dispatcher acknowledges the emergency of "EMT Silva"
      Then the LAS EOC console no longer shows the emergency banner of "EMT Silva"
      And "EMT Silva" is told the emergency was acknowledged

  Rule: The screen shows who is talking as soon as they take the floor

    @REQ-LDN-CR-102 @MPS @must @kpi @london-assumption
    Scenario: MetCC sees the talker within 1 s of Floor Taken
      When "PC Patel" starts a group call on "MPS-LX-OPS1"
      Then the MetCC console shows "PC Patel" talking on "MPS-LX-OPS1" within 1000 ms of Floor Taken

  Rule: Patched groups are visibly marked

    @REQ-LDN-CR-103 @MPS @should @london-assumption
    Scenario: MetCC patches two borough groups and sees both marked
      When the MetCC dispatcher patches "MPS-LX-OPS1" and "MPS-SO-OPS1" on the console
      Then the MetCC console marks "MPS-LX-OPS1" as patched
      And the MetCC console marks "MPS-SO-OPS1" as patched
      When "PC Patel" starts a group call on "MPS-LX-OPS1"
      Then the MetCC console shows "PC Patel" talking on "MPS-SO-OPS1"

  Rule: The plan shows where each unit is now

    @REQ-LDN-CR-104 @MPS @should @london-assumption
    Scenario: A unit's marker moves on the plan when the unit moves
      Then the MetCC plan shows "PC Patel" at "Brixton"
      When "PC Patel" moves to "Camberwell"
      Then the MetCC plan shows "PC Patel" at "Camberwell"
