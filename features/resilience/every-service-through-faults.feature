@resilience
Feature: Fire and ambulance crews and their control rooms keep working through site, core and link faults
  As LFB and LAS, whose crews at a fire or a cardiac arrest depend on ESN as much as a police officer on patrol
  I need a failed mast, a failed core or a poor radio link to cost my crews seconds, not their group, their
  messages or their emergency, and my control room to know who is back in service
  So that ESN is at least as dependable for every service as Airwave (99.9 % availability, NAO 2016).

  Recovery times are London assumptions (5 s, as for the police in network-faults.feature) and configurable.
  The MCX core's geo-redundant standby takes over 1 s after a failure (a London assumption of the harness).

  Rule: Crews at a failed site are back on their group through a neighbour, and their control room sees it

    @must @london-assumption
    Scenario Outline: <agency> crews at a failed site are back on <group> through a neighbour within 5 s
      London assumption: when the site serving a crew fails, their terminals reselect a neighbour cell and are
      back on their group within 5 s; the control room is told of the outage and of each terminal's return.
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>", "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      When the site serving "<place>" fails
      Then "<user>" is told there is no service within 5000 ms
      And the <control room> console is told of the outage of the site serving "<place>"
      And "<user>" is registered and affiliated to "<group>" within 5000 ms
      And the <control room> console is told "<user>" is back in service within 5000 ms
      And "<colleague>" is registered and affiliated to "<group>" within 5000 ms
      When "<colleague>" starts a group call on "<group>"
      Then every other member of "<group>" hears "<colleague>"

      @REQ-LDN-RES-011 @LFB
      Examples: LFB
        | agency | user     | colleague | place             | dispatcher                  | control room | group      |
        | LFB    | FF Jones | FF Ahmed  | Soho fire station | LFB Control Dispatcher Shaw | LFB Control  | FLON-OPS01 |

      @REQ-LDN-RES-012 @LAS
      Examples: LAS
        | agency | user             | colleague | place    | dispatcher              | control room | group            |
        | LAS    | Paramedic Okafor | EMT Silva | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR |

    @must @london-assumption
    Scenario Outline: A site failing in Westminster leaves <agency> crews at <place> talking
      London assumption: a site's outage affects only the users its own cells serve; crews elsewhere in London
      keep their service and their calls.
      Given these users are logged on:
        | user        | agency   | place       |
        | <nearby>    | <agency> | Westminster |
        | <user>      | <agency> | <place>     |
        | <colleague> | <agency> | <place>     |
      And the <agency> group "<group>" with members "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      When the site serving "Westminster" fails
      Then "<nearby>" is told there is no service within 5000 ms
      When "<user>" starts a group call on "<group>"
      Then every other member of "<group>" hears "<user>"

      @REQ-LDN-RES-013 @LFB
      Examples: LFB
        | agency | nearby             | user    | colleague | place    | group      |
        | LFB    | Watch Manager Cole | FF Baker | FF Osei  | Stratford | FLON-OPS07 |

      @REQ-LDN-RES-014 @LAS
      Examples: LAS
        | agency | nearby         | user             | colleague       | place   | group       |
        | LAS    | Paramedic Dunn | Paramedic Hughes | Paramedic Singh | Croydon University Hospital | LAS-SECTOR-E |

  Rule: After a core failover the control room still reaches its crews, by message and by call

    @must @london-assumption
    Scenario Outline: After a core failover <dispatcher> still reaches <user> by message and by group call
      London assumption: the standby core keeps the registrations and affiliations, so a control room reaches
      its crews after a failover without anyone logging on or choosing their group again.
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>", "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      When the MCX core fails over
      And "<dispatcher>" sends the SDS "<message>" to "<user>" requesting delivered
      Then "<user>" receives the SDS "<message>" within 5000 ms
      When "<dispatcher>" starts a group call on "<group>"
      Then every other member of "<group>" hears "<dispatcher>"

      @REQ-LDN-RES-015 @LFB
      Examples: LFB
        | agency | user     | colleague | place         | dispatcher                  | control room | group      | message                     |
        | LFB    | FF Jones | FF Ahmed  | Lambeth fire station | LFB Control Dispatcher Shaw | LFB Control  | FLON-OPS01 | Make pumps 8, Kennington Lane |

      @REQ-LDN-RES-016 @LAS
      Examples: LAS
        | agency | user             | colleague | place    | dispatcher              | control room | group            | message                     |
        | LAS    | Paramedic Okafor | EMT Silva | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | Cat 1, 10 Lower Marsh SE1 |

      @REQ-LDN-RES-017 @MPS
      Examples: MPS
        | agency | user     | colleague | place   | dispatcher            | control room | group       | message           |
        | MPS    | PC Patel | PS Okoro  | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | Grade I, SW9 8HE |

  Rule: An emergency raised after a site failure reaches the control room

    @must @london-assumption
    Scenario Outline: A <agency> crew member's emergency after their site failed reaches <control room>
      London assumption: a crew member whose site failed is back in service through a neighbour within 5 s, and
      an emergency they raise then reaches their control room as an open, unacknowledged alert.
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>", "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      When the site serving "<place>" fails
      Then "<user>" is registered and affiliated to "<group>" within 5000 ms
      And "<colleague>" is registered and affiliated to "<group>" within 5000 ms
      When "<user>" presses the emergency button on "<group>"
      Then <control room> receives an emergency alert from "<user>" within 5000 ms
      And the emergency of "<user>" is not acknowledged

      @REQ-LDN-RES-018 @LFB
      Examples: LFB
        | agency | user     | colleague | place             | dispatcher                  | control room | group      |
        | LFB    | FF Ahmed | FF Jones  | Soho fire station | LFB Control Dispatcher Shaw | LFB Control  | FLON-OPS01 |

      @REQ-LDN-RES-019 @LAS
      Examples: LAS
        | agency | user      | colleague        | place    | dispatcher              | control room | group            |
        | LAS    | EMT Silva | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR |

  Rule: A poor radio link loses no message and duplicates none

    @must @london-assumption
    Scenario Outline: With 5 % loss on <colleague>'s radio link, 200 SDS from <user> arrive exactly once and in order
      London assumption: lost messages are retransmitted and delivered once, in the order sent (a crew's
      'at scene' never arrives before its 'mobile').
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And 5 % packet loss on the radio link of "<colleague>"
      When "<user>" sends 200 SDS to "<colleague>"
      Then "<colleague>" receives all 200 SDS exactly once and in order

      @REQ-LDN-RES-020 @LFB
      Examples: LFB
        | agency | user               | colleague | place     |
        | LFB    | Watch Manager Cole | FF Novak  | Stratford |

      @REQ-LDN-RES-021 @LAS
      Examples: LAS
        | agency | user             | colleague      | place  |
        | LAS    | Paramedic Hughes | Paramedic Dunn | Newham |
