@control-room
Feature: Listening in, and moving a crew's talkgroup, from the control room
  As a dispatcher
  I need to listen to a user's terminal when they cannot talk (a hostage situation, a violent patient, an officer who
  has stopped answering) without the terminal giving it away, and to move a crew's terminal onto the incident talkgroup
  without them touching it
  So that I know what is happening to someone who cannot tell me, and a whole crew talks on the right group at once.

  Ambient listening is TS 23.379 §10.14 (remotely initiated: the listened-to terminal answers by itself and gives no
  indication; only it sends media). Changing another user's selected group is a TS 22.280 requirement for an authorised
  user (its clause could not be checked); the service does it through the remote change of affiliation of TS 23.280
  §10.8.5 (the terminal is affiliated to the group first) and then tells the terminal its new selection.

  Rule: Ambient listening gives nothing away on the listened-to terminal

    @must @3gpp-23.379-10.14
    Scenario Outline: The <control room> dispatcher listens to <user>'s terminal without it showing or sounding anything
      Given these users are logged on:
        | user   | agency   | place   |
        | <user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      When "<dispatcher>" listens to the terminal of "<user>"
      Then "<dispatcher>" hears "<user>"
      And the terminal of "<user>" shows and sounds nothing of the listening

      @REQ-LDN-CR-050 @MPS
      Examples: MPS officer who has stopped answering
        | agency | user     | place   | dispatcher            | control room |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        |

      @REQ-LDN-CR-051 @LFB
      Examples: LFB firefighter in a collapsed structure
        | agency | user     | place             | dispatcher               | control room |
        | LFB    | FF Ahmed | Soho fire station | LFB Control Officer Khan | LFB Control  |

      @REQ-LDN-CR-052 @LAS
      Examples: LAS paramedic with a violent patient
        | agency | user             | place    | dispatcher              | control room |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      |

    @REQ-LDN-CR-053 @MPS @must @3gpp-23.379-10.14
    Scenario: The dispatcher cannot talk into a listening call, so the terminal never sounds
      Given these users are logged on:
        | user     | agency | place   |
        | PC Patel | MPS    | Brixton |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      When "MetCC Dispatcher Ward" listens to the terminal of "PC Patel"
      And "MetCC Dispatcher Ward" presses PTT while listening to "PC Patel"
      Then "MetCC Dispatcher Ward" is denied the floor with cause 5 (receive only)
      And the terminal of "PC Patel" shows and sounds nothing of the listening

  Rule: Only an authorised dispatcher moves a terminal's talkgroup, and the terminal then talks there

    @should @3gpp-23.280-10.8.5
    Scenario Outline: The <control room> dispatcher moves <user> onto the incident group, and their next transmission goes there
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<user>"
      And the <agency> group "<incident group>" with members "<dispatcher>", "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      And "<colleague>" joins "<incident group>"
      And the terminal of "<user>" has "<group>" selected
      When the <control room> dispatcher switches the terminal of "<user>" to "<incident group>"
      Then the terminal of "<user>" talks on "<incident group>", switched by "<dispatcher>"
      When "<user>" talks without choosing a group
      Then "<colleague>" hears "<user>"

      @REQ-LDN-CR-054 @MPS
      Examples: MPS
        | agency | user     | colleague | place   | dispatcher            | control room | group       | incident group |
        | MPS    | PC Patel | PS Okoro  | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | MPS-INC-0412   |

      @REQ-LDN-CR-055 @LFB
      Examples: LFB
        | agency | user     | colleague          | place             | dispatcher               | control room | group      | incident group |
        | LFB    | FF Jones | Watch Manager Cole | Soho fire station | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | FLON-INC-0412  |

      @REQ-LDN-CR-056 @LAS
      Examples: LAS
        | agency | user             | colleague | place    | dispatcher              | control room | group            | incident group |
        | LAS    | Paramedic Okafor | EMT Silva | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | LAS-INC-0412   |

    @REQ-LDN-CR-057 @MPS @must @3gpp-23.280-10.8.5
    Scenario: An officer cannot move a colleague's terminal to another talkgroup
      Given these users are logged on:
        | user     | agency | place   |
        | PC Patel | MPS    | Brixton |
        | PC Byrne | MPS    | Brixton |
      And the MPS group "MPS-LX-OPS1" with members "PC Patel" and "PC Byrne"
      And the MPS group "MPS-INC-0412" with members "PC Patel" and "PC Byrne"
      And the members of "MPS-LX-OPS1" are affiliated
      And the terminal of "PC Patel" has "MPS-LX-OPS1" selected
      When "PC Byrne" switches the terminal of "PC Patel" to "MPS-INC-0412"
      Then the change is refused with reason "not authorised"
      And the terminal of "PC Patel" still talks on "MPS-LX-OPS1"
