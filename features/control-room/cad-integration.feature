@control-room
Feature: CAD integration with ESN terminals
  As a control room working from CAD (MetCC, LFB VISION mobilising, LAS CAD)
  I need an incident created in CAD to reach the chosen resource's terminal, and the resource's
  acknowledgement and statuses to come back into CAD without anyone re-keying them
  So that CAD always shows the true state of every resource.

  Between CAD and the terminals sits the agency's CAD gateway (the cadGateway role): it carries the
  dispatch to the resource's terminal and the acknowledgement and statuses back into CAD. The harness
  plays the CAD's dispatch and looks only at the two ends: the terminal, and what CAD (the cad role,
  over its HTTP interface) received and holds. The reference profile uses the reference gateway and
  the CAD stub; an agency points the harness at its own gateway and CAD. Status codes are those of
  each agency's CAD table. The 5 s delivery figure is a London assumption.

  Background:
    Given the MPS status table:
      | code  | status        |
      | 32769 | Available     |
      | 32771 | En route      |
      | 32772 | At scene      |
    And the LFB status table:
      | code  | status        |
      | 32769 | Mobile        |
      | 32770 | In attendance |
      | 32771 | Available     |
    And the LAS status table:
      | code  | status             |
      | 32769 | Mobile to incident |
      | 32770 | At scene           |
      | 32773 | Clear              |

  Rule: CAD incidents reach the resource's terminal and the acknowledgement returns to CAD

    @must @kpi @london-assumption
    Scenario Outline: <agency> CAD dispatches to <resource> and sees the acknowledgement
      Given "<resource>" of <agency> logs on at "<place>"
      When <agency> CAD dispatches incident "<incident>: <details>" to "<resource>"
      Then the terminal of "<resource>" shows incident "<incident>" within 5000 ms
      When "<resource>" acknowledges incident "<incident>"
      Then <agency> CAD shows incident "<incident>" acknowledged by "<resource>"

      @REQ-LDN-CR-009 @MPS
      Examples:
        | agency | resource   | place   | incident | details                             |
        | MPS    | Unit LX-21 | Brixton | P-5521   | I-grade, burglary in progress, SW2  |

      @REQ-LDN-CR-010 @LFB
      Examples:
        | agency | resource  | place             | incident | details             |
        | LFB    | Crew A241 | Soho fire station | F-2240   | AFA, Soho Square W1 |

      @REQ-LDN-CR-011 @LAS
      Examples:
        | agency | resource   | place    | incident | details                           |
        | LAS    | Crew RRU43 | Waterloo | C2-7781  | Category 2, fall, Kennington Lane |

    @must @london-assumption
    Scenario Outline: <agency> CAD records <resource>'s acknowledgement against the incident
      Given "<resource>" of <agency> logs on at "<place>"
      When <agency> CAD dispatches incident "<incident>: <details>" to "<resource>"
      Then the terminal of "<resource>" shows incident "<incident>"
      When "<resource>" acknowledges incident "<incident>"
      Then <agency> CAD shows incident "<incident>" acknowledged by "<resource>"

      @REQ-LDN-CR-058 @MPS
      Examples:
        | agency | resource   | place   | incident | details                           |
        | MPS    | Unit LX-21 | Brixton | P-5530   | S-grade, shoplifter detained, SW9 |

      @REQ-LDN-CR-059 @LFB
      Examples:
        | agency | resource  | place             | incident | details                     |
        | LFB    | Crew A241 | Soho fire station | F-2245   | Lift rescue, Old Compton St |

      @REQ-LDN-CR-060 @LAS
      Examples:
        | agency | resource   | place    | incident | details                           |
        | LAS    | Crew RRU43 | Waterloo | C3-7790  | Category 3, fall, Kennington Road |

  Rule: Resource statuses flow back into CAD

    @must @london-assumption
    Scenario Outline: <agency> resource status "<status>" appears in CAD
      Given "<resource>" of <agency> logs on at "<place>"
      When "<resource>" sends status "<status>"
      Then <agency> CAD shows status "<status>" for "<resource>"

      @REQ-LDN-CR-012 @MPS
      Examples:
        | agency | resource   | place   | status   |
        | MPS    | Unit LX-21 | Brixton | At scene |

      @REQ-LDN-CR-013 @LFB
      Examples:
        | agency | resource  | place             | status    |
        | LFB    | Crew A241 | Soho fire station | Available |

      @REQ-LDN-CR-014 @LAS
      Examples:
        | agency | resource   | place    | status |
        | LAS    | Crew RRU43 | Waterloo | Clear  |
