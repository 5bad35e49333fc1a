@interop
Feature: The Joint Response Unit: a paramedic and a police officer in one car
  As the Met and LAS running the Joint Response Unit (JRU), a paramedic and a police officer crewing one car
  I need the two of them to be on both services' groups at once, on one shared JRU group that both control rooms
  hear, and to be dispatched by either service's CAD with the acknowledgement and statuses going back to the CAD
  that sent them
  So that the car answers police and ambulance calls alike, and neither control room loses sight of it.

  How the JRU is run on ESN is a London assumption: a multi-agency group per JRU car monitored by MetCC and the LAS
  EOC (3GPP TS 22.280's groups spanning organisations), each crew member also on their own service's borough or
  sector group, and each service dispatching from its own CAD. The 2 s alert and 5 s dispatch limits are the London
  assumptions of the emergency and CAD requirements.

  Background:
    Given these users are logged on:
      | user           | agency | place   |
      | PC Shah        | MPS    | Lambeth |
      | Paramedic Dunn | LAS    | Lambeth |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the multi-agency group "JRU-LAMBETH" with members "PC Shah", "Paramedic Dunn", "MetCC Dispatcher Ward" and "LAS EOC Dispatcher Reid"
    And the members of "JRU-LAMBETH" are affiliated

  Rule: The JRU's own group carries both crew members and both control rooms

    @REQ-LDN-INTEROP-008 @MPS @LAS @must @3gpp-23.379-10.6.2.3.1.1.2 @london-assumption
    Scenario: A paramedic and an officer in one car share one group
      When "Paramedic Dunn" starts a group call on "JRU-LAMBETH"
      Then every other member of "JRU-LAMBETH" hears "Paramedic Dunn"

    @REQ-LDN-INTEROP-009 @MPS @LAS @must @3gpp-36.579-7-6.1.2 @london-assumption
    Scenario: Both control rooms see the Joint Response Unit's messages
      When "PC Shah" sends the SDS "JRU on scene, 1 patient, police required" to group "JRU-LAMBETH" requesting delivered
      Then "MetCC Dispatcher Ward" receives the SDS "JRU on scene, 1 patient, police required" within 1000 ms
      And "LAS EOC Dispatcher Reid" receives the SDS "JRU on scene, 1 patient, police required" within 1000 ms

    @REQ-LDN-JRU-001 @MPS @LAS @must @3gpp-24.380-8.2 @london-assumption
    Scenario: Both control rooms' consoles show which of the two is talking
      When "PC Shah" starts a group call on "JRU-LAMBETH"
      Then the MetCC console shows "PC Shah" talking on "JRU-LAMBETH"
      And the LAS EOC console shows "PC Shah" talking on "JRU-LAMBETH"

    @REQ-LDN-JRU-002 @MPS @LAS @must @3gpp-36.579-7-6.1.2 @london-assumption
    Scenario: Both control rooms see that the JRU has read their message
      When "LAS EOC Dispatcher Reid" sends the SDS "Cat 2 fall, 14 Black Prince Rd, police to attend" to group "JRU-LAMBETH" requesting delivered and read
      And every other member of "JRU-LAMBETH" reads the SDS "Cat 2 fall, 14 Black Prince Rd, police to attend"
      Then "LAS EOC Dispatcher Reid" sees read from "PC Shah"
      And "LAS EOC Dispatcher Reid" sees read from "Paramedic Dunn"

  Rule: Each crew member stays on their own service's groups as well

    @REQ-LDN-JRU-003 @MPS @LAS @must @3gpp-23.379-10.6.2.3.1.1.2 @london-assumption
    Scenario: The officer in the JRU also hears the LAS sector and the paramedic the Met's borough group
      Given the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward", "PC Shah" and "Paramedic Dunn"
      And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Dunn" and "PC Shah"
      And the members of "MPS-LX-OPS1" are affiliated
      And the members of "LAS-SOUTH-SECTOR" are affiliated
      When "LAS EOC Dispatcher Reid" starts a group call on "LAS-SOUTH-SECTOR"
      Then "PC Shah" hears "LAS EOC Dispatcher Reid"
      When "MetCC Dispatcher Ward" starts a group call on "MPS-LX-OPS1"
      Then "Paramedic Dunn" hears "MetCC Dispatcher Ward"

    @REQ-LDN-JRU-004 @LAS @MPS @must @3gpp-23.280-10.8 @london-assumption
    Scenario: The LAS EOC moves both JRU crew members onto an LAS incident group without them touching the handsets
      Given the LAS group "LAS-INC-0930" with members "LAS EOC Dispatcher Reid", "Paramedic Dunn" and "PC Shah"
      And "LAS EOC Dispatcher Reid" joins "LAS-INC-0930"
      When the LAS EOC dispatcher affiliates "Paramedic Dunn" and "PC Shah" to "LAS-INC-0930"
      Then "Paramedic Dunn" and "PC Shah" are affiliated to "LAS-INC-0930" within 2000 ms
      And "PC Shah" did not touch the handset
      When "LAS EOC Dispatcher Reid" starts a group call on "LAS-INC-0930"
      Then "PC Shah" hears "LAS EOC Dispatcher Reid"

  Rule: Either service dispatches the JRU and hears back on its own CAD

    @REQ-LDN-JRU-005 @MPS @LAS @must @kpi @london-assumption
    Scenario: LAS CAD dispatches the paramedic and MPS CAD the officer of the same car, each acknowledged in its own CAD
      When LAS CAD dispatches incident "C2-3310: assault, head injury, Lambeth Walk" to "Paramedic Dunn"
      And MPS CAD dispatches incident "P-6120: assault in progress, Lambeth Walk" to "PC Shah"
      Then the terminal of "Paramedic Dunn" shows incident "C2-3310" within 5000 ms
      And the terminal of "PC Shah" shows incident "P-6120" within 5000 ms
      When "Paramedic Dunn" acknowledges incident "C2-3310"
      And "PC Shah" acknowledges incident "P-6120"
      Then LAS CAD shows incident "C2-3310" acknowledged by "Paramedic Dunn"
      And MPS CAD shows incident "P-6120" acknowledged by "PC Shah"

    @REQ-LDN-JRU-006 @MPS @LAS @must @kpi @london-assumption
    Scenario: LAS CAD dispatches the JRU's police officer and sees the officer's statuses in LAS terms
      Given the LAS status table:
        | code  | status             |
        | 32769 | Mobile to incident |
        | 32770 | At scene           |
        | 32771 | Left scene         |
      When LAS CAD dispatches incident "C1-0415: unconscious male, Lambeth North station" to "PC Shah"
      Then the terminal of "PC Shah" shows incident "C1-0415" within 5000 ms
      When "PC Shah" sends the statuses "Mobile to incident" and "At scene"
      Then LAS CAD shows status "At scene" for "PC Shah"

  Rule: Danger to either crew member reaches both control rooms

    @REQ-LDN-JRU-007 @MPS @LAS @must @kpi @3gpp-23.280-10.10.1 @london-assumption
    Scenario: The officer's emergency on the JRU group reaches MetCC and the LAS EOC within 2 s
      When "PC Shah" presses the emergency button on "JRU-LAMBETH"
      Then MetCC receives an emergency alert from "PC Shah" within 2000 ms
      And LAS EOC receives an emergency alert from "PC Shah" within 2000 ms
      And the alert shows "PC Shah" at "Lambeth"

    @REQ-LDN-JRU-008 @MPS @LAS @must @3gpp-23.280-10.10.1
    Scenario: An emergency the paramedic cancels clears from both control rooms
      Given "Paramedic Dunn" presses the emergency button on "JRU-LAMBETH"
      When "Paramedic Dunn" cancels the emergency on "JRU-LAMBETH"
      Then the MetCC console shows the emergency of "Paramedic Dunn" cancelled
      And the LAS EOC console shows the emergency of "Paramedic Dunn" cancelled
      And LAS EOC sees 0 active emergencies on "JRU-LAMBETH"

    @REQ-LDN-JRU-009 @MPS @LAS @must @3gpp-22.179-6.8.6
    Scenario: At an arrest the officer's floor priority beats the paramedic's on the JRU group
      At an arrest the police officer of the JRU is given the higher floor priority on the car's group (TS 22.179
      §6.8.6: priority follows the type of incident).
      Given "PC Shah" has floor priority 8 on "JRU-LAMBETH"
      And "Paramedic Dunn" is talking on "JRU-LAMBETH"
      When "PC Shah" presses PTT on "JRU-LAMBETH"
      Then "Paramedic Dunn" has the floor revoked with cause 4 (media burst pre-empted)
      And "PC Shah" is granted the floor on "JRU-LAMBETH"
