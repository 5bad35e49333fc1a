@interop
Feature: Firefighters driving ambulances with paramedics
  As LAS when firefighters drive its ambulances beside a paramedic (as in the 2020 pandemic surge), and as LFB, whose
  firefighters they remain
  I need the firefighter at the wheel to be on LAS's sector group, dispatched by LAS CAD, sending LAS's statuses,
  heard by the EOC and able to talk to the paramedic anywhere, while LFB Control can still reach its firefighter
  So that a mixed crew works as one ambulance crew and neither service loses track of its people.

  How a mixed crew is set up on ESN is a London assumption: the firefighter keeps an LFB identity and terminal, is a
  member of the LAS sector group, and is dispatched by LAS CAD, whose gateway takes the crew's statuses with LAS's
  status table. The 5 s dispatch and 2 s alert limits are London assumptions.

  Background:
    Given the LAS status table:
      | code  | status             |
      | 32769 | Mobile to incident |
      | 32770 | At scene           |
      | 32771 | Left scene         |
      | 32772 | At hospital        |
      | 32773 | Clear              |
    And these users are logged on:
      | user             | agency | place                     |
      | FF Novak         | LFB    | Waterloo ambulance station |
      | Paramedic Okafor | LAS    | Waterloo ambulance station |
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And the LAS group "LAS-CENTRAL-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Okafor" and "FF Novak"
    And the members of "LAS-CENTRAL-SECTOR" are affiliated

  Rule: The firefighter at the wheel is part of the ambulance crew on LAS's group

    @REQ-LDN-FFAMB-001 @LFB @LAS @must @3gpp-23.379-10.6.2.3.1.1.2 @london-assumption
    Scenario: The firefighter driving and the paramedic both hear the EOC on the LAS sector group
      When "LAS EOC Dispatcher Reid" starts a group call on "LAS-CENTRAL-SECTOR"
      Then every other member of "LAS-CENTRAL-SECTOR" hears "LAS EOC Dispatcher Reid"

    @REQ-LDN-FFAMB-002 @LFB @LAS @must @3gpp-24.380-8.2 @london-assumption
    Scenario: The EOC sees the firefighter by name when the firefighter talks on the LAS sector group
      When "FF Novak" starts a group call on "LAS-CENTRAL-SECTOR"
      Then the LAS EOC console shows "FF Novak" talking on "LAS-CENTRAL-SECTOR"
      And "Paramedic Okafor" hears "FF Novak"

    @REQ-LDN-FFAMB-003 @LFB @LAS @must @3gpp-24.380-6.3
    Scenario: The EOC breaks in over the firefighter on the LAS sector group
      Given "FF Novak" is talking on "LAS-CENTRAL-SECTOR"
      When the LAS EOC dispatcher presses PTT on "LAS-CENTRAL-SECTOR"
      Then "FF Novak" has the floor revoked with cause 4 (media burst pre-empted)
      And "LAS EOC Dispatcher Reid" is granted the floor on "LAS-CENTRAL-SECTOR"

  Rule: LAS CAD dispatches the mixed crew and hears back in LAS's terms

    @REQ-LDN-FFAMB-004 @LFB @LAS @must @kpi @london-assumption
    Scenario: LAS CAD dispatches the ambulance to the firefighter driving it and the acknowledgement reaches LAS CAD
      When LAS CAD dispatches incident "C2-5120: chest pain, 3 Baylis Rd" to "FF Novak"
      Then the terminal of "FF Novak" shows incident "C2-5120" within 5000 ms
      When "FF Novak" acknowledges incident "C2-5120"
      Then LAS CAD shows incident "C2-5120" acknowledged by "FF Novak"

    @REQ-LDN-FFAMB-005 @LFB @LAS @must @london-assumption
    Scenario: The firefighter sends the ambulance's statuses and LAS CAD shows them in LAS's terms
      Given LAS CAD dispatches incident "C2-5121: fall, Cornwall Rd" to "FF Novak"
      When "FF Novak" sends the statuses "Mobile to incident", "At scene", "Left scene" and "At hospital"
      Then LAS CAD shows status "At hospital" for "FF Novak"

  Rule: Danger to the firefighter reaches the EOC, and LFB can still reach its firefighter

    @REQ-LDN-FFAMB-006 @LFB @LAS @must @kpi @3gpp-23.280-10.10.1 @london-assumption
    Scenario: The firefighter's emergency on the LAS sector group reaches the LAS EOC within 2 s with location
      When "FF Novak" presses the emergency button on "LAS-CENTRAL-SECTOR"
      Then LAS EOC receives an emergency alert from "FF Novak" within 2000 ms
      And the alert shows "FF Novak" at "Waterloo ambulance station"

    @REQ-LDN-FFAMB-007 @LFB @LAS @must @3gpp-23.280-10.10
    Scenario: The LAS EOC cancels an emergency the firefighter raised in error
      Given "FF Novak" presses the emergency button on "LAS-CENTRAL-SECTOR"
      When "LAS EOC Dispatcher Reid" cancels the emergency of "FF Novak" on "LAS-CENTRAL-SECTOR"
      Then "FF Novak" is told the emergency was cancelled
      And LAS EOC sees 0 active emergencies on "LAS-CENTRAL-SECTOR"
      And the call on "LAS-CENTRAL-SECTOR" is not an emergency call

    @REQ-LDN-FFAMB-008 @LFB @must @3gpp-36.579-7-6.1.2 @london-assumption
    Scenario: LFB Control's message to its firefighter on loan is delivered and read
      When "LFB Control Officer Khan" sends the SDS "End of LAS shift 1900: return to Lambeth fire station" to "FF Novak" requesting delivered and read
      And "FF Novak" reads the SDS "End of LAS shift 1900: return to Lambeth fire station"
      Then "LFB Control Officer Khan" sees delivered and read from "FF Novak"

    @REQ-LDN-FFAMB-009 @LFB @LAS @must @3gpp-24.379-10.2 @london-assumption
    Scenario: A firefighter and a paramedic crewing an ambulance hear each other in direct mode in a basement with no coverage
      Given these users are in direct mode on "LAS-DMO-3":
        | user            | agency | place                    |
        | FF Baker        | LFB    | Wembley Stadium basement |
        | Paramedic Lowe  | LAS    | Wembley Stadium basement |
      When "Paramedic Lowe" talks in direct mode on "LAS-DMO-3"
      Then "FF Baker" hears "Paramedic Lowe" in direct mode
      And "FF Baker" sees "Paramedic Lowe" talking in direct mode
