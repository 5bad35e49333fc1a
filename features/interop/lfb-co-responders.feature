@interop
Feature: LFB co-responders sent by LAS to cardiac arrests
  As LAS, which sends the nearest LFB crew with a defibrillator to a suspected cardiac arrest while an ambulance is
  on its way, and as LFB, whose crew it is
  I need LAS CAD's dispatch to reach the fire crew's terminal, the crew's acknowledgement and statuses to come back
  into LAS CAD in LAS's own terms, and the crew to be on LAS's incident group with the ambulance crew and the EOC
  So that the first responder on scene is dispatched, heard and tracked by the service that sent it.

  Co-responding is a London arrangement: the LAS CAD dispatches to LFB resources through the LAS CAD gateway, and the
  crew's statuses go back to LAS CAD with LAS's status table (the London assumption of this feature; status codes per
  EN 300 392-2 Table 14.72). The 5 s dispatch and 2 s alert limits are London assumptions.

  Background:
    Given the LAS status table:
      | code  | status             |
      | 32769 | Mobile to incident |
      | 32770 | At scene           |
      | 32771 | Left scene         |
      | 32773 | Clear              |
    And these users are logged on:
      | user           | agency | place                |
      | Crew E271      | LFB    | Lambeth fire station |
      | Paramedic Dunn | LAS    | Lambeth              |
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control

  Rule: LAS CAD dispatches the fire crew and hears back in LAS's terms

    @REQ-LDN-INTEROP-010 @LFB @LAS @must @kpi @london-assumption
    Scenario: LAS CAD dispatches an LFB crew to a cardiac arrest and the crew's status reaches LAS
      When LAS CAD dispatches incident "C1-0977: cardiac arrest, defibrillator needed, Kennington Rd" to "Crew E271"
      Then the terminal of "Crew E271" shows incident "C1-0977" within 5000 ms
      When "Crew E271" acknowledges incident "C1-0977"
      Then LAS CAD shows incident "C1-0977" acknowledged by "Crew E271"
      When "Crew E271" sends status "At scene"
      Then LAS CAD shows status "At scene" for "Crew E271"

    @REQ-LDN-CORESP-023 @LFB @LAS @must @london-assumption
    Scenario: LAS CAD's dispatch reaches the LFB crew's own terminal and LAS CAD records the crew's acknowledgement
      When LAS CAD dispatches incident "C1-0981: cardiac arrest, Kennington Park" to "Crew E271"
      Then the terminal of "Crew E271" shows incident "C1-0981"
      When "Crew E271" acknowledges incident "C1-0981"
      Then LAS CAD shows incident "C1-0981" acknowledged by "Crew E271"

    @REQ-LDN-CORESP-001 @LFB @LAS @must @london-assumption
    Scenario: The crew's statuses go to LFB Control until LAS CAD sends it, then to LAS CAD in LAS's terms
      Given the LFB status table:
        | code  | status        |
        | 32769 | Mobile        |
        | 32770 | In attendance |
        | 32771 | Available     |
      When "Crew E271" sends status "Available"
      Then LFB Control receives status "Available" from "Crew E271"
      When LAS CAD dispatches incident "C1-0981: cardiac arrest, 22 Fitzalan St" to "Crew E271"
      And "Crew E271" sends status "Mobile to incident"
      Then LAS CAD shows status "Mobile to incident" for "Crew E271"

    @REQ-LDN-CORESP-002 @LFB @LAS @must @london-assumption
    Scenario: The co-responding crew's statuses reach LAS CAD through to Clear
      Given LAS CAD dispatches incident "C1-0982: cardiac arrest, Vauxhall Walk" to "Crew E271"
      When "Crew E271" sends the statuses "Mobile to incident", "At scene", "Left scene" and "Clear"
      Then LAS CAD shows status "Clear" for "Crew E271"

  Rule: The fire crew joins LAS's incident group with the ambulance crew and the EOC

    @REQ-LDN-CORESP-003 @LFB @LAS @must @3gpp-23.280-10.8 @london-assumption
    Scenario: The LAS EOC puts the co-responding crew on the incident group without the crew touching the handset
      Given the LAS group "LAS-INC-0977" with members "LAS EOC Dispatcher Reid", "Paramedic Dunn" and "Crew E271"
      And "LAS EOC Dispatcher Reid" joins "LAS-INC-0977"
      When the LAS EOC dispatcher affiliates "Crew E271" to "LAS-INC-0977"
      Then "Crew E271" is affiliated to "LAS-INC-0977" within 2000 ms
      And "Crew E271" did not touch the handset
      When "LAS EOC Dispatcher Reid" starts a group call on "LAS-INC-0977"
      Then "Crew E271" hears "LAS EOC Dispatcher Reid"

    @REQ-LDN-CORESP-004 @LFB @LAS @must @3gpp-24.380-8.2 @london-assumption
    Scenario: The co-responders' update is heard by the ambulance crew and shown at the EOC with who is talking
      Given the LAS group "LAS-INC-0977" with members "LAS EOC Dispatcher Reid", "Paramedic Dunn" and "Crew E271"
      And the members of "LAS-INC-0977" are affiliated
      When "Crew E271" starts a group call on "LAS-INC-0977"
      Then every other member of "LAS-INC-0977" hears "Crew E271"
      And the LAS EOC console shows "Crew E271" talking on "LAS-INC-0977"

    @REQ-LDN-CORESP-005 @LFB @LAS @must @3gpp-24.380-6.3
    Scenario: The LAS EOC breaks in over the co-responders on the incident group
      Given the LAS group "LAS-INC-0977" with members "LAS EOC Dispatcher Reid", "Paramedic Dunn" and "Crew E271"
      And the members of "LAS-INC-0977" are affiliated
      And "Crew E271" is talking on "LAS-INC-0977"
      When the LAS EOC dispatcher presses PTT on "LAS-INC-0977"
      Then "Crew E271" has the floor revoked with cause 4 (media burst pre-empted)
      And "LAS EOC Dispatcher Reid" is granted the floor on "LAS-INC-0977"

    @REQ-LDN-CORESP-006 @LFB @LAS @must @3gpp-23.379-10.6.2.3.1.1.2
    Scenario: The co-responding crew still hears LFB Control on its own group while on the LAS incident
      Given the LAS group "LAS-INC-0977" with members "LAS EOC Dispatcher Reid" and "Crew E271"
      And the LFB group "FLON-OPS01" with members "LFB Control Officer Khan" and "Crew E271"
      And the members of "LAS-INC-0977" are affiliated
      And the members of "FLON-OPS01" are affiliated
      When "LFB Control Officer Khan" starts a group call on "FLON-OPS01"
      Then "Crew E271" hears "LFB Control Officer Khan"
      When "LAS EOC Dispatcher Reid" starts a group call on "LAS-INC-0977"
      Then "Crew E271" hears "LAS EOC Dispatcher Reid"

  Rule: The EOC and LFB Control both know when the co-responders need help

    @REQ-LDN-CORESP-007 @LFB @LAS @must @kpi @3gpp-23.280-10.10.1 @london-assumption
    Scenario: A co-responder's emergency on the LAS incident group reaches the LAS EOC and LFB Control within 2 s
      Given LAS lets "LFB Control Officer Khan" dispatch on its groups
      And the LAS group "LAS-INC-0977" with members "LAS EOC Dispatcher Reid", "LFB Control Officer Khan" and "Crew E271"
      And the members of "LAS-INC-0977" are affiliated
      When "Crew E271" presses the emergency button on "LAS-INC-0977"
      Then LAS EOC receives an emergency alert from "Crew E271" within 2000 ms
      And LFB Control receives an emergency alert from "Crew E271" within 2000 ms
      And the alert shows "Crew E271" at "Lambeth fire station"

    @REQ-LDN-CORESP-008 @LFB @LAS @must @3gpp-36.579-7-6.1.2 @london-assumption
    Scenario: The EOC sees that the co-responders have read its update
      When "LAS EOC Dispatcher Reid" sends the SDS "C1-0977: ambulance 4 min out, continue CPR" to "Crew E271" requesting delivered and read
      And "Crew E271" reads the SDS "C1-0977: ambulance 4 min out, continue CPR"
      Then "LAS EOC Dispatcher Reid" sees delivered and read from "Crew E271"
