@voice
Feature: Direct mode: crews keep talking where the network does not reach
  As a crew commander in a basement, a tunnel or a collapsed building
  I need my crew's terminals to talk to each other directly, terminal to terminal, when ESN does not reach us,
  to switch to that by themselves when coverage goes and back to the network when it returns,
  with the same discipline of one talker at a time
  So that losing coverage never leaves a crew unable to talk, as Airwave's direct mode (DMO) allows today.

  Direct mode is off-network MCPTT over the ProSe sidelink: group and private calls set up terminal to terminal
  (3GPP TS 24.379 §10.2 and §11.2), the talker arbitrating the floor (TS 24.380 clause 7). How far it reaches is a
  London modelling assumption, configurable in the reference simulator: about 1 km on open ground, 150 m inside
  buildings and Underground stations, 300 m along tunnels, 100 m in basements and voids, and never between below and
  above ground. Falling back is provisioned on the terminal per user profile and per group (TS 24.483 off-network
  configuration); the London assumption is that a terminal falls back within 2 s of losing service.

  Rule: Terminals in range talk to each other with no network at all

    @must @3gpp-24.379-10.2
    Scenario Outline: A crew in direct mode hears its talker where there is no coverage
      Given these users are in direct mode on "<group>":
        | user       | agency   | place   |
        | <talker>   | <agency> | <place> |
        | <listener> | <agency> | <place> |
      When "<talker>" talks in direct mode on "<group>"
      Then "<listener>" hears "<talker>" in direct mode
      And "<listener>" sees "<talker>" talking in direct mode

      @REQ-LDN-VOICE-024 @LFB
      Examples: LFB crew in a basement
        | talker            | listener | agency | group     | place                    |
        | Crew Manager Hale | FF Osei  | LFB    | FLON-FG07 | Wembley Stadium basement |

      @REQ-LDN-VOICE-025 @MPS
      Examples: MPS officers in a sub-basement
        | talker   | listener | agency | group     | place                             |
        | PS Okoro | PC Walsh | MPS    | MPS-DMO-1 | Sub-basement with no ESN coverage |

      @REQ-LDN-VOICE-026 @LAS
      Examples: LAS crew in a basement
        | talker           | listener  | agency | group     | place                    |
        | Paramedic Okafor | EMT Silva | LAS    | LAS-DMO-1 | Wembley Stadium basement |

    @REQ-LDN-VOICE-027 @MPS @should @3gpp-24.379-10.2 @london-assumption
    Scenario: An officer arriving later joins the direct-mode call already in progress
      A terminal entering direct mode asks whether a call runs on its group (GROUP CALL PROBE) and joins the one
      announced in answer, rather than starting a second call on the same group.
      Given these users are in direct mode on "MPS-DMO-2":
        | user     | agency | place                             |
        | PS Okoro | MPS    | Sub-basement with no ESN coverage |
      And "PS Okoro" is talking in direct mode on "MPS-DMO-2"
      And these users are in direct mode on "MPS-DMO-2":
        | user     | agency | place                             |
        | PC Walsh | MPS    | Sub-basement with no ESN coverage |
      When "PS Okoro" releases PTT in direct mode on "MPS-DMO-2"
      And "PS Okoro" talks in direct mode on "MPS-DMO-2"
      Then "PC Walsh" hears "PS Okoro" in direct mode

  Rule: Direct mode reaches only those in range

    @REQ-LDN-VOICE-028 @MPS @should @london-assumption
    Scenario: An officer beyond direct-mode range does not hear the cordon's group
      On open ground the London assumption is about 1 km of range: at 1.5 km an officer is out of reach, while one
      beside the talker hears every word.
      Given these users are in direct mode on "MPS-DMO-3":
        | user     | agency | place   |
        | PS Okoro | MPS    | Brixton |
        | PC Walsh | MPS    | Brixton |
        | PC Khan  | MPS    | Brixton |
      And "PC Khan" is 1500 m away from the others
      When "PS Okoro" talks in direct mode on "MPS-DMO-3"
      Then "PC Walsh" hears "PS Okoro" in direct mode
      And "PC Khan" does not hear "PS Okoro" in direct mode

  Rule: In direct mode the talker arbitrates the floor: one talker at a time, the others queued in order

    Background:
      Given these users are in direct mode on "FLON-FG07":
        | user               | agency | place                    |
        | Watch Manager Cole | LFB    | Wembley Stadium basement |
        | FF Jones           | LFB    | Wembley Stadium basement |
        | FF Ahmed           | LFB    | Wembley Stadium basement |

    @REQ-LDN-VOICE-029 @LFB @must @3gpp-24.380-7.2
    Scenario: A second talker in direct mode is queued by the talker and told their place
      Given "Watch Manager Cole" is talking in direct mode on "FLON-FG07"
      When "FF Jones" presses PTT in direct mode on "FLON-FG07"
      Then "FF Jones" is queued at position 1 in direct mode
      And "FF Ahmed" sees "Watch Manager Cole" talking in direct mode

    @REQ-LDN-VOICE-030 @LFB @must @3gpp-24.380-7.2
    Scenario: When the talker lets go, the floor passes to the first in the queue and then the next
      Given "Watch Manager Cole" is talking in direct mode on "FLON-FG07"
      And "FF Jones" presses PTT in direct mode on "FLON-FG07"
      And "FF Ahmed" presses PTT in direct mode on "FLON-FG07"
      When "Watch Manager Cole" releases PTT in direct mode on "FLON-FG07"
      Then "FF Jones" has the floor in direct mode on "FLON-FG07"
      When "FF Jones" releases PTT in direct mode on "FLON-FG07"
      Then "FF Ahmed" has the floor in direct mode on "FLON-FG07"

    @REQ-LDN-VOICE-031 @LFB @should @3gpp-24.380-7.2
    Scenario: Without a floor queue a second talker in direct mode is told someone else is talking
      Given direct mode on "FLON-FG07" does not queue floor requests
      And "Watch Manager Cole" is talking in direct mode on "FLON-FG07"
      When "FF Jones" presses PTT in direct mode on "FLON-FG07"
      Then "FF Jones" is denied the floor in direct mode with cause 1 (another client has permission)

  Rule: A private call in direct mode reaches the called user only

    @REQ-LDN-VOICE-032 @LAS @must @3gpp-24.379-11.2
    Scenario: A paramedic calls a colleague privately in direct mode and nobody else nearby hears it
      Given these users are in direct mode on "LAS-DMO-1":
        | user             | agency | place                    |
        | Paramedic Okafor | LAS    | Wembley Stadium basement |
        | Paramedic Hughes | LAS    | Wembley Stadium basement |
        | EMT Silva        | LAS    | Wembley Stadium basement |
      When "Paramedic Okafor" makes a direct-mode private call to "Paramedic Hughes"
      And "Paramedic Hughes" accepts the private call
      Then "Paramedic Okafor" and "Paramedic Hughes" are in a direct-mode private call
      When "Paramedic Okafor" talks in the direct-mode private call
      Then "Paramedic Hughes" hears "Paramedic Okafor" in direct mode
      And "EMT Silva" does not hear "Paramedic Okafor" in direct mode

  Rule: An emergency in direct mode takes the floor from whoever is talking

    @must @3gpp-24.380-7.2 @3gpp-24.379-10.2.3
    Scenario Outline: A user's emergency call in direct mode pre-empts the talker
      Given these users are in direct mode on "<group>":
        | user        | agency   | place   |
        | <talker>    | <agency> | <place> |
        | <in danger> | <agency> | <place> |
        | <listener>  | <agency> | <place> |
      And "<talker>" is talking in direct mode on "<group>"
      When "<in danger>" starts an emergency call in direct mode on "<group>"
      Then "<in danger>" has the floor in direct mode on "<group>"
      And "<listener>" sees "<in danger>" talking in direct mode
      And "<listener>" sees the direct-mode call on "<group>" as an emergency call

      @REQ-LDN-VOICE-033 @MPS
      Examples: MPS officers in a sub-basement
        | talker          | in danger | listener | agency | group     | place                             |
        | Inspector Grant | PC Patel  | PC Walsh | MPS    | MPS-DMO-4 | Sub-basement with no ESN coverage |

      @REQ-LDN-VOICE-034 @LFB
      Examples: LFB crew in a basement
        | talker             | in danger | listener | agency | group     | place                    |
        | Watch Manager Cole | FF Novak  | FF Jones | LFB    | FLON-FG08 | Wembley Stadium basement |

      @REQ-LDN-VOICE-035 @LAS
      Examples: LAS crew in a basement
        | talker           | in danger | listener         | agency | group     | place                    |
        | Paramedic Hughes | EMT Silva | Paramedic Okafor | LAS    | LAS-DMO-2 | Wembley Stadium basement |

  Rule: When coverage is lost, terminals fall back to direct mode on their group by themselves

    @REQ-LDN-VOICE-036 @LFB @must @london-assumption @3gpp-24.379-10.2
    Scenario: Basement fire: crews going below the stadium fall back to direct mode and keep talking
      The 2 s to fall back after losing service is a London assumption, configurable.
      Given these users are logged on:
        | user              | agency | place           |
        | Crew Manager Hale | LFB    | Wembley Stadium |
        | FF Osei           | LFB    | Wembley Stadium |
      And the LFB group "FLON-FG03" with members "Crew Manager Hale" and "FF Osei"
      And the members of "FLON-FG03" are affiliated
      And the terminals of "FLON-FG03" fall back to direct mode on it when coverage is lost
      When "Crew Manager Hale" moves to "Wembley Stadium basement"
      And "FF Osei" moves to "Wembley Stadium basement"
      Then "Crew Manager Hale" falls back to direct mode on "FLON-FG03" within 2000 ms
      And "FF Osei" falls back to direct mode on "FLON-FG03" within 2000 ms
      When "Crew Manager Hale" talks in direct mode on "FLON-FG03"
      Then "FF Osei" hears "Crew Manager Hale" in direct mode

    @REQ-LDN-VOICE-037 @MPS @must @london-assumption @3gpp-24.379-10.2
    Scenario: Tunnel: when the tunnel's head-end fails, officers in the tunnel fall back to direct mode and keep talking
      The 2 s to fall back after losing service is a London assumption, configurable.
      Given these users are logged on:
        | user     | agency | place                        |
        | PS Okoro | MPS    | Northern line running tunnel |
        | PC Walsh | MPS    | Northern line running tunnel |
      And the MPS group "MPS-TUNNEL-1" with members "PS Okoro" and "PC Walsh"
      And the members of "MPS-TUNNEL-1" are affiliated
      And the terminals of "MPS-TUNNEL-1" fall back to direct mode on it when coverage is lost
      When the site serving "Northern line running tunnel" fails
      Then "PS Okoro" falls back to direct mode on "MPS-TUNNEL-1" within 2000 ms
      And "PC Walsh" falls back to direct mode on "MPS-TUNNEL-1" within 2000 ms
      When "PC Walsh" talks in direct mode on "MPS-TUNNEL-1"
      Then "PS Okoro" hears "PC Walsh" in direct mode

    @REQ-LDN-VOICE-038 @LFB @LAS @must @london-assumption @3gpp-24.380-7.2
    Scenario: Collapsed building: rescuers in the voids fall back to direct mode and a trapped firefighter's emergency call is heard first
      LFB urban search and rescue crews and an LAS HART paramedic work in the voids of a collapsed building in Soho,
      where no ESN cell reaches. They share one multi-agency group provisioned for direct mode. The 2 s to fall back
      after losing service is a London assumption, configurable.
      Given these users are logged on:
        | user                    | agency | place |
        | USAR Crew Manager Byrne | LFB    | Soho  |
        | FF Novak                | LFB    | Soho  |
        | HART Paramedic Reid     | LAS    | Soho  |
      And the multi-agency group "LDN-USAR-1" with members "USAR Crew Manager Byrne", "FF Novak" and "HART Paramedic Reid"
      And the members of "LDN-USAR-1" are affiliated
      And the terminals of "LDN-USAR-1" fall back to direct mode on it when coverage is lost
      When "USAR Crew Manager Byrne" moves to "Sub-basement with no ESN coverage"
      And "FF Novak" moves to "Sub-basement with no ESN coverage"
      And "HART Paramedic Reid" moves to "Sub-basement with no ESN coverage"
      Then "HART Paramedic Reid" falls back to direct mode on "LDN-USAR-1" within 2000 ms
      And "FF Novak" falls back to direct mode on "LDN-USAR-1" within 2000 ms
      When "USAR Crew Manager Byrne" talks in direct mode on "LDN-USAR-1"
      Then "HART Paramedic Reid" hears "USAR Crew Manager Byrne" in direct mode
      When "USAR Crew Manager Byrne" presses PTT in direct mode on "LDN-USAR-1"
      And "FF Novak" starts an emergency call in direct mode on "LDN-USAR-1"
      Then "FF Novak" has the floor in direct mode on "LDN-USAR-1"
      And "HART Paramedic Reid" sees "FF Novak" talking in direct mode
      And "HART Paramedic Reid" sees the direct-mode call on "LDN-USAR-1" as an emergency call

  Rule: Back in coverage, the terminal returns to the network and joins the call in progress

    @REQ-LDN-VOICE-039 @LFB @must @3gpp-23.379-10.6.2.3.1.1.4 @london-assumption
    Scenario: A firefighter coming up from the basement is back in the fireground call on the network
      The 5 s to be back in the call is a London assumption, configurable.
      Given these users are logged on:
        | user                  | agency | place           |
        | Station Officer Adams | LFB    | Wembley Stadium |
        | FF Osei               | LFB    | Wembley Stadium |
      And the LFB group "FLON-FG03" with members "Station Officer Adams" and "FF Osei"
      And the members of "FLON-FG03" are affiliated
      And the terminals of "FLON-FG03" fall back to direct mode on it when coverage is lost
      And "FF Osei" moves to "Wembley Stadium basement"
      And "FF Osei" falls back to direct mode on "FLON-FG03" within 2000 ms
      And "Station Officer Adams" is talking on "FLON-FG03"
      When "FF Osei" moves to "Wembley Stadium"
      Then "FF Osei" is back on the network in the call on "FLON-FG03" within 5000 ms
      When "Station Officer Adams" keeps talking for 1 s
      Then "FF Osei" hears "Station Officer Adams"

  Rule: A vehicle gateway carries a direct-mode group to the network and back

    @REQ-LDN-VOICE-040 @LFB @must @london-assumption
    Scenario: The pump's gateway relays the basement crew to LFB Control and control's reply to the crew
      The pump parked at the stadium is in coverage; the crew below it is in direct mode on the fireground group. The
      pump relays that group both ways, as an Airwave DMO gateway does (a London assumption for ESN).
      Given "LFB Control Dispatcher Shaw" is a dispatcher at LFB Control
      And these users are in direct mode on "FLON-FG03":
        | user              | agency | place                    |
        | Crew Manager Hale | LFB    | Wembley Stadium basement |
        | FF Osei           | LFB    | Wembley Stadium basement |
      And the LFB group "FLON-FG03" with members "LFB Control Dispatcher Shaw", "Crew Manager Hale" and "FF Osei"
      And "LFB Control Dispatcher Shaw" joins "FLON-FG03"
      And the LFB vehicle "Pump A211" at "Wembley Stadium" relays "FLON-FG03" between direct mode and the network
      When "Crew Manager Hale" talks in direct mode on "FLON-FG03"
      Then "LFB Control Dispatcher Shaw" hears "Crew Manager Hale" through the vehicle gateway
      When the LFB Control dispatcher presses PTT on "FLON-FG03"
      And "LFB Control Dispatcher Shaw" keeps talking for 1 s
      Then "FF Osei" hears "LFB Control Dispatcher Shaw" through the vehicle gateway
