@interop
Feature: London's joint working across the three services
  As the Met and LAS running the Joint Response Unit, LFB crews acting as LAS co-responders,
  and control rooms moving towards One London call handling
  I need one group to span two services, a CAD dispatch to cross from one service to another,
  and statuses to flow back to the service that dispatched
  So that the joint arrangements London relies on today keep working when Airwave goes.

  Background:
    Given these users are logged on:
      | user                | agency | place     |
      | PC Shah             | MPS    | Lambeth   |
      | Paramedic Dunn      | LAS    | Lambeth   |
      | Crew E271           | LFB    | Lambeth   |
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control

  Rule: The Joint Response Unit shares one group across agencies

    @REQ-LDN-INTEROP-008 @MPS @LAS @should
    Scenario: A paramedic and an officer in one car share one group
      Given the multi-agency group "JRU-LAMBETH" with members "PC Shah", "Paramedic Dunn", "MetCC Dispatcher Ward" and "LAS EOC Dispatcher Reid"
      And the members of "JRU-LAMBETH" are affiliated
      When "Paramedic Dunn" starts a group call on "JRU-LAMBETH"
      Then every other member of "JRU-LAMBETH" hears "Paramedic Dunn"

    @REQ-LDN-INTEROP-009 @MPS @LAS @should
    Scenario: Both control rooms see the Joint Response Unit's messages
      Given the multi-agency group "JRU-LAMBETH" with members "PC Shah", "Paramedic Dunn", "MetCC Dispatcher Ward" and "LAS EOC Dispatcher Reid"
      And the members of "JRU-LAMBETH" are affiliated
      When "PC Shah" sends the SDS "JRU on scene, 1 patient, police required" to group "JRU-LAMBETH" requesting delivered
      Then "MetCC Dispatcher Ward" receives the SDS "JRU on scene, 1 patient, police required" within 1000 ms
      And "LAS EOC Dispatcher Reid" receives the SDS "JRU on scene, 1 patient, police required" within 1000 ms

  Rule: LFB co-responders receive LAS incidents and report back to LAS

    @REQ-LDN-INTEROP-010 @LFB @LAS @must @kpi @london-assumption
    Scenario: LAS CAD dispatches an LFB crew to a cardiac arrest and the crew's status reaches LAS
      Given the LAS status table:
        | code  | status             |
        | 32769 | Mobile to incident |
        | 32770 | At scene           |
      When LAS CAD dispatches incident "C1-0977: cardiac arrest, defibrillator needed, Kennington Rd" to "Crew E271"
      Then the terminal of "Crew E271" shows incident "C1-0977" within 5000 ms
      When "Crew E271" acknowledges incident "C1-0977"
      Then LAS CAD shows incident "C1-0977" acknowledged by "Crew E271"
      When "Crew E271" sends status "At scene"
      Then LAS CAD shows status "At scene" for "Crew E271"

  Rule: One London: control rooms share a space, not their systems

    @REQ-LDN-INTEROP-011 @MPS @LAS @could @london-assumption
    Scenario: Side by side, each service's console answers only its own service's groups
      London's collaboration principle for control rooms is shared space, not integrated systems (ESN-DOMAIN §2): a
      MetCC console does not answer an LAS group even when the group document lists it; the LAS EOC console beside it does.
      Given the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Shah"
      And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "MetCC Dispatcher Ward" and "Paramedic Dunn"
      And the members of "MPS-LX-OPS1" are affiliated
      And "LAS EOC Dispatcher Reid" joins "LAS-SOUTH-SECTOR"
      And "Paramedic Dunn" joins "LAS-SOUTH-SECTOR"
      When "MetCC Dispatcher Ward" tries to affiliate to "LAS-SOUTH-SECTOR"
      Then the affiliation is refused with reason "not authorised"
      When "Paramedic Dunn" starts a group call on "LAS-SOUTH-SECTOR"
      Then the LAS EOC console shows "Paramedic Dunn" talking on "LAS-SOUTH-SECTOR"
      And "MetCC Dispatcher Ward" is not in the call on "LAS-SOUTH-SECTOR"
