@coverage
Feature: Mission-critical congestion at London's crowd events
  As a commander at New Year's Eve on the Embankment, Notting Hill Carnival or a stadium evacuation at Wembley
  I need the most important calls to get through when responders' own traffic fills a cell: an emergency before an
  imminent-peril call before routine traffic, the crews whose call is cut told why, their control room shown it, and a
  routine call that cannot get through refused with a cause rather than set up to go nowhere
  So that what overwhelmed Airwave at Carnival, responders crowding each other out, does not happen on ESN.

  Call-level pre-emption (3GPP TS 24.379 §4.13 resource management; TS 23.280 §5.2.11): before a new call the MCX
  service asks the radio network for mission-critical resources in the cells serving its parties, at an ARP that follows
  the call (TS 23.203 §6.1.4). When a cell's capacity has run out, the network pre-empts calls of lower priority, lowest
  first; when nothing of lower priority is left the set-up is refused. Each terminal in a call takes one voice-bearer
  unit of its cell. London assumptions (configurable): other responders' traffic in the cell is at ARP 1 and is never
  pre-empted; an emergency call is ARP 1, imminent peril ARP 2, any other call ARP 3 (group priority 255) to 15 (group
  priority 0); the pre-empted users are told with the cause "pre-empted" and a reason (ESN-DOMAIN-DEPTH §3 leaves the
  wording unconfirmed); the dispatchers of both calls' groups are shown it.

  Rule: New Year's Eve on the Embankment: an emergency pre-empts the least important call

    Background:
      Given these users are logged on:
        | user             | agency | place               |
        | Paramedic Singh  | LAS    | Victoria Embankment |
        | Paramedic Hughes | LAS    | Victoria Embankment |
        | PC Patel         | MPS    | Victoria Embankment |
        | PC Byrne         | MPS    | Victoria Embankment |
        | FF Jones         | LFB    | Victoria Embankment |
        | FF Ahmed         | LFB    | Victoria Embankment |
      And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And "LFB Control Officer Khan" is a dispatcher at LFB Control
      And the LAS group "LAS-NYE-1" with members "Paramedic Singh", "Paramedic Hughes" and "LAS EOC Dispatcher Reid"
      And the MPS group "MPS-NYE-1" with members "PC Patel", "PC Byrne" and "MetCC Dispatcher Ward"
      And the LFB group "LFB-NYE-1" with members "FF Jones", "FF Ahmed" and "LFB Control Officer Khan"
      And the members of "LAS-NYE-1" are affiliated
      And the members of "MPS-NYE-1" are affiliated
      And the members of "LFB-NYE-1" are affiliated
      And these group priorities:
        | group     | priority |
        | LAS-NYE-1 | 50       |
        | MPS-NYE-1 | 150      |
        | LFB-NYE-1 | 100      |
      And other responders' traffic fills the cell at "Victoria Embankment" leaving room for 4 voice bearers
      And "Paramedic Singh" starts a group call on "LAS-NYE-1"
      And "PC Patel" starts a group call on "MPS-NYE-1"

    @REQ-LDN-COV-040 @MPS @LFB @LAS @must @3gpp-24.379-4.13 @london-assumption
    Scenario: A firefighter's emergency call pre-empts the lowest-priority call and its crew is told why
      When "FF Jones" presses the emergency button on "LFB-NYE-1"
      Then the call on "LAS-NYE-1" is pre-empted and "Paramedic Singh" and "Paramedic Hughes" are told why
      And the call on "MPS-NYE-1" is still active
      And "FF Ahmed" hears "FF Jones"

    @REQ-LDN-COV-041 @MPS @LFB @LAS @must @london-assumption
    Scenario: The control rooms of both calls are shown the pre-emption
      When "FF Jones" presses the emergency button on "LFB-NYE-1"
      Then the LAS EOC console shows the call on "LAS-NYE-1" pre-empted by the call on "LFB-NYE-1"
      And the LFB Control console shows the call on "LAS-NYE-1" pre-empted by the call on "LFB-NYE-1"

  Rule: Notting Hill Carnival: imminent peril pre-empts routine traffic but never an emergency

    Background:
      Given these users are logged on:
        | user            | agency | place                 |
        | PC Obi          | MPS    | Notting Hill Carnival |
        | PC Dunn         | MPS    | Notting Hill Carnival |
        | Inspector Grant | MPS    | Notting Hill Carnival |
        | PS Okoro        | MPS    | Notting Hill Carnival |
        | FF Jones        | LFB    | Notting Hill Carnival |
        | FF Ahmed        | LFB    | Notting Hill Carnival |
      And the MPS group "MPS-CARNIVAL-1" with members "PC Obi" and "PC Dunn"
      And the MPS group "MPS-CARNIVAL-2" with members "Inspector Grant" and "PS Okoro"
      And the LFB group "LFB-CARNIVAL-1" with members "FF Jones" and "FF Ahmed"
      And the members of "MPS-CARNIVAL-1" are affiliated
      And the members of "MPS-CARNIVAL-2" are affiliated
      And the members of "LFB-CARNIVAL-1" are affiliated
      And other responders' traffic fills the cell at "Notting Hill Carnival" leaving room for 4 voice bearers

    @REQ-LDN-COV-042 @MPS @LFB @should @3gpp-24.379-4.13 @3gpp-23.203-6.1.4
    Scenario: An officer's imminent-peril call takes the fire brigade's routine call's place, not the emergency's
      Given "PC Obi" presses the emergency button on "MPS-CARNIVAL-1"
      And "FF Jones" starts a group call on "LFB-CARNIVAL-1"
      When "PS Okoro" declares imminent peril on "MPS-CARNIVAL-2"
      Then the call on "LFB-CARNIVAL-1" is pre-empted and "FF Jones" and "FF Ahmed" are told why
      And the call on "MPS-CARNIVAL-1" is still active
      And "Inspector Grant" hears "PS Okoro"

  Rule: A Wembley evacuation: a call that cannot get through is refused, and capacity comes back when calls end

    Background:
      Given these users are logged on:
        | user             | agency | place          |
        | PC Obi           | MPS    | Wembley Stadium |
        | PC Dunn          | MPS    | Wembley Stadium |
        | Paramedic Okafor | LAS    | Wembley Stadium |
        | Paramedic Hughes | LAS    | Wembley Stadium |
        | FF Ahmed         | LFB    | Wembley Stadium |
        | FF Jones         | LFB    | Wembley Stadium |
      And the MPS group "MPS-WEMBLEY-1" with members "PC Obi" and "PC Dunn"
      And the LAS group "LAS-WEMBLEY-1" with members "Paramedic Okafor" and "Paramedic Hughes"
      And the LFB group "LFB-WEMBLEY-1" with members "FF Ahmed" and "FF Jones"
      And the members of "MPS-WEMBLEY-1" are affiliated
      And the members of "LAS-WEMBLEY-1" are affiliated
      And the members of "LFB-WEMBLEY-1" are affiliated
      And these group priorities:
        | group         | priority |
        | MPS-WEMBLEY-1 | 150      |
        | LAS-WEMBLEY-1 | 150      |
        | LFB-WEMBLEY-1 | 50       |
      And other responders' traffic fills the cell at "Wembley Stadium" leaving room for 4 voice bearers
      And "PC Obi" starts a group call on "MPS-WEMBLEY-1"
      And "Paramedic Okafor" starts a group call on "LAS-WEMBLEY-1"

    @REQ-LDN-COV-043 @MPS @LFB @LAS @must @3gpp-24.379-4.13
    Scenario: A lower-priority call in the full stadium cell is refused with a cause and cuts nobody off
      When "FF Ahmed" tries to start a group call on "LFB-WEMBLEY-1"
      Then the call is refused with reason "no radio resources"
      And the call on "MPS-WEMBLEY-1" is still active
      And the call on "LAS-WEMBLEY-1" is still active

    @REQ-LDN-COV-044 @MPS @LFB @LAS @must @3gpp-24.379-4.13
    Scenario: When the police call ends its capacity serves the fire brigade's call
      Given the group "MPS-WEMBLEY-1" is configured with:
        | setting   | value |
        | hang time | 1 s   |
      When "PC Obi" releases PTT on "MPS-WEMBLEY-1"
      Then the call on "MPS-WEMBLEY-1" ends within 5000 ms
      When "FF Ahmed" starts a group call on "LFB-WEMBLEY-1"
      Then "FF Jones" hears "FF Ahmed"
