@location
Feature: Where the talker is, on every transmission
  As a dispatcher and as a crew member listening on a talkgroup
  I need each transmission to show where the talker is now (their last reported location)
  So that I know which unit is nearest, and where someone calling for help is, without asking them.

  The location is the talker's last location report to the MCX (TS 23.280 §10.9; TS 24.379 location reporting) carried
  to the listeners on Floor Taken. TS 23.379 §10.9.1.2 lets a floor request carry location information; passing the
  talker's location on to every listener and console is a London assumption. "Shown at a place" means within 300 m of it.

  Rule: Listeners and consoles see where the talker is now, not where they logged on

    @must @3gpp-23.280-10.9 @london-assumption
    Scenario Outline: Listeners and the <control room> console see where the <agency> talker is now
      Given these users are logged on:
        | user       | agency   | place    |
        | <talker>   | <agency> | <log-on> |
        | <listener> | <agency> | <log-on> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>", "<talker>" and "<listener>"
      And the members of "<group>" are affiliated
      When "<talker>" moves to "<now at>"
      And "<talker>" starts a group call on "<group>"
      Then "<listener>" sees "<talker>" talking on "<group>" at "<now at>"
      And the <control room> console shows "<talker>" talking on "<group>" at "<now at>"

      @REQ-LDN-LOC-050 @MPS
      Examples: MPS
        | agency | talker   | listener | log-on  | now at    | dispatcher            | control room | group       |
        | MPS    | PC Patel | PS Okoro | Brixton | Stockwell | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 |

      @REQ-LDN-LOC-051 @LFB
      Examples: LFB
        | agency | talker             | listener | log-on            | now at           | dispatcher               | control room | group      |
        | LFB    | Watch Manager Cole | FF Jones | Soho fire station | Trafalgar Square | LFB Control Officer Khan | LFB Control  | FLON-OPS01 |

      @REQ-LDN-LOC-052 @LAS
      Examples: LAS
        | agency | talker           | listener  | log-on                     | now at     | dispatcher              | control room | group            |
        | LAS    | Paramedic Okafor | EMT Silva | Waterloo ambulance station | Camberwell | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR |

    @REQ-LDN-LOC-053 @MPS @must @3gpp-23.280-10.9 @london-assumption
    Scenario: An officer talking from a deep station is shown at the station from its serving cell
      Below ground there is no satellite fix: the terminal reports its serving cell's position (TS 23.280 §10.9, the serving
      ECGI), and that is where MetCC is shown the talker.
      Given these users are logged on:
        | user       | agency | place         |
        | PC Adeyemi | MPS    | Charing Cross |
        | PS Okoro   | MPS    | Charing Cross |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And the MPS group "MPS-CW-OPS1" with members "MetCC Dispatcher Ward", "PC Adeyemi" and "PS Okoro"
      And the members of "MPS-CW-OPS1" are affiliated
      When "PC Adeyemi" moves to "King's Cross St Pancras"
      And "PC Adeyemi" starts a group call on "MPS-CW-OPS1"
      Then the MetCC console shows "PC Adeyemi" talking on "MPS-CW-OPS1" at "King's Cross St Pancras"
      And "PS Okoro" sees "PC Adeyemi" talking on "MPS-CW-OPS1" at "King's Cross St Pancras"
