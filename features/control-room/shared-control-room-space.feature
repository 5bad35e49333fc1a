@control-room
Feature: Shared control-room space, not integrated systems
  As MetCC, LFB Control and the LAS EOCs working side by side in London
  I need to hand a 999 call or an incident to another service's control room quickly and completely over ESN,
  while each service's consoles answer only that service's groups unless a multi-agency group is activated
  So that the services work together without one console answering for two services.

  London's 2014 collaboration principle for control rooms is shared space, not integrated command-and-control
  systems or processes (ESN-DOMAIN §2). A handover is a private call between the two positions and a structured SDS
  (application "incident-handover": the reference, the sending control room and one "field: value" line per field);
  the SDS layout is a London assumption. The MCX refuses a console another service's group even when a group
  document lists it (a London assumption drawn from the principle).

  Rule: A control room hands an incident to another by a private call and a structured SDS

    @must @london-assumption
    Scenario Outline: <from> hands incident <incident> over to <to>
      London assumption: no CAD-to-CAD link; the handover goes over ESN, and the sender sees it read.
      Given "<from dispatcher>" is a dispatcher at <from>
      And "<to dispatcher>" is a dispatcher at <to>
      When the <from> dispatcher hands incident "<incident>" over to <to>:
        | field    | value      |
        | type     | <type>     |
        | location | <location> |
        | request  | <request>  |
      Then "<from dispatcher>" and "<to dispatcher>" are in a private call
      And the <to> console receives the handover of incident "<incident>" from <from> with every field
      When the <to> dispatcher reads the handover of incident "<incident>"
      Then the <from> dispatcher sees the handover of incident "<incident>" read by <to>

      @REQ-LDN-CR-039 @MPS @LAS
      Examples:
        | from  | from dispatcher       | to      | to dispatcher           | incident | type                                    | location                  | request                          |
        | MetCC | MetCC Dispatcher Ward | LAS EOC | LAS EOC Dispatcher Reid | CAD-4471 | RTC, pedestrian struck, 2 casualties    | Kennington Park Road SE11 | Category 1 response, police on scene |

      @REQ-LDN-CR-040 @LAS @LFB
      Examples:
        | from    | from dispatcher         | to          | to dispatcher            | incident | type                           | location              | request                        |
        | LAS EOC | LAS EOC Dispatcher Reid | LFB Control | LFB Control Officer Khan | C1-0977  | RTC, driver trapped in vehicle | Old Kent Road SE1     | Extrication, crew on scene 4 min |

      @REQ-LDN-CR-041 @LFB @MPS
      Examples:
        | from        | from dispatcher          | to    | to dispatcher         | incident | type                            | location            | request                             |
        | LFB Control | LFB Control Officer Khan | MetCC | MetCC Dispatcher Ward | F-2240   | Fire in a tower block, 6 pumps  | Walworth Road SE17  | Road closure and crowd control      |

  Rule: A console answers only its own service's groups, even when a group document lists it

    @must @london-assumption
    Scenario Outline: The <console room> console does not answer the <agency> group <group>
      London assumption: one console answering two services' groups contradicts the shared-space principle.
      Given these users are logged on:
        | user     | agency   | place   |
        | <talker> | <agency> | <place> |
      And "<owner>" is a dispatcher at <owner room>
      And "<console>" is a dispatcher at <console room>
      And the <agency> group "<group>" with members "<owner>", "<talker>" and "<console>"
      And "<owner>" joins "<group>"
      And "<talker>" joins "<group>"
      When "<console>" tries to affiliate to "<group>"
      Then the affiliation is refused with reason "not authorised"
      When "<talker>" starts a group call on "<group>"
      Then the <owner room> console shows "<talker>" talking on "<group>"
      And "<console>" is not in the call on "<group>"

      @REQ-LDN-CR-042 @MPS @LAS
      Examples:
        | console room | console                 | agency | group       | owner room | owner                 | talker   | place   |
        | LAS EOC      | LAS EOC Dispatcher Reid | MPS    | MPS-LX-OPS1 | MetCC      | MetCC Dispatcher Ward | PC Patel | Brixton |

      @REQ-LDN-CR-043 @LFB @LAS
      Examples:
        | console room | console                  | agency | group            | owner room | owner                   | talker           | place    |
        | LFB Control  | LFB Control Officer Khan | LAS    | LAS-SOUTH-SECTOR | LAS EOC    | LAS EOC Dispatcher Reid | Paramedic Okafor | Waterloo |

      @REQ-LDN-CR-044 @MPS @LFB
      Examples:
        | console room | console               | agency | group      | owner room  | owner                    | talker   | place             |
        | MetCC        | MetCC Dispatcher Ward | LFB    | FLON-OPS01 | LFB Control | LFB Control Officer Khan | FF Jones | Soho fire station |

    @REQ-LDN-CR-045 @MPS @LFB @LAS @must @london-assumption
    Scenario: Once MetCC activates a multi-agency group, every service's console answers it
      London assumption: a multi-agency group is the one place where the services' consoles meet.
      Given these users are logged on:
        | user     | agency | place   |
        | PC Patel | MPS    | Brixton |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And "LFB Control Officer Khan" is a dispatcher at LFB Control
      And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
      And the multi-agency group "LDN-MAJOR-INCIDENT-1" with members "MetCC Dispatcher Ward", "LFB Control Officer Khan", "LAS EOC Dispatcher Reid" and "PC Patel"
      When MetCC activates "LDN-MAJOR-INCIDENT-1" for incident "Major incident declared: Elephant and Castle"
      And "LFB Control Officer Khan" joins "LDN-MAJOR-INCIDENT-1"
      And "LAS EOC Dispatcher Reid" joins "LDN-MAJOR-INCIDENT-1"
      And "PC Patel" joins "LDN-MAJOR-INCIDENT-1"
      And "PC Patel" starts a group call on "LDN-MAJOR-INCIDENT-1"
      Then the LFB Control console shows "PC Patel" talking on "LDN-MAJOR-INCIDENT-1"
      And the LAS EOC console shows "PC Patel" talking on "LDN-MAJOR-INCIDENT-1"
      And "LAS EOC Dispatcher Reid" hears "PC Patel"
      And "LFB Control Officer Khan" hears "PC Patel"
