@coverage
Feature: Crowds and coverage loss
  As a commander at Notting Hill Carnival or New Year's Eve on the Embankment
  I need my teams' calls to go through when a million phones fill the same cells,
  and each user to know at once when they have lost service and to be back without touching the handset
  So that what overwhelmed Airwave at Carnival does not happen on ESN.

  Mission-critical bearers use QCI 65 (voice) and 69 (signalling) with pre-emption (ESN-DOMAIN §6).
  The 5 s loss notice is a London assumption and configurable.

  Background:
    Given these users are logged on:
      | user             | agency | place          |
      | PS Okoro         | MPS    | Notting Hill Carnival |
      | PC Patel         | MPS    | Notting Hill Carnival |
      | Paramedic Hughes | LAS    | Notting Hill Carnival |
    And the MPS group "MPS-CARNIVAL-1" with members "PS Okoro", "PC Patel" and "Paramedic Hughes"
    And the members of "MPS-CARNIVAL-1" are affiliated

  Rule: In a congested cell mission-critical traffic pre-empts public traffic and the KPIs hold

    @REQ-LDN-COV-015 @MPS @LAS @must @kpi @3gpp-22.179-R-6.15.3.2-012
    Scenario: At Carnival with the cell congested by public traffic, KPI1 still holds
      Given public traffic loads the cell at "Notting Hill Carnival" to 100 %
      When "PC Patel" presses PTT on "MPS-CARNIVAL-1" 100 times
      Then the 95th percentile access time is below 300 ms over at least 100 attempts

    @REQ-LDN-COV-016 @MPS @LAS @must @3gpp-23.203-6.1.4
    Scenario: Mission-critical bearers pre-empt public traffic in a full cell
      Given public traffic loads the cell at "Notting Hill Carnival" to 100 %
      When "PS Okoro" starts a group call on "MPS-CARNIVAL-1"
      Then the voice bearer of "PS Okoro" uses QCI 65
      And public traffic at "Notting Hill Carnival" has been pre-empted

  Rule: A user knows at once when service is lost and is back automatically

    @REQ-LDN-COV-017 @LAS @must @kpi @london-assumption
    Scenario: The terminal tells the user within 5 s that coverage is lost
      When "Paramedic Hughes" loses coverage
      Then "Paramedic Hughes" is told there is no service within 5000 ms

    @REQ-LDN-COV-018 @MPS @LAS @must @3gpp-23.379-10.6.2.3.1.1.4
    Scenario: On recovery the terminal re-registers, re-affiliates and receives queued messages
      Given "Paramedic Hughes" loses coverage
      And "PS Okoro" sends the SDS "RV point changed to Westbourne Park" to "Paramedic Hughes" requesting delivered
      When "Paramedic Hughes" regains coverage
      Then "Paramedic Hughes" is registered and affiliated to "MPS-CARNIVAL-1" within 5000 ms
      And "Paramedic Hughes" receives the SDS "RV point changed to Westbourne Park" within 5000 ms
