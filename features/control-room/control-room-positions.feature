@control-room
Feature: Control-room positions: audio select, patches and site failover
  As a dispatcher at MetCC (Lambeth, Hendon, Bow), LFB Brigade Control (Merton) or an LAS Emergency Operations
  Centre (Waterloo, Newham)
  I need to monitor several groups and hear the one I have selected, to patch two of my groups when an incident
  spans them, and to carry on from a fallback site when my control room fails, with every call and open emergency
  So that nothing a crew says or signals is lost between the control room and the crews.

  How a console routes audio is the console's business, not 3GPP's. Here a position plays the group it has selected
  (and transmits on it) and shows who talks on its other monitored groups without playing them: a London assumption.
  A patch is a temporary group formed of two groups (TS 23.379 §10.6.2.10.2). The fallback sites are London
  assumptions: MetCC's three sites back each other up, the two LAS EOCs back each other up, and LFB Control falls
  back to a site that is not public (modelled as "LFB Fallback Control", ESN-DOMAIN-DEPTH §5).

  Rule: A position monitors several groups and plays only the one it has selected

    @must @london-assumption
    Scenario Outline: <control room> plays its selected group and shows the talker on its other group
      London assumption: a console plays the selected group and shows the other monitored groups' talkers silently.
      Given these users are logged on:
        | user     | agency   | place     |
        | <first>  | <agency> | <place 1> |
        | <second> | <agency> | <place 2> |
      And "<dispatcher>" is a dispatcher of <control room> at "<site>"
      And the <agency> group "<group 1>" with members "<dispatcher>" and "<first>"
      And the <agency> group "<group 2>" with members "<dispatcher>" and "<second>"
      And the members of "<group 1>" are affiliated
      And the members of "<group 2>" are affiliated
      And the <control room> dispatcher selects "<group 1>"
      When "<first>" starts a group call on "<group 1>"
      Then the <control room> console plays "<first>"
      When "<second>" starts a group call on "<group 2>"
      Then the <control room> console shows "<second>" talking on "<group 2>" without playing the audio

      @REQ-LDN-CR-015 @MPS
      Examples:
        | control room | agency | dispatcher            | site          | first    | place 1 | group 1     | second   | place 2    | group 2     |
        | MetCC        | MPS    | MetCC Dispatcher Ward | MetCC Lambeth | PC Patel | Brixton | MPS-LX-OPS1 | PC Byrne | Camberwell | MPS-SO-OPS1 |

      @REQ-LDN-CR-016 @LFB
      Examples:
        | control room | agency | dispatcher               | site                | first    | place 1           | group 1    | second   | place 2              | group 2    |
        | LFB Control  | LFB    | LFB Control Officer Khan | LFB Brigade Control | FF Jones | Soho fire station | FLON-OPS01 | FF Ahmed | Lambeth fire station | FLON-OPS02 |

      @REQ-LDN-CR-017 @LAS
      Examples:
        | control room | agency | dispatcher              | site             | first            | place 1  | group 1          | second    | place 2             | group 2            |
        | LAS EOC      | LAS    | LAS EOC Dispatcher Reid | LAS Waterloo EOC | Paramedic Okafor | Waterloo | LAS-SOUTH-SECTOR | EMT Silva | St Thomas' Hospital | LAS-CENTRAL-SECTOR |

    @REQ-LDN-CR-018 @MPS @should @london-assumption
    Scenario: The MetCC dispatcher moves the select to the other group and transmits on it
      London assumption: the select decides both what the position hears and where its PTT goes.
      Given these users are logged on:
        | user     | agency | place      |
        | PC Patel | MPS    | Brixton    |
        | PC Byrne | MPS    | Camberwell |
      And "MetCC Dispatcher Ward" is a dispatcher of MetCC at "MetCC Lambeth"
      And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
      And the MPS group "MPS-SO-OPS1" with members "MetCC Dispatcher Ward" and "PC Byrne"
      And the members of "MPS-LX-OPS1" are affiliated
      And the members of "MPS-SO-OPS1" are affiliated
      And the MetCC dispatcher selects "MPS-LX-OPS1"
      When the MetCC dispatcher selects "MPS-SO-OPS1"
      And "PC Patel" starts a group call on "MPS-LX-OPS1"
      Then the MetCC console shows "PC Patel" talking on "MPS-LX-OPS1" without playing the audio
      When "PC Byrne" starts a group call on "MPS-SO-OPS1"
      Then the MetCC console plays "PC Byrne"
      When "PC Byrne" releases PTT on "MPS-SO-OPS1"
      And the MetCC dispatcher talks on the selected group
      Then "PC Byrne" hears "MetCC Dispatcher Ward"

  Rule: A dispatcher patches two of its service's groups, and removing the patch separates them again

    @must @3gpp-23.379-10.6.2.10.2
    Scenario Outline: <control room> patches <group 1> and <group 2>: both sides are told and hear each other
      Given these users are logged on:
        | user     | agency   | place     |
        | <first>  | <agency> | <place 1> |
        | <second> | <agency> | <place 2> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group 1>" with members "<dispatcher>" and "<first>"
      And the <agency> group "<group 2>" with members "<dispatcher>" and "<second>"
      And the members of "<group 1>" are affiliated
      And the members of "<group 2>" are affiliated
      When the <control room> dispatcher patches "<group 1>" and "<group 2>"
      Then every member of "<group 1>" and "<group 2>" is told of the patch
      When "<first>" starts a group call on "<group 1>"
      Then "<second>" hears "<first>"

      @REQ-LDN-CR-019 @MPS
      Examples:
        | control room | agency | dispatcher            | first    | place 1 | group 1     | second   | place 2    | group 2     |
        | MetCC        | MPS    | MetCC Dispatcher Ward | PC Patel | Brixton | MPS-LX-OPS1 | PC Byrne | Camberwell | MPS-SO-OPS1 |

      @REQ-LDN-CR-020 @LFB
      Examples:
        | control room | agency | dispatcher               | first    | place 1           | group 1    | second   | place 2              | group 2    |
        | LFB Control  | LFB    | LFB Control Officer Khan | FF Jones | Soho fire station | FLON-OPS01 | FF Ahmed | Lambeth fire station | FLON-OPS02 |

      @REQ-LDN-CR-021 @LAS
      Examples:
        | control room | agency | dispatcher              | first            | place 1  | group 1          | second    | place 2             | group 2            |
        | LAS EOC      | LAS    | LAS EOC Dispatcher Reid | Paramedic Okafor | Waterloo | LAS-SOUTH-SECTOR | EMT Silva | St Thomas' Hospital | LAS-CENTRAL-SECTOR |

    @REQ-LDN-CR-022 @MPS @must @3gpp-23.379-10.6.2.10.2
    Scenario: Removing the patch separates the two groups again
      A patch applies to calls set up while it is in force: the patched call runs to its end, the next call is per group.
      Given these users are logged on:
        | user     | agency | place      |
        | PC Patel | MPS    | Brixton    |
        | PC Byrne | MPS    | Camberwell |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
      And the MPS group "MPS-SO-OPS1" with members "MetCC Dispatcher Ward" and "PC Byrne"
      And the group "MPS-LX-OPS1" is configured with:
        | setting   | value  |
        | hang time | 500 ms |
      And the members of "MPS-LX-OPS1" are affiliated
      And the members of "MPS-SO-OPS1" are affiliated
      And the MetCC dispatcher patches "MPS-LX-OPS1" and "MPS-SO-OPS1"
      And "PC Patel" starts a group call on "MPS-LX-OPS1"
      And "PC Byrne" hears "PC Patel"
      When the MetCC dispatcher removes the patch
      Then every member of "MPS-LX-OPS1" and "MPS-SO-OPS1" is told the patch is removed
      When "PC Patel" releases PTT on "MPS-LX-OPS1"
      Then the call on "MPS-LX-OPS1" ends within 5000 ms
      When "PC Patel" starts a group call on "MPS-LX-OPS1"
      Then "PC Byrne" is not in the call on "MPS-LX-OPS1"

    @REQ-LDN-CR-023 @MPS @LAS @must @london-assumption
    Scenario: MetCC cannot patch its group to an LAS group
      London's control rooms share a space, not their systems (ESN-DOMAIN §2): a console patches only its own service's
      groups; a talkgroup for two services is a multi-agency group, activated as such.
      Given these users are logged on:
        | user             | agency | place    |
        | PC Patel         | MPS    | Brixton  |
        | Paramedic Okafor | LAS    | Waterloo |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
      And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
      And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid" and "Paramedic Okafor"
      And the members of "MPS-LX-OPS1" are affiliated
      And the members of "LAS-SOUTH-SECTOR" are affiliated
      When the MetCC dispatcher tries to patch "MPS-LX-OPS1" and "LAS-SOUTH-SECTOR"
      Then the patch is refused with reason "not authorised"
      When "PC Patel" starts a group call on "MPS-LX-OPS1"
      Then "Paramedic Okafor" is not in the call on "MPS-LX-OPS1"

  Rule: When a control-room site fails, its positions come up at the fallback site and lose nothing

    @must @3gpp-23.280-10.10.1 @london-assumption
    Scenario Outline: <site> is cut off and its positions come up at <fallback> with the emergency call and the open emergency
      London assumption: <site>'s positions fall back to <fallback>; the MCX gives a position that logs on there the
      calls in progress on its groups and their open emergency alerts (TS 23.280 §10.10.1: alerts go to the affiliated).
      Given these users are logged on:
        | user     | agency   | place   |
        | <caller> | <agency> | <place> |
        | <crew>   | <agency> | <place> |
      And "<dispatcher>" is a dispatcher of <control room> at "<site>"
      And the <agency> group "<group>" with members "<dispatcher>", "<caller>" and "<crew>"
      And the members of "<group>" are affiliated
      And "<caller>" presses the emergency button on "<group>"
      And <control room> receives an emergency alert from "<caller>" within 2000 ms
      When the control-room site "<site>" is cut off from ESN
      And the <control room> positions at "<site>" come up at "<fallback>"
      Then the <control room> console is in the call on "<group>" with "<caller>" talking
      And the <control room> console shows the emergency of "<caller>" on "<group>" open and not acknowledged
      When the <control room> dispatcher acknowledges the emergency of "<caller>"
      Then "<caller>" is told the emergency was acknowledged

      @REQ-LDN-CR-024 @MPS
      Examples: MetCC Lambeth falls back to Hendon
        | control room | agency | dispatcher            | site          | fallback     | group       | caller   | crew     | place   |
        | MetCC        | MPS    | MetCC Dispatcher Ward | MetCC Lambeth | MetCC Hendon | MPS-LX-OPS1 | PC Patel | PC Byrne | Brixton |

      @REQ-LDN-CR-025 @MPS
      Examples: MetCC Bow falls back to Lambeth
        | control room | agency | dispatcher            | site      | fallback      | group       | caller   | crew     | place     |
        | MetCC        | MPS    | MetCC Dispatcher Cole | MetCC Bow | MetCC Lambeth | MPS-TH-OPS1 | PC Ahmed | PC Lewis | Stratford |

      @REQ-LDN-CR-026 @LFB
      Examples: LFB Brigade Control falls back to its fallback site
        | control room | agency | dispatcher               | site                | fallback             | group      | caller   | crew     | place             |
        | LFB Control  | LFB    | LFB Control Officer Khan | LFB Brigade Control | LFB Fallback Control | FLON-OPS01 | FF Jones | FF Ahmed | Soho fire station |

      @REQ-LDN-CR-027 @LAS
      Examples: LAS Waterloo EOC falls back to Newham
        | control room | agency | dispatcher              | site             | fallback       | group            | caller           | crew      | place    |
        | LAS EOC      | LAS    | LAS EOC Dispatcher Reid | LAS Waterloo EOC | LAS Newham EOC | LAS-SOUTH-SECTOR | Paramedic Okafor | EMT Silva | Waterloo |
