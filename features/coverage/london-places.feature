@coverage
Feature: Coverage where London's emergencies happen
  As a responder working below ground, inside a stadium, on the river or in the air
  I need ESN group calls and messages to work there as well as they do on the street
  So that the communication failures the 7 July 2005 review found underground never recur.

  ESN 4G is being extended to 137 Underground stations (Boldyn neutral host) and the Elizabeth
  line tunnels; large venues may rely on an ESN Gateway vehicle unit; NPAS aircraft use ESN Air
  (500 to 10,000 ft). The KPI limits are the surface ones from 3GPP TS 22.179 §6.15.

  Background:
    Given these users are logged on:
      | user               | agency | place         |
      | PS Okoro           | MPS    | Charing Cross |
      | PC Adeyemi         | MPS    | Charing Cross |
      | FF Jones           | LFB    | Soho          |
      | Watch Manager Cole | LFB    | Soho          |
      | Paramedic Okafor   | LAS    | Waterloo      |
    And the MPS group "MPS-COVERAGE" with members "PS Okoro" and "PC Adeyemi"
    And the LFB group "FLON-OPS02" with members "FF Jones" and "Watch Manager Cole"
    And the members of "MPS-COVERAGE" are affiliated
    And the members of "FLON-OPS02" are affiliated

  Rule: Deep stations, tunnels and the Elizabeth line meet the surface KPIs

    @must @kpi @3gpp-22.179-R-6.15.3.2-012
    Scenario Outline: Group calls from <place> meet KPI1 as on the surface
      Given "PC Adeyemi" is at "<place>"
      When "PC Adeyemi" presses PTT on "MPS-COVERAGE" 100 times
      Then the 95th percentile access time is below 300 ms over at least 100 attempts

      @REQ-LDN-COV-001 @MPS
      Examples: deep station
        | place                   |
        | King's Cross St Pancras |

      @REQ-LDN-COV-002 @MPS
      Examples: deep station
        | place |
        | Bank  |

      @REQ-LDN-COV-003 @MPS
      Examples: Jubilee line
        | place        |
        | Canary Wharf |

      @REQ-LDN-COV-004 @MPS
      Examples: tunnel between stations
        | place                            |
        | Northern line running tunnel |

      @REQ-LDN-COV-005 @MPS
      Examples: Elizabeth line
        | place                    |
        | Elizabeth line, Tottenham Court Road |

    @REQ-LDN-COV-006 @LFB @must @kpi @3gpp-22.179-R-6.15.3.2-015
    Scenario: Voice from an Elizabeth line tunnel meets KPI3
      Given "FF Jones" is at "Elizabeth line, Tottenham Court Road"
      When "FF Jones" talks in 100 bursts on "FLON-OPS02"
      Then the 95th percentile mouth-to-ear latency is below 300 ms over at least 100 attempts

    @REQ-LDN-COV-007 @MPS @must @london-assumption
    Scenario: An SDS from a deep station arrives as from the surface
      Given "PC Adeyemi" is at "Bank"
      When "PC Adeyemi" sends the SDS "Suspect on eastbound platform" to "PS Okoro" requesting delivered
      Then "PS Okoro" receives the SDS "Suspect on eastbound platform" within 1000 ms

  Rule: Large venues have in-building coverage, through a gateway where needed

    @must @london-assumption
    Scenario Outline: A group call works inside <venue>
      Given "<user>" is at "<venue>"
      When "<user>" starts a group call on "<group>"
      Then every affiliated member of "<group>" is in the call

      @REQ-LDN-COV-008 @MPS
      Examples:
        | venue           | user     | group        |
        | Wembley Stadium | PS Okoro | MPS-COVERAGE |

      @REQ-LDN-COV-009 @LFB
      Examples:
        | venue  | user     | group      |
        | the O2 | FF Jones | FLON-OPS02 |

      @REQ-LDN-COV-010 @MPS
      Examples:
        | venue               | user     | group        |
        | Heathrow Terminal 5 | PS Okoro | MPS-COVERAGE |

    @REQ-LDN-COV-011 @LFB @should @london-assumption
    Scenario: Where building coverage is weak, an ESN Gateway vehicle unit carries the call
      Given "Watch Manager Cole" is at "Wembley Stadium basement"
      And an ESN Gateway vehicle unit serves "Wembley Stadium basement"
      When "Watch Manager Cole" starts a group call on "FLON-OPS02"
      Then every affiliated member of "FLON-OPS02" is in the call
      And every other member of "FLON-OPS02" hears "Watch Manager Cole" through the gateway

  Rule: The river and the air are covered

    @REQ-LDN-COV-012 @MPS @LFB @must @london-assumption
    Scenario: Marine Policing Unit and LFB fireboats talk from the Thames
      Given "PS Okoro" is at "the Thames at Wapping"
      And "FF Jones" is at "the Thames at Lambeth"
      When "PS Okoro" sends the SDS "Person in water, Wapping Old Stairs" to "FF Jones" requesting delivered
      Then "FF Jones" receives the SDS "Person in water, Wapping Old Stairs" within 1000 ms

    @MPS @must @kpi @3gpp-22.179-R-6.15.3.2-012
    Scenario Outline: An NPAS helicopter at <altitude> ft reaches ground units
      Given the NPAS aircraft "NPAS India 99" is airborne at <altitude> ft over "Westminster", supporting MPS
      And the MPS group "MPS-AIR-GROUND" with members "NPAS India 99", "PS Okoro" and "PC Adeyemi"
      And the members of "MPS-AIR-GROUND" are affiliated
      When "NPAS India 99" presses PTT on "MPS-AIR-GROUND" 100 times
      Then the 95th percentile access time is below 300 ms over at least 100 attempts

      @REQ-LDN-COV-013
      Examples: low
        | altitude |
        | 500      |

      @REQ-LDN-COV-014
      Examples: high
        | altitude |
        | 10000    |
