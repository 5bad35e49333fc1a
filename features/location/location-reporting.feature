@location
Feature: Where every resource is, kept fresh for the control room
  As a dispatcher choosing the nearest resource (LFB dynamic mobilising, LAS and MPS dispatch)
  I need each terminal to report its position often enough, and the AVL view to show it promptly
  So that the resource sent is really the nearest, and a user in danger can be found.

  Reporting triggers follow 3GPP (periodic, distance, cell change, events). The 30 s / 200 m
  figures are operator acceptance practice (ESN-DOMAIN §3); the 20 s AVL figure is a London
  assumption. All are configurable.

  Background:
    Given these users are logged on:
      | user             | agency | place             |
      | Crew A241        | LFB    | Soho fire station |
      | Crew RRU43       | LAS    | Waterloo          |
      | PC Patel         | MPS    | Brixton           |
      | Paramedic Hughes | LAS    | Brixton           |
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC

  Rule: Terminals report periodically and on distance travelled, whichever comes first

    @must @kpi @3gpp-23.280-10.9
    Scenario Outline: A <agency> terminal reports at least every 30 s
      Given "<user>" reports location every 30 s or 200 m
      When 30 s pass for "<user>"
      Then a location report from "<user>" arrives within 1000 ms

      @REQ-LDN-LOC-001 @LFB
      Examples: LFB
        | agency | user      |
        | LFB    | Crew A241 |

      @REQ-LDN-LOC-002 @LAS
      Examples: LAS
        | agency | user       |
        | LAS    | Crew RRU43 |

      @REQ-LDN-LOC-003 @MPS
      Examples: MPS
        | agency | user     |
        | MPS    | PC Patel |

    @must @3gpp-23.280-10.9
    Scenario Outline: Moving 200 m triggers a report from a <agency> terminal before the period ends
      Given "<user>" reports location every 30 s or 200 m
      When "<user>" moves 250 m
      Then a location report from "<user>" arrives within 1000 ms

      @REQ-LDN-LOC-004 @LFB
      Examples: LFB
        | agency | user      |
        | LFB    | Crew A241 |

      @REQ-LDN-LOC-060 @LAS
      Examples: LAS (in the open at Brixton: at Waterloo station a terminal has no GNSS and reports its cell)
        | agency | user             |
        | LAS    | Paramedic Hughes |

      @REQ-LDN-LOC-061 @MPS
      Examples: MPS
        | agency | user     |
        | MPS    | PC Patel |

    @REQ-LDN-LOC-005 @LAS @should @3gpp-23.280-10.9
    Scenario: A short move within the period does not flood the network
      In the open at Brixton, where the terminal has GNSS and so a position that moves with it (at Waterloo station it
      reports its cell, which no move within the cell changes). The same terminal then covers the distance and reports,
      so the silence before is the policy at work, not a terminal that cannot report.
      Given "Paramedic Hughes" reports location every 30 s or 200 m
      When "Paramedic Hughes" moves 50 m
      Then no location report from "Paramedic Hughes" arrives within 500 ms
      When "Paramedic Hughes" moves 200 m
      Then a location report from "Paramedic Hughes" arrives within 1000 ms

    @REQ-LDN-LOC-006 @MPS @should @3gpp-23.280-10.9
    Scenario: Moving to a new cell triggers a report
      When "PC Patel" moves to "Notting Hill Carnival"
      Then a location report from "PC Patel" arrives within 1000 ms

  Rule: The control-room AVL view is current enough to dispatch from

    @must @kpi @london-assumption
    Scenario Outline: <control room> AVL shows the new position within 20 s of the measurement
      When "<user>" moves to "<place>"
      Then the <control room> AVL shows "<user>" at "<place>" within 20000 ms

      @REQ-LDN-LOC-007 @LFB
      Examples: LFB Control
        | user      | place         | control room |
        | Crew A241 | Charing Cross | LFB Control  |

      @REQ-LDN-LOC-008 @LAS
      Examples: LAS EOC
        | user       | place        | control room |
        | Crew RRU43 | Lambeth      | LAS EOC      |

      @REQ-LDN-LOC-009 @MPS
      Examples: MetCC
        | user     | place     | control room |
        | PC Patel | Stockwell | MetCC        |

    @REQ-LDN-LOC-010 @LFB @must @london-assumption
    Scenario: LFB dynamic mobilising sees appliance positions no older than 30 s
      Given "Crew A241" reports location every 30 s or 200 m
      When 30 s pass for "Crew A241"
      Then the LFB Control AVL position of "Crew A241" is no older than 30 s

  Rule: Location goes with every emergency and works underground

    @REQ-LDN-LOC-011 @MPS @must @3gpp-23.280-10.9
    Scenario: Pressing the emergency button sends a location report
      Given the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
      And the members of "MPS-LX-OPS1" are affiliated
      When "PC Patel" presses the emergency button on "MPS-LX-OPS1"
      Then MetCC receives an emergency alert from "PC Patel" within 2000 ms
      And the alert shows "PC Patel" at "Brixton"
      And a location report from "PC Patel" arrives within 1000 ms

    @must @3gpp-23.280-10.9 @london-assumption
    Scenario Outline: Underground without a GNSS fix the location is the station (<station>)
      When "<user>" moves to "<station>"
      Then a location report from "<user>" arrives within 1000 ms
      And the last location of "<user>" is station-level "<station>" without GNSS

      @REQ-LDN-LOC-012 @MPS
      Examples:
        | user     | station                 |
        | PC Patel | King's Cross St Pancras |

      @REQ-LDN-LOC-013 @LFB
      Examples:
        | user      | station |
        | Crew A241 | Bank    |

    @REQ-LDN-LOC-014 @MPS @should @3gpp-23.280-10.9
    Scenario: Log-on sends a location report
      When "PC Walsh" of MPS logs on at "Lambeth"
      Then a location report from "PC Walsh" arrives within 1000 ms
