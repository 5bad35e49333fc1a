@voice
Feature: Private calls, broadcast calls, group limits and hang time
  As a dispatcher or supervisor
  I need to speak to one named officer privately, to address every unit of a borough at once,
  and to know plainly when a group cannot take another member
  So that the right people hear the right message, and nobody thinks they are heard when they are not.

  Background:
    Given these users are logged on:
      | user             | agency | place         |
      | Inspector Grant  | MPS    | Lambeth       |
      | PC Patel         | MPS    | Charing Cross |
      | PC Byrne         | MPS    | Charing Cross |
      | PC Walsh         | MPS    | Soho          |
      | Paramedic Okafor | LAS    | Waterloo      |
      | EMT Silva        | LAS    | Waterloo      |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-CW-ALL" with members "MetCC Dispatcher Ward", "Inspector Grant", "PC Patel", "PC Byrne" and "PC Walsh"
    And the members of "MPS-CW-ALL" are affiliated

  Rule: Private calls reach one person, with or without ringing first

    @REQ-LDN-VOICE-017 @MPS @must @3gpp-22.179-5.6
    Scenario: A dispatcher's private call with manual commencement rings and is answered
      When "MetCC Dispatcher Ward" makes a private call to "PC Patel" with manual commencement
      Then "PC Patel" is offered a private call from "MetCC Dispatcher Ward"
      When "PC Patel" accepts the private call
      Then "MetCC Dispatcher Ward" and "PC Patel" are in a private call

    @REQ-LDN-VOICE-018 @LAS @must @3gpp-22.179-5.6
    Scenario: A private call with automatic commencement is heard without answering
      When "LAS EOC Dispatcher Reid" makes a private call to "Paramedic Okafor" with automatic commencement
      Then "LAS EOC Dispatcher Reid" and "Paramedic Okafor" are in a private call
      And "Paramedic Okafor" hears "LAS EOC Dispatcher Reid"

    @REQ-LDN-VOICE-019 @MPS @should @3gpp-22.179-5.6
    Scenario: A private call that is declined tells the caller
      When "Inspector Grant" makes a private call to "PC Byrne" with manual commencement
      And "PC Byrne" declines the private call
      Then "Inspector Grant" is told the private call was declined

    @REQ-LDN-VOICE-023 @MPS @should @3gpp-24.379-11.1 @london-assumption
    Scenario: A private call nobody answers fails plainly with "no answer"
      The ringing time is configuration (TS 24.379 leaves it to the service; 30 s by default in the reference
      simulators, a London assumption); the catalogue uses 2 s so the check runs quickly.
      Given private calls to "PC Byrne" ring for at most 2 s
      When "Inspector Grant" makes a private call to "PC Byrne" with manual commencement
      Then "PC Byrne" is offered a private call from "Inspector Grant"
      And "Inspector Grant" is told the private call was not answered after 2 s

    @REQ-LDN-VOICE-041 @MPS @LFB @LAS @must @3gpp-22.179
    Scenario: Both parties speak in a manually answered private call
      The floor in a private call passes between the two parties (TS 24.380 clause 6.3): the caller talks first,
      then the called officer answers back in the same call.
      When "MetCC Dispatcher Ward" makes a private call to "PC Patel" with manual commencement
      And "PC Patel" accepts the private call
      Then "MetCC Dispatcher Ward" and "PC Patel" are in a private call
      When "MetCC Dispatcher Ward" talks in the private call
      Then "PC Patel" hears "MetCC Dispatcher Ward"
      When "PC Patel" talks in the private call
      Then "MetCC Dispatcher Ward" hears "PC Patel"

    @REQ-LDN-VOICE-042 @LAS @must @3gpp-22.179
    Scenario: A paramedic calls the LAS EOC, not a named dispatcher, and both speak
      A crew calls its control room as such; whoever is at the console answers.
      When "Paramedic Okafor" calls the LAS EOC
      Then the LAS EOC is offered a private call from "Paramedic Okafor"
      When the LAS EOC answers the call
      Then "Paramedic Okafor" and the LAS EOC are in a private call
      When "Paramedic Okafor" talks in the private call
      Then the LAS EOC hears "Paramedic Okafor"
      When the LAS EOC talks in the private call
      Then "Paramedic Okafor" hears the LAS EOC

    @REQ-LDN-VOICE-043 @MPS @LFB @should @3gpp-22.179
    Scenario: An MPS inspector calls LFB Control with no named dispatcher in the scenario
      At a joint incident (JESIP) an MPS inspector rings the fire brigade's control room; the scenario names nobody
      there, so the call rings on LFB Control's duty console.
      When "Inspector Grant" calls LFB Control
      Then LFB Control is offered a private call from "Inspector Grant"
      When LFB Control answers the call
      Then "Inspector Grant" and LFB Control are in a private call
      When "Inspector Grant" talks in the private call
      Then LFB Control hears "Inspector Grant"

  Rule: A broadcast call lets only its initiator talk

    @REQ-LDN-VOICE-020 @MPS @must @3gpp-23.379-10.6.2.5
    Scenario: MetCC broadcasts to every unit of the borough and nobody can talk back over it
      When "MetCC Dispatcher Ward" starts a broadcast call on "MPS-CW-ALL"
      Then every affiliated member of "MPS-CW-ALL" is in the call
      And every other member of "MPS-CW-ALL" hears "MetCC Dispatcher Ward"
      When "PC Walsh" presses PTT on "MPS-CW-ALL"
      Then "PC Walsh" is denied the floor with cause 5 (receive only)

  Rule: A full group refuses a new member plainly

    @REQ-LDN-VOICE-021 @MPS @must @london-assumption
    Scenario: Joining a group call that has reached its maximum participant count is refused
      Given the group "MPS-CW-ALL" is configured with:
        | setting                   | value |
        | maximum participant count | 4     |
      When "Inspector Grant" starts a group call on "MPS-CW-ALL"
      Then "PC Walsh" is refused from the call on "MPS-CW-ALL" with reason "group full"

  Rule: A call stays up for the hang time after the last talker, then ends

    @REQ-LDN-VOICE-022 @MPS @should @3gpp-23.379-10.6.2.3.1.1.3 @london-assumption
    Scenario: The call persists for the hang time and then ends
      The hang timer is set per group; the catalogue uses 500 ms so the check runs quickly.
      Given the group "MPS-CW-ALL" is configured with:
        | setting   | value  |
        | hang time | 500 ms |
      And "PC Patel" is talking on "MPS-CW-ALL"
      When "PC Patel" releases PTT on "MPS-CW-ALL"
      Then the call on "MPS-CW-ALL" is still active
      And the call on "MPS-CW-ALL" ends within 2000 ms
