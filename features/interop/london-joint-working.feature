@interop
Feature: London's joint working across the three services
  As control rooms moving towards One London call handling
  I need one console position to answer for more than one service's groups
  So that the joint arrangements London relies on today keep working when Airwave goes.

  The Joint Response Unit, LFB co-responding, firefighters driving ambulances and the MPS Dispatch Group helping
  LAS each have their own feature: joint-response-unit, lfb-co-responders, firefighters-driving-ambulances and
  control-room/mps-dispatch-group-for-las.

  Background:
    Given these users are logged on:
      | user                | agency | place     |
      | PC Shah             | MPS    | Lambeth   |
      | Paramedic Dunn      | LAS    | Lambeth   |
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC

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
