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

  Rule: One London: shared control-room space serves more than one service

    @REQ-LDN-INTEROP-011 @MPS @LAS @could
    Scenario: One console position answers for two services' groups
      Given the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Shah"
      And the LAS group "LAS-SOUTH-SECTOR" with members "MetCC Dispatcher Ward" and "Paramedic Dunn"
      And the members of "MPS-LX-OPS1" are affiliated
      And the members of "LAS-SOUTH-SECTOR" are affiliated
      When "Paramedic Dunn" starts a group call on "LAS-SOUTH-SECTOR"
      Then the MetCC console shows "Paramedic Dunn" talking on "LAS-SOUTH-SECTOR"
