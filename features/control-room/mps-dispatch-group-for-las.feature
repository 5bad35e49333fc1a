@control-room
Feature: The MPS Dispatch Group helps LAS in winter
  As LAS under winter pressure, when MetCC dispatchers of the MPS Dispatch Group take LAS sector groups from their own
  positions, and as the Met, whose dispatchers they are
  I need a MetCC console on an LAS sector group to talk and break in, to see and handle the LAS crews' emergencies,
  move crews onto incident groups and message them, exactly as an LAS EOC dispatcher would
  So that LAS gets extra dispatchers without moving people or consoles, and no LAS crew is worse served for it.

  How the MPS Dispatch Group works LAS groups is a London assumption: a console answers only its own service's groups
  (control rooms share a space, not their systems: REQ-LDN-INTEROP-011) unless the owning service authorises it, so
  LAS authorises the MetCC dispatchers of the arrangement on its groups (user profile dispatch_for_agencies), and they
  work beside the LAS EOC. The 2 s alert limit is the London assumption of the emergency requirements.

  Background:
    Given these users are logged on:
      | user             | agency | place    |
      | Crew RRU43       | LAS    | Waterloo |
      | Paramedic Okafor | LAS    | Waterloo |
      | EMT Silva        | LAS    | Waterloo |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And LAS lets "MetCC Dispatcher Ward" dispatch on its groups
    And the LAS group "LAS-CENTRAL-SECTOR" with members "MetCC Dispatcher Ward", "LAS EOC Dispatcher Reid", "Crew RRU43", "Paramedic Okafor" and "EMT Silva"
    And the members of "LAS-CENTRAL-SECTOR" are affiliated

  Rule: A MetCC dispatcher works the LAS sector group like an EOC dispatcher

    @REQ-LDN-MDG-001 @MPS @LAS @must @3gpp-23.379-10.6.2.3.1.1.2 @london-assumption
    Scenario: The LAS crews hear the MetCC dispatcher on their sector group
      When "MetCC Dispatcher Ward" starts a group call on "LAS-CENTRAL-SECTOR"
      Then every other member of "LAS-CENTRAL-SECTOR" hears "MetCC Dispatcher Ward"

    @REQ-LDN-MDG-002 @MPS @LAS @must @3gpp-24.380-8.2 @london-assumption
    Scenario: The MetCC console hears an LAS crew and shows who is talking
      When "Paramedic Okafor" starts a group call on "LAS-CENTRAL-SECTOR"
      Then the MetCC console shows "Paramedic Okafor" talking on "LAS-CENTRAL-SECTOR"
      And "MetCC Dispatcher Ward" hears "Paramedic Okafor"

    @REQ-LDN-MDG-003 @MPS @LAS @must @3gpp-24.380-6.3 @london-assumption
    Scenario: The MetCC dispatcher breaks in over a routine LAS talker
      Given "EMT Silva" is talking on "LAS-CENTRAL-SECTOR"
      When the MetCC dispatcher presses PTT on "LAS-CENTRAL-SECTOR"
      Then "EMT Silva" has the floor revoked with cause 4 (media burst pre-empted)
      And "MetCC Dispatcher Ward" is granted the floor on "LAS-CENTRAL-SECTOR"

    @REQ-LDN-MDG-004 @MPS @LAS @must @3gpp-23.379-10.6.2.5 @london-assumption
    Scenario: The MetCC dispatcher broadcasts to the sector and no crew talks over it
      When "MetCC Dispatcher Ward" starts a broadcast call on "LAS-CENTRAL-SECTOR"
      Then every other member of "LAS-CENTRAL-SECTOR" hears "MetCC Dispatcher Ward"
      When "Crew RRU43" presses PTT on "LAS-CENTRAL-SECTOR"
      Then "Crew RRU43" is denied the floor with cause 5 (receive only)

    @REQ-LDN-MDG-005 @MPS @LAS @must @3gpp-23.280-10.8 @london-assumption
    Scenario: The MetCC dispatcher moves an LAS crew onto an incident group without the crew touching the handset
      Given the LAS group "LAS-INC-1204" with members "MetCC Dispatcher Ward" and "Crew RRU43"
      And "MetCC Dispatcher Ward" joins "LAS-INC-1204"
      When the MetCC dispatcher affiliates "Crew RRU43" to "LAS-INC-1204"
      Then "Crew RRU43" is affiliated to "LAS-INC-1204" within 2000 ms
      And "Crew RRU43" did not touch the handset
      When "MetCC Dispatcher Ward" starts a group call on "LAS-INC-1204"
      Then "Crew RRU43" hears "MetCC Dispatcher Ward"

    @REQ-LDN-MDG-006 @MPS @LAS @must @3gpp-36.579-7-6.1.2 @london-assumption
    Scenario: The MetCC dispatcher sees that an LAS crew has read its message
      When "MetCC Dispatcher Ward" sends the SDS "Hold at Waterloo for Cat 1 cover" to "Crew RRU43" requesting delivered and read
      And "Crew RRU43" reads the SDS "Hold at Waterloo for Cat 1 cover"
      Then "MetCC Dispatcher Ward" sees delivered and read from "Crew RRU43"

  Rule: LAS crews' emergencies reach the MetCC dispatcher working their sector

    @REQ-LDN-MDG-007 @MPS @LAS @must @kpi @3gpp-23.280-10.10.1 @london-assumption
    Scenario: An LAS crew's emergency reaches the MetCC dispatcher and the LAS EOC within 2 s
      When "Paramedic Okafor" presses the emergency button on "LAS-CENTRAL-SECTOR"
      Then MetCC receives an emergency alert from "Paramedic Okafor" within 2000 ms
      And LAS EOC receives an emergency alert from "Paramedic Okafor" within 2000 ms
      And the alert shows "Paramedic Okafor" at "Waterloo"

    @REQ-LDN-MDG-008 @MPS @LAS @must @3gpp-23.280-10.10 @london-assumption
    Scenario: The MetCC dispatcher acknowledges an LAS crew's emergency and the crew is told
      Given "EMT Silva" presses the emergency button on "LAS-CENTRAL-SECTOR"
      And MetCC receives an emergency alert from "EMT Silva" within 2000 ms
      When the MetCC dispatcher acknowledges the emergency of "EMT Silva"
      Then "EMT Silva" is told the emergency was acknowledged

    @REQ-LDN-MDG-009 @MPS @LAS @must @3gpp-23.280-10.10 @london-assumption
    Scenario: An emergency the MetCC dispatcher cancels clears from the LAS EOC too
      Given "EMT Silva" presses the emergency button on "LAS-CENTRAL-SECTOR"
      When "MetCC Dispatcher Ward" cancels the emergency of "EMT Silva" on "LAS-CENTRAL-SECTOR"
      Then the LAS EOC console shows the emergency of "EMT Silva" cancelled
      And "EMT Silva" is told the emergency was cancelled
      And LAS EOC sees 0 active emergencies on "LAS-CENTRAL-SECTOR"
      And the call on "LAS-CENTRAL-SECTOR" is not an emergency call
