@interop
Feature: The Airwave cut-over: identities, emergencies, statuses, failures, regrouping and dual-running consoles across the bridge
  As a service moving from Airwave to ESN talkgroup by talkgroup, with crews and control rooms on both for months
  I need the interworking function to show an Airwave radio user on ESN under their own identity (and an ESN user on
  the radios under theirs), to carry a TETRA emergency with its open microphone as an ESN emergency, a radio's status
  as a status, a dispatcher's regroup across the bridge, and to tell radio users and control rooms when it fails
  So that nobody mistakes who is talking, no emergency is lost or doubled, and everyone knows at once when their
  talkgroup no longer reaches the other side.

  Interworking follows 3GPP TS 23.283: the interworking function holds a provisioned ISSI <-> MCPTT ID table and a
  radio user appears on ESN under the MCPTT ID it maps to (a user homed in the IWF, TS 29.379; §10.5.8 step 3). What
  radio users and control rooms are told when the interworking fails, and how a dual-running control room sees an
  emergency, are London assumptions, said in each scenario.

  Rule: The talker's identity survives the bridge

    @must @3gpp-23.283-10.5.8
    Scenario Outline: An Airwave talker is heard on ESN under the identity their ISSI maps to, with their functional alias (<agency>)
      Given these users are logged on:
        | user       | agency   | place   |
        | <esn user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<esn user>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user         | functional alias |
        | <radio user> | <alias>          |
      When "<radio user>" presses PTT on "<group>"
      Then every other member of "<group>" hears "<radio user>"
      And every other member of "<group>" sees "<radio user>" talking as "<alias>"

      @REQ-LDN-INTEROP-016 @MPS
      Examples:
        | agency | esn user | place   | dispatcher            | control room | group       | talkgroup  | radio user | alias |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   | LX241 |

      @REQ-LDN-INTEROP-017 @LFB
      Examples:
        | agency | esn user           | place   | dispatcher               | control room | group      | talkgroup | radio user | alias    |
        | LFB    | Watch Manager Cole | Lambeth | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  | E271 FF3 |

      @REQ-LDN-INTEROP-018 @LAS
      Examples:
        | agency | esn user         | place    | dispatcher              | control room | group            | talkgroup    | radio user       | alias |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes | RRU43 |

    @must @3gpp-23.283-10.5.8
    Scenario Outline: An ESN talker is shown on the Airwave radios under the ISSI their identity maps to, with their name (<agency>)
      Given these users are logged on:
        | user       | agency   | place   |
        | <esn user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<esn user>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user       | ISSI   |
        | <esn user> | <issi> |
      When "<esn user>" starts a group call on "<group>"
      Then "<radio user>" hears "<esn user>"
      And the Airwave radio of "<radio user>" shows "<esn user>" talking as ISSI "<issi>"

      @REQ-LDN-INTEROP-019 @MPS
      Examples:
        | agency | esn user | place   | dispatcher            | control room | group       | talkgroup  | radio user | issi    |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   | 2101001 |

      @REQ-LDN-INTEROP-020 @LFB
      Examples:
        | agency | esn user           | place   | dispatcher               | control room | group      | talkgroup | radio user | issi    |
        | LFB    | Watch Manager Cole | Lambeth | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  | 3101001 |

      @REQ-LDN-INTEROP-021 @LAS
      Examples:
        | agency | esn user         | place    | dispatcher              | control room | group            | talkgroup    | radio user       | issi    |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes | 4101001 |

  Rule: A TETRA emergency crosses as an ESN emergency

    @must @3gpp-23.283-10.6.2.7
    Scenario Outline: An Airwave radio's emergency call with open microphone becomes an ESN emergency call that pre-empts the talker and alerts the control room (<agency>)
      Given these users are logged on:
        | user       | agency   | place   |
        | <esn user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<esn user>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user         |
        | <radio user> |
      And "<esn user>" is talking on "<group>"
      When "<radio user>" presses the emergency button on their Airwave radio with the microphone open for 1 s
      Then the call on "<group>" is an emergency call
      And "<esn user>" has the floor revoked with cause 4 (media burst pre-empted)
      And every other member of "<group>" hears "<radio user>"
      And <control room> receives an emergency alert from "<radio user>" within 2000 ms

      @REQ-LDN-INTEROP-022 @MPS
      Examples:
        | agency | esn user | place   | dispatcher            | control room | group       | talkgroup  | radio user |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   |

      @REQ-LDN-INTEROP-023 @LFB
      Examples:
        | agency | esn user           | place   | dispatcher               | control room | group      | talkgroup | radio user |
        | LFB    | Watch Manager Cole | Lambeth | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  |

      @REQ-LDN-INTEROP-024 @LAS
      Examples:
        | agency | esn user         | place    | dispatcher              | control room | group            | talkgroup    | radio user       |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes |

  Rule: A radio's status arrives as a status

    @must @3gpp-23.283-10.8
    Scenario Outline: An Airwave radio's user-defined status reaches the ESN control room as a status from the radio user, not as text (<agency>)
      Given the <agency> status table:
        | code   | status   |
        | <code> | <status> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user         |
        | <radio user> |
      When "<radio user>" sends status "<status>"
      Then <control room> receives status "<status>" from "<radio user>"

      @REQ-LDN-INTEROP-025 @MPS
      Examples:
        | agency | code  | status         | dispatcher            | control room | group       | talkgroup  | radio user |
        | MPS    | 32771 | Prisoner on board | MetCC Dispatcher Ward | MetCC     | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   |

      @REQ-LDN-INTEROP-026 @LFB
      Examples:
        | agency | code  | status   | dispatcher               | control room | group      | talkgroup | radio user |
        | LFB    | 32770 | At scene | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  |

      @REQ-LDN-INTEROP-027 @LAS
      Examples:
        | agency | code  | status      | dispatcher              | control room | group            | talkgroup    | radio user       |
        | LAS    | 32772 | At hospital | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes |

  Rule: When the interworking fails, radio users and control rooms know at once

    # London assumption: when a talkgroup's patch to ESN is lost, the Airwave system tells the talkgroup's radios, ESN frees
    # the floor a radio held, and the control room sees it on its interworking status feed (beside the network operations
    # feed), because a failed interworking function cannot tell ESN itself.
    @must @london-assumption
    Scenario Outline: When the interworking function loses its link to the Airwave switch, the radios are told, ESN frees the floor and the control room is told (<agency>)
      Given these users are logged on:
        | user       | agency   | place   |
        | <esn user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<esn user>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And "<radio user>" presses PTT on "<group>"
      When the interworking function loses its link to the Airwave switch for "<talkgroup>"
      Then the Airwave radio of "<radio user>" is told interworking with ESN is lost
      And every member of "<group>" sees the floor idle
      And <control room> is told the Airwave talkgroup "<talkgroup>" is no longer patched to ESN

      @REQ-LDN-INTEROP-028 @MPS
      Examples:
        | agency | esn user | place   | dispatcher            | control room | group       | talkgroup  | radio user |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   |

      @REQ-LDN-INTEROP-029 @LFB
      Examples:
        | agency | esn user           | place   | dispatcher               | control room | group      | talkgroup | radio user |
        | LFB    | Watch Manager Cole | Lambeth | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  |

      @REQ-LDN-INTEROP-030 @LAS
      Examples:
        | agency | esn user         | place    | dispatcher              | control room | group            | talkgroup    | radio user       |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes |

    # London assumption as above; a dead interworking function sends ESN nothing, so the floor a radio held is freed by
    # the MCX's own end-of-media timer (T1, 4 s by default, TS 24.380 §6.3.4.4.3): ESN users may talk again within 6 s.
    @REQ-LDN-INTEROP-031 @LAS @must @london-assumption
    Scenario: When the interworking function goes down mid-transmission, ESN frees the floor by its own timer and the radios and the control room are told
      Given these users are logged on:
        | user             | agency | place    |
        | Paramedic Okafor | LAS    | Waterloo |
      And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
      And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid" and "Paramedic Okafor"
      And the members of "LAS-SOUTH-SECTOR" are affiliated
      And the Airwave talkgroup "LAS-SOUTH-TG" is patched to "LAS-SOUTH-SECTOR"
      And "Paramedic Hughes" of LAS uses an Airwave radio on talkgroup "LAS-SOUTH-TG"
      And "Paramedic Hughes" presses PTT on "LAS-SOUTH-SECTOR"
      When the interworking function for "LAS-SOUTH-TG" goes down
      Then the Airwave radio of "Paramedic Hughes" is told interworking with ESN is lost
      And LAS EOC is told the Airwave talkgroup "LAS-SOUTH-TG" is no longer patched to ESN
      And every member of "LAS-SOUTH-SECTOR" sees the floor idle within 6000 ms

  Rule: A dispatcher's regroup reaches across the bridge

    @must @3gpp-23.283-10.3.7
    Scenario Outline: A dispatcher regroups an Airwave talkgroup's ESN group with another ESN group, and the radio and the ESN users of both groups hear each other (<agency>)
      Given these users are logged on:
        | user     | agency   | place     |
        | <user a> | <agency> | <place a> |
        | <user b> | <agency> | <place b> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group a>" with members "<dispatcher>" and "<user a>"
      And the <agency> group "<group b>" with members "<dispatcher>" and "<user b>"
      And the members of "<group a>" are affiliated
      And the members of "<group b>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group a>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      When the <control room> dispatcher regroups "<group a>" and "<group b>"
      And "<user b>" starts a group call on "<group b>"
      Then "<radio user>" hears "<user b>"
      When "<user b>" releases PTT on "<group b>"
      And "<radio user>" presses PTT on "<group a>"
      Then "<user a>" hears "<radio user>"
      And "<user b>" hears "<radio user>"

      @REQ-LDN-INTEROP-032 @MPS
      Examples:
        | agency | user a   | place a | user b   | place b    | dispatcher            | control room | group a     | group b     | talkgroup  | radio user |
        | MPS    | PC Patel | Brixton | PC Byrne | Camberwell | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-SX-OPS1 | MPS-LX-TG1 | PC Doyle   |

      @REQ-LDN-INTEROP-033 @LFB
      Examples:
        | agency | user a             | place a | user b   | place b   | dispatcher               | control room | group a    | group b    | talkgroup | radio user |
        | LFB    | Watch Manager Cole | Lambeth | FF Ahmed | Stockwell | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-OPS02 | FLON-TG01 | FF Murphy  |

      @REQ-LDN-INTEROP-034 @LAS
      Examples:
        | agency | user a           | place a  | user b    | place b    | dispatcher              | control room | group a          | group b            | talkgroup    | radio user       |
        | LAS    | Paramedic Okafor | Waterloo | EMT Silva | Westminster | LAS EOC Dispatcher Reid | LAS EOC     | LAS-SOUTH-SECTOR | LAS-CENTRAL-SECTOR | LAS-SOUTH-TG | Paramedic Hughes |

  Rule: A dual-running control room works Airwave and ESN side by side

    # London assumption: during transition a dispatcher has an Airwave console and an ESN console side by side, and hears
    # a radio talker on both; what they say on ESN reaches the radios through the bridge under the ISSI the interworking
    # function maps their ESN identity to, with their name, so radio users know who is speaking whichever console is used.
    @must @london-assumption
    Scenario Outline: A dual-running dispatcher hears an Airwave talker on both consoles and is heard on the radio under their mapped ISSI and name (<agency>)
      Given "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And "<dispatcher>" also has an Airwave console with ISSI "<console issi>" on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user         | ISSI              |
        | <radio user> |                   |
        | <dispatcher> | <dispatcher issi> |
      When "<radio user>" presses PTT on "<group>"
      Then "<dispatcher>" hears "<radio user>"
      And the Airwave console of "<dispatcher>" hears "<radio user>"
      When "<radio user>" releases PTT on "<group>"
      And "<dispatcher>" starts a group call on "<group>"
      Then "<radio user>" hears "<dispatcher>"
      And the Airwave radio of "<radio user>" shows "<dispatcher>" talking as ISSI "<dispatcher issi>"

      @REQ-LDN-INTEROP-035 @MPS
      Examples:
        | agency | dispatcher            | control room | group       | talkgroup  | radio user | console issi | dispatcher issi |
        | MPS    | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   | 2100001      | 2100002         |

      @REQ-LDN-INTEROP-036 @LFB
      Examples:
        | agency | dispatcher               | control room | group      | talkgroup | radio user | console issi | dispatcher issi |
        | LFB    | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  | 3100001      | 3100002         |

      @REQ-LDN-INTEROP-037 @LAS
      Examples:
        | agency | dispatcher              | control room | group            | talkgroup    | radio user       | console issi | dispatcher issi |
        | LAS    | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes | 4100001      | 4100002         |

    # London assumption: an emergency reaches each of a dual-running dispatcher's consoles exactly once, as the same
    # person: natively on the side it was raised, through the bridge on the other (not lost, not doubled).
    @must @london-assumption
    Scenario Outline: An emergency from an Airwave radio reaches a dual-running dispatcher once on each console (<agency>)
      Given "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<radio user>" of <agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And "<dispatcher>" also has an Airwave console with ISSI "<console issi>" on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user         |
        | <radio user> |
      When "<radio user>" presses the emergency button on their Airwave radio with the microphone open for 1 s
      Then the Airwave console of "<dispatcher>" shows the emergency of "<radio user>" once
      And "<dispatcher>" is alerted to the emergency of "<radio user>" once

      @REQ-LDN-INTEROP-038 @MPS
      Examples:
        | agency | dispatcher            | control room | group       | talkgroup  | radio user | console issi |
        | MPS    | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | PC Doyle   | 2100001      |

      @REQ-LDN-INTEROP-039 @LFB
      Examples:
        | agency | dispatcher               | control room | group      | talkgroup | radio user | console issi |
        | LFB    | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | FF Murphy  | 3100001      |

      @REQ-LDN-INTEROP-040 @LAS
      Examples:
        | agency | dispatcher              | control room | group            | talkgroup    | radio user       | console issi |
        | LAS    | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | Paramedic Hughes | 4100001      |

    # London assumption as above.
    @must @london-assumption
    Scenario Outline: An emergency from an ESN user reaches a dual-running dispatcher once on each console (<agency>)
      Given these users are logged on:
        | user       | agency   | place   |
        | <esn user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<esn user>"
      And the members of "<group>" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "<group>"
      And "<dispatcher>" also has an Airwave console with ISSI "<console issi>" on talkgroup "<talkgroup>"
      And the interworking function maps these identities:
        | user       | ISSI       |
        | <esn user> | <esn issi> |
      When "<esn user>" presses the emergency button on "<group>"
      Then "<dispatcher>" is alerted to the emergency of "<esn user>" once
      And the Airwave console of "<dispatcher>" shows the emergency of "<esn user>" once

      @REQ-LDN-INTEROP-041 @MPS
      Examples:
        | agency | esn user | place   | dispatcher            | control room | group       | talkgroup  | console issi | esn issi |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-LX-TG1 | 2100001      | 2101001  |

      @REQ-LDN-INTEROP-042 @LFB
      Examples:
        | agency | esn user           | place   | dispatcher               | control room | group      | talkgroup | console issi | esn issi |
        | LFB    | Watch Manager Cole | Lambeth | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-TG01 | 3100001      | 3101001  |

      @REQ-LDN-INTEROP-043 @LAS
      Examples:
        | agency | esn user         | place    | dispatcher              | control room | group            | talkgroup    | console issi | esn issi |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-SOUTH-TG | 4100001      | 4101001  |
