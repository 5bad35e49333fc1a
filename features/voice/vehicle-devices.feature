@voice
Feature: Vehicle devices and the handover between handheld and vehicle device
  As a Met officer crewing a response car with an ESN handheld and the car's vehicle-mounted ESN terminal
  I need my talkgroups, the group I talk on, the call I am in and the floor I hold to move to the car's terminal
  when I dock my handheld as I get in, and back to the handheld when I take it out as I get out
  So that I never drop out of a call or lose my turn to speak between the street and the car, and an emergency I raise
  on either device reaches MetCC.

  Docking is modelled as the vehicle device logging on as the officer (the handheld lends it the officer's log-on),
  so the MCX service sees one user moving from one MC client to another; the handheld rests in its cradle while docked.
  That the handover keeps the groups, selected group, call and floor is a London assumption (@london-assumption): the
  3GPP specifications leave docking to the terminal suppliers. Floor handling follows TS 24.380 §6.2.4 (the floor participant asks again on the device now serving the user).

  Background:
    Given these users are logged on:
      | user     | agency | place |
      | PC Byrne | MPS    | Soho  |
      | PC Walsh | MPS    | Soho  |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And the MPS group "MPS-CW-OPS1" with members "MetCC Dispatcher Ward", "PC Byrne" and "PC Walsh"
    And the MPS group "MPS-CW-ALL" with members "MetCC Dispatcher Ward", "PC Byrne" and "PC Walsh"
    And the members of "MPS-CW-OPS1" are affiliated
    And the members of "MPS-CW-ALL" are affiliated
    And the terminal of "PC Byrne" has "MPS-CW-OPS1" selected
    And the MPS vehicle "MPS car CW-21" is at "Soho"

  Rule: Getting into the car moves the officer to the vehicle device without losing anything

    @REQ-LDN-VEH-001 @MPS @must @london-assumption
    Scenario: Docking the handheld moves the officer's groups and selected group to the vehicle device
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      Then the vehicle device serves "PC Byrne" on all their groups with "MPS-CW-OPS1" selected

    @REQ-LDN-VEH-002 @MPS @must @london-assumption
    Scenario: A call the officer is listening to carries on on the vehicle device, and they answer in it
      Given "PC Walsh" is talking on "MPS-CW-OPS1"
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      Then "PC Byrne" is still in the same call on "MPS-CW-OPS1"
      When "PC Walsh" releases PTT on "MPS-CW-OPS1"
      And "PC Byrne" talks without choosing a group
      Then "PC Walsh" hears "PC Byrne"

    @REQ-LDN-VEH-003 @MPS @must @london-assumption @3gpp-24.380-6.2.4
    Scenario: An officer talking as they dock keeps the floor on the vehicle device
      Given "PC Byrne" is talking on "MPS-CW-OPS1"
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      Then "PC Byrne" is granted the floor on "MPS-CW-OPS1"
      And the MetCC console is in the call on "MPS-CW-OPS1" with "PC Byrne" talking

    @REQ-LDN-VEH-004 @MPS @must @london-assumption
    Scenario: An emergency raised on the vehicle device reaches MetCC as the officer's
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      And "PC Byrne" presses the emergency button on "MPS-CW-OPS1"
      Then the MetCC console shows the emergency of "PC Byrne" on "MPS-CW-OPS1" open and not acknowledged

  Rule: Getting out of the car moves the officer back to the handheld without losing anything

    @REQ-LDN-VEH-005 @MPS @must @london-assumption
    Scenario: Taking the handheld out gives the officer back every group they had in the car
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      And "PC Byrne" gets out of "MPS car CW-21" with their handheld
      Then the handheld serves "PC Byrne" again on all their groups with "MPS-CW-OPS1" selected

    @REQ-LDN-VEH-006 @MPS @must @london-assumption @3gpp-24.380-6.2.4
    Scenario: An officer talking from the car as they get out keeps the floor on the handheld
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      And "PC Byrne" presses PTT on "MPS-CW-OPS1"
      And "PC Byrne" gets out of "MPS car CW-21" with their handheld
      Then "PC Byrne" is granted the floor on "MPS-CW-OPS1"
      And the MetCC console is in the call on "MPS-CW-OPS1" with "PC Byrne" talking

    @REQ-LDN-VEH-007 @MPS @must @london-assumption
    Scenario: A call on a monitored group carries on on the handheld when the officer gets out
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      And "PC Walsh" is talking on "MPS-CW-ALL"
      And "PC Byrne" hears "PC Walsh"
      And "PC Byrne" gets out of "MPS car CW-21" with their handheld
      Then "PC Byrne" is still in the same call on "MPS-CW-ALL"

    @REQ-LDN-VEH-008 @MPS @must @london-assumption
    Scenario: An emergency raised on the handheld after getting out reaches MetCC
      When "PC Byrne" gets into "MPS car CW-21" and docks their handheld
      And "PC Byrne" gets out of "MPS car CW-21" with their handheld
      And "PC Byrne" presses the emergency button on "MPS-CW-OPS1"
      Then the MetCC console shows the emergency of "PC Byrne" on "MPS-CW-OPS1" open and not acknowledged
