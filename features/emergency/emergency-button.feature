@emergency
Feature: The emergency button
  As an officer, firefighter or paramedic in danger
  I need one press of the emergency button to tell my control room who and where I am,
  and to take over my group so everyone hears me first
  So that help is sent to me straight away, as the Airwave emergency button does today.

  The 2 s alert limit is a London assumption (configurable in this file); the pre-emption
  and cancellation rules come from 3GPP TS 22.179 and TS 24.380.

  Background:
    Given these users are logged on:
      | user             | agency | place             |
      | PC Patel         | MPS    | Brixton           |
      | PC Byrne         | MPS    | Brixton           |
      | PS Okoro         | MPS    | Brixton           |
      | FF Jones         | LFB    | Soho fire station |
      | FF Ahmed         | LFB    | Soho fire station |
      | Paramedic Okafor | LAS    | Waterloo          |
      | EMT Silva        | LAS    | Waterloo          |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward", "PC Patel", "PC Byrne" and "PS Okoro"
    And the LFB group "FLON-OPS01" with members "LFB Control Officer Khan", "FF Jones" and "FF Ahmed"
    And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Okafor" and "EMT Silva"
    And the members of "MPS-LX-OPS1" are affiliated
    And the members of "FLON-OPS01" are affiliated
    And the members of "LAS-SOUTH-SECTOR" are affiliated

  Rule: The alert reaches the owning control room quickly and says where the user is

    @must @kpi @london-assumption @3gpp-23.280-10.10
    Scenario Outline: An emergency alert from <user> reaches <control room> within 2 s with location
      When "<user>" presses the emergency button on "<group>"
      Then <control room> receives an emergency alert from "<user>" within 2000 ms
      And the alert shows "<user>" at "<place>"

      @REQ-LDN-EMER-001 @MPS
      Examples: MPS
        | user     | group       | control room | place   |
        | PC Patel | MPS-LX-OPS1 | MetCC        | Brixton |

      @REQ-LDN-EMER-002 @LFB
      Examples: LFB
        | user     | group      | control room | place             |
        | FF Jones | FLON-OPS01 | LFB Control  | Soho fire station |

      @REQ-LDN-EMER-003 @LAS
      Examples: LAS
        | user             | group            | control room | place    |
        | Paramedic Okafor | LAS-SOUTH-SECTOR | LAS EOC      | Waterloo |

  Rule: The group call becomes an emergency call and the user in danger is heard first

    @REQ-LDN-EMER-004 @MPS @must @3gpp-24.379-4.6
    Scenario: The group call turns into an emergency call
      When "PC Patel" presses the emergency button on "MPS-LX-OPS1"
      Then the call on "MPS-LX-OPS1" is an emergency call
      And "PC Patel" is granted the floor on "MPS-LX-OPS1"
      And every other member of "MPS-LX-OPS1" hears "PC Patel"

    @REQ-LDN-EMER-005 @MPS @must @3gpp-24.380-6.3
    Scenario: An emergency pre-empts the current talker
      Given "PS Okoro" is talking on "MPS-LX-OPS1"
      When "PC Byrne" presses the emergency button on "MPS-LX-OPS1"
      Then "PS Okoro" has the floor revoked with cause 4 (media burst pre-empted)
      And "PC Byrne" is granted the floor on "MPS-LX-OPS1"

    @REQ-LDN-EMER-006 @MPS @must @3gpp-23.280-10.10
    Scenario: Two emergencies on the same group are both visible and neither is lost
      When "PC Patel" presses the emergency button on "MPS-LX-OPS1"
      And "PC Byrne" presses the emergency button on "MPS-LX-OPS1"
      Then MetCC sees 2 active emergencies on "MPS-LX-OPS1"

  Rule: Only the originator or an authorised dispatcher can cancel

    @REQ-LDN-EMER-007 @LFB @must @3gpp-23.280-10.10
    Scenario: The originator cancels their own emergency
      Given "FF Ahmed" presses the emergency button on "FLON-OPS01"
      When "FF Ahmed" cancels the emergency on "FLON-OPS01"
      Then LFB Control sees 0 active emergencies on "FLON-OPS01"
      And the call on "FLON-OPS01" is not an emergency call

    @REQ-LDN-EMER-008 @LAS @must @3gpp-23.280-10.10
    Scenario: An authorised dispatcher cancels an emergency raised in error
      Given "EMT Silva" presses the emergency button on "LAS-SOUTH-SECTOR"
      When "LAS EOC Dispatcher Reid" cancels the emergency of "EMT Silva" on "LAS-SOUTH-SECTOR"
      Then LAS EOC sees 0 active emergencies on "LAS-SOUTH-SECTOR"

    @REQ-LDN-EMER-009 @MPS @must @3gpp-23.280-10.10
    Scenario: Another member cannot cancel someone else's emergency
      Given "PC Patel" presses the emergency button on "MPS-LX-OPS1"
      When "PC Byrne" cancels the emergency of "PC Patel" on "MPS-LX-OPS1"
      Then the cancellation is refused with reason "not authorised"
      And MetCC sees 1 active emergency on "MPS-LX-OPS1"
