@interop
Feature: Regrouping the three services' groups at a declared major incident
  As the MetCC, LFB Control and LAS EOC dispatchers at a major incident declared on Westminster Bridge
  I need to put each service's operational group onto one incident group in a single action, and to stand it down again
  So that crews keep talking on the group their handset has selected while every service hears every call (JESIP:
  communicate, co-ordinate, shared situational awareness).

  Preconfigured regrouping (3GPP TS 23.280 §10.15; MCPTT TS 23.379 §10.6.2.9): the regroup group takes the configuration
  of a preconfigured incident group; the users affiliated to the regrouped groups, and those who affiliate to them later,
  are added to it; a call set up on a regrouped group is carried on the regroup group; standing the regroup down gives each
  service its own group back. Only a dispatcher (the remote-affiliation right of TS 22.280) may regroup.

  Background:
    Given these users are logged on:
      | user                  | agency | place       |
      | Superintendent Hale   | MPS    | Westminster |
      | PC Patel              | MPS    | Westminster |
      | Station Manager Reyes | LFB    | Westminster |
      | FF Jones              | LFB    | Westminster |
      | Duty Officer Mensah   | LAS    | Westminster |
      | Paramedic Okafor      | LAS    | Westminster |
      | Paramedic Hughes      | LAS    | Westminster |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-WM-OPS1" with members "Superintendent Hale", "PC Patel" and "MetCC Dispatcher Ward"
    And the LFB group "FLON-OPS01" with members "Station Manager Reyes", "FF Jones" and "LFB Control Officer Khan"
    And the LAS group "LAS-SECTOR-C" with members "Duty Officer Mensah", "Paramedic Okafor", "Paramedic Hughes" and "LAS EOC Dispatcher Reid"
    And the preconfigured incident group "LDN-MI-TEMPLATE" with priority 200
    And the members of "MPS-WM-OPS1" are affiliated
    And the members of "FLON-OPS01" are affiliated
    And "Duty Officer Mensah" joins "LAS-SECTOR-C"
    And "Paramedic Okafor" joins "LAS-SECTOR-C"
    And "LAS EOC Dispatcher Reid" joins "LAS-SECTOR-C"

  Rule: A regroup puts the three services on one incident group

    @REQ-LDN-INTEROP-050 @MPS @LFB @LAS @must @3gpp-23.379-10.6.2.9.5.1
    Scenario: A call on the fire brigade's own group reaches the police and the ambulance service once regrouped
      When the MetCC dispatcher regroups "MPS-WM-OPS1", "FLON-OPS01" and "LAS-SECTOR-C" into "LDN-MI-WESTMINSTER" with the configuration of "LDN-MI-TEMPLATE"
      And "FF Jones" starts a group call on "FLON-OPS01"
      Then the call "FF Jones" started is on "LDN-MI-WESTMINSTER"
      And "PC Patel" hears "FF Jones"
      And "Paramedic Okafor" hears "FF Jones"

    @REQ-LDN-INTEROP-051 @MPS @LFB @LAS @must @3gpp-23.280-10.15
    Scenario: Every control room sees who talks on the regrouped incident group
      Given the MetCC dispatcher has regrouped "MPS-WM-OPS1", "FLON-OPS01" and "LAS-SECTOR-C" into "LDN-MI-WESTMINSTER" with the configuration of "LDN-MI-TEMPLATE"
      When "Duty Officer Mensah" starts a group call on "LAS-SECTOR-C"
      Then the MetCC console shows "Duty Officer Mensah" talking on "LDN-MI-WESTMINSTER"
      And the LFB Control console shows "Duty Officer Mensah" talking on "LDN-MI-WESTMINSTER"
      And the LAS EOC console shows "Duty Officer Mensah" talking on "LDN-MI-WESTMINSTER"

    @REQ-LDN-INTEROP-052 @MPS @LFB @LAS @must @3gpp-23.280-10.15.3.4.1
    Scenario: A crew that joins its group after the regroup is added to the incident group
      Given the MetCC dispatcher has regrouped "MPS-WM-OPS1", "FLON-OPS01" and "LAS-SECTOR-C" into "LDN-MI-WESTMINSTER" with the configuration of "LDN-MI-TEMPLATE"
      When "Paramedic Hughes" joins "LAS-SECTOR-C"
      Then "Paramedic Hughes" is in the regroup "LDN-MI-WESTMINSTER"
      When "Superintendent Hale" starts a group call on "MPS-WM-OPS1"
      Then "Paramedic Hughes" hears "Superintendent Hale"
      And "Station Manager Reyes" hears "Superintendent Hale"

  Rule: Standing the regroup down gives each service its own group back

    @REQ-LDN-INTEROP-053 @MPS @LFB @LAS @must @3gpp-23.280-10.15
    Scenario: After the stand-down a call on the fire brigade's group stays with the fire brigade
      Given the MetCC dispatcher has regrouped "MPS-WM-OPS1", "FLON-OPS01" and "LAS-SECTOR-C" into "LDN-MI-WESTMINSTER" with the configuration of "LDN-MI-TEMPLATE"
      When the MetCC dispatcher stands down the regroup "LDN-MI-WESTMINSTER"
      Then "PC Patel", "FF Jones" and "Paramedic Okafor" are no longer affiliated to "LDN-MI-WESTMINSTER" within 2000 ms
      When "FF Jones" starts a group call on "FLON-OPS01"
      Then the call "FF Jones" started is on "FLON-OPS01"
      And "Station Manager Reyes" hears "FF Jones"
      And "PC Patel" does not hear "FF Jones" within 1000 ms

  Rule: Only a dispatcher may regroup

    @must @3gpp-23.280-10.15
    Scenario Outline: A <service> crew member cannot regroup the services' groups
      When "<crew member>" tries to regroup "MPS-WM-OPS1", "FLON-OPS01" and "LAS-SECTOR-C" into "LDN-MI-ROGUE" with the configuration of "LDN-MI-TEMPLATE"
      Then the regroup is refused with reason "not authorised"

      @REQ-LDN-INTEROP-054 @MPS
      Examples: police
        | service | crew member |
        | MPS     | PC Patel    |

      @REQ-LDN-INTEROP-055 @LFB
      Examples: fire
        | service | crew member |
        | LFB     | FF Jones    |

      @REQ-LDN-INTEROP-056 @LAS
      Examples: ambulance
        | service | crew member      |
        | LAS     | Paramedic Okafor |
