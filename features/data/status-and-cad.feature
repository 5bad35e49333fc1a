@data
Feature: Vehicle statuses and CAD dispatch to crews
  As a control room that dispatches appliances and ambulances from CAD
  I need incidents to reach the crew's terminal in seconds and the crew's statuses to come back
  exactly once and in order, using each service's own status table
  So that the nearest available resource is sent, and Category 1 calls (7-minute mean) are not delayed.

  Status tables differ per service (ESN-DOMAIN §2); they are listed here and configurable.

  Background:
    Given the LFB status table:
      | code  | status          |
      | 32769 | Mobile          |
      | 32770 | In attendance   |
      | 32771 | Available       |
      | 32772 | Returning       |
    And the LAS status table:
      | code  | status             |
      | 32769 | Mobile to incident |
      | 32770 | At scene           |
      | 32771 | Left scene         |
      | 32772 | At hospital        |
      | 32773 | Clear              |
    And these users are logged on:
      | user             | agency | place             |
      | Crew A241        | LFB    | Soho fire station |
      | Crew RRU43       | LAS    | Waterloo          |
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC

  Rule: Each service's statuses reach its control room exactly once and in order

    @must @london-assumption
    Scenario Outline: <agency> crew status "<status>" reaches <control room>
      When "<crew>" sends status "<status>"
      Then <control room> receives status "<status>" from "<crew>"

      @REQ-LDN-DATA-009 @LFB
      Examples: LFB appliance
        | agency | crew      | status        | control room |
        | LFB    | Crew A241 | In attendance | LFB Control  |

      @REQ-LDN-DATA-010 @LAS
      Examples: LAS ambulance
        | agency | crew       | status   | control room |
        | LAS    | Crew RRU43 | At scene | LAS EOC      |

    @REQ-LDN-DATA-011 @LAS @must @london-assumption
    Scenario: A sequence of ambulance statuses arrives in order, each once
      When "Crew RRU43" sends the statuses "Mobile to incident", "At scene", "Left scene", "At hospital" and "Clear"
      Then LAS EOC receives the statuses "Mobile to incident", "At scene", "Left scene", "At hospital" and "Clear" from "Crew RRU43" in order, each once

    @REQ-LDN-DATA-012 @LFB @must @kpi @london-assumption
    Scenario: 1,000 appliance statuses under 5 % loss arrive exactly once
      Given 5 % packet loss on the radio link of "Crew A241"
      When "Crew A241" sends 1000 status messages
      Then LFB Control receives all 1000 statuses from "Crew A241" exactly once and in order

  Rule: A CAD incident reaches the crew's terminal in seconds and is acknowledged back into CAD

    @REQ-LDN-DATA-013 @LAS @must @kpi @london-assumption
    Scenario: LAS CAD dispatches a Category 1 incident to an ambulance terminal within 5 s
      When LAS CAD dispatches incident "C1-0412: cardiac arrest, 10 Lower Marsh SE1" to "Crew RRU43"
      Then the terminal of "Crew RRU43" shows incident "C1-0412" within 5000 ms
      When "Crew RRU43" acknowledges incident "C1-0412"
      Then LAS CAD shows incident "C1-0412" acknowledged by "Crew RRU43"

    @REQ-LDN-DATA-014 @LFB @must @kpi @london-assumption
    Scenario: LFB CAD mobilises an appliance and its status goes back into CAD
      When LFB CAD dispatches incident "F-2231: flat fire, Dean St W1" to "Crew A241"
      Then the terminal of "Crew A241" shows incident "F-2231" within 5000 ms
      When "Crew A241" sends status "Mobile"
      Then LFB CAD shows status "Mobile" for "Crew A241"
