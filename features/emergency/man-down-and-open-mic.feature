@emergency
Feature: Man-down, the open microphone, and an emergency raised where there is no coverage
  As an officer, firefighter or paramedic who may be unable to press a button or to talk
  I need my terminal to raise the alarm when I stop moving, my emergency button to keep my microphone open long enough
  for the control room to hear what is happening, and an emergency I raise without coverage to reach them as soon as I
  am back in coverage, saying where I was
  So that help comes to me even when I cannot ask for it, as Airwave terminals do today.

  London assumptions (none of these has a 3GPP clause of its own, each says where it comes from): man-down is a terminal
  feature (no movement for a configured time raises an emergency alert by itself; 1 or 2 s here so the requirement runs
  quickly, agencies configure their own, typically 30 s or more); the emergency button's open microphone follows TETRA
  practice (about 10 s typical, 10 to 120 s on other systems, ESN-DOMAIN §7; 3 s here) and the group's emergency talk time
  is what the floor control server allows an emergency talker (TS 24.380 leaves T2 to configuration); an alert raised
  without coverage is kept by the terminal with where and when it was raised (the last fix it had: a sub-basement has no
  satellites and no cell) and sent when service returns (the emergency alert itself is TS 23.280 §10.10.1).

  Rule: A terminal whose wearer stops moving raises the alarm by itself

    @must @london-assumption
    Scenario Outline: <user> stops moving and <control room> receives a man-down alert saying where they are
      Given these users are logged on:
        | user   | agency   | place   |
        | <user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<user>"
      And the members of "<group>" are affiliated
      And the terminal of "<user>" has "<group>" selected
      And the terminal of "<user>" raises a man-down alert after 1 s without movement
      When "<user>" stops moving
      Then <control room> receives a man-down alert from "<user>" at "<place>" within 5000 ms

      @REQ-LDN-EMER-050 @MPS
      Examples: MPS
        | agency | user     | place   | dispatcher            | control room | group       |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 |

      @REQ-LDN-EMER-051 @LFB
      Examples: LFB
        | agency | user     | place             | dispatcher               | control room | group      |
        | LFB    | FF Jones | Soho fire station | LFB Control Officer Khan | LFB Control  | FLON-OPS01 |

      @REQ-LDN-EMER-052 @LAS
      Examples: LAS
        | agency | user             | place                      | dispatcher              | control room | group            |
        | LAS    | Paramedic Okafor | Waterloo ambulance station | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR |

    @REQ-LDN-EMER-053 @LAS @must @london-assumption
    Scenario: A paramedic who stands still to treat a patient and moves on raises no man-down alert
      Given these users are logged on:
        | user             | agency | place                      |
        | Paramedic Okafor | LAS    | Waterloo ambulance station |
      And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
      And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid" and "Paramedic Okafor"
      And the members of "LAS-SOUTH-SECTOR" are affiliated
      And the terminal of "Paramedic Okafor" has "LAS-SOUTH-SECTOR" selected
      And the terminal of "Paramedic Okafor" raises a man-down alert after 2 s without movement
      When "Paramedic Okafor" stops moving
      And "Paramedic Okafor" moves again
      Then LAS EOC receives no man-down alert from "Paramedic Okafor" within 3000 ms

  Rule: The emergency button's open microphone is heard for its whole time, then closes

    @must @london-assumption
    Scenario Outline: <user>'s open microphone is heard past the normal talk-time limit, then releases the floor
      Given these users are logged on:
        | user   | agency   | place   |
        | <user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<user>"
      And the members of "<group>" are affiliated
      And the group "<group>" is configured with:
        | setting             | value |
        | maximum talk time   | 1 s   |
        | emergency talk time | 10 s  |
      And the emergency button of "<user>" opens the microphone for 3 s
      When "<user>" presses the emergency button on "<group>" and lets the microphone talk
      Then "<dispatcher>" hears the open microphone of "<user>" for 3 s, then it closes

      @REQ-LDN-EMER-054 @MPS
      Examples: MPS
        | agency | user     | place   | dispatcher            | control room | group       |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 |

      @REQ-LDN-EMER-055 @LFB
      Examples: LFB
        | agency | user     | place             | dispatcher               | control room | group      |
        | LFB    | FF Ahmed | Soho fire station | LFB Control Officer Khan | LFB Control  | FLON-OPS01 |

      @REQ-LDN-EMER-056 @LAS
      Examples: LAS
        | agency | user      | place    | dispatcher              | control room | group            |
        | LAS    | EMT Silva | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR |

  Rule: An emergency raised without coverage is not lost

    @must @london-assumption @3gpp-23.280-10.10.1
    Scenario Outline: <user> presses the emergency button with no coverage, and <control room> receives it on their return with where they were
      Given these users are logged on:
        | user   | agency   | place   |
        | <user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<user>"
      And the members of "<group>" are affiliated
      When "<user>" loses coverage
      And "<user>" presses the emergency button on "<group>" without coverage
      And "<user>" moves to "<back at>"
      Then <control room> receives the emergency alert "<user>" raised without coverage, showing them at "<place>", within 5000 ms

      @REQ-LDN-EMER-057 @MPS
      Examples: MPS
        | agency | user     | place   | back at   | dispatcher            | control room | group       |
        | MPS    | PC Patel | Brixton | Stockwell | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 |

      @REQ-LDN-EMER-058 @LFB
      Examples: LFB
        | agency | user     | place             | back at          | dispatcher               | control room | group      |
        | LFB    | FF Ahmed | Soho fire station | Trafalgar Square | LFB Control Officer Khan | LFB Control  | FLON-OPS01 |

      @REQ-LDN-EMER-059 @LAS
      Examples: LAS
        | agency | user             | place                      | back at    | dispatcher              | control room | group            |
        | LAS    | Paramedic Okafor | Waterloo ambulance station | Camberwell | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR |
