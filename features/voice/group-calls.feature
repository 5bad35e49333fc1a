@voice
Feature: Group calls on agency operational talkgroups
  As a firefighter, police officer or paramedic in London
  I need my whole team on our operational group to hear me the moment I press to talk
  So that orders and warnings reach everyone at an incident at least as fast as on Airwave today.

  Limits are the 3GPP TS 22.179 §6.15 figures (ESN-DOMAIN §3). London may tighten them here.
  Mouth-to-ear latency runs from the talker's first spoken sample to the start of play-out at each
  listener's ear: codec framing and look-ahead, the radio both ways, the MCX and the listener's jitter
  buffer. Voice frames that arrive in time must also play in the talker's timing (no gap, overlap or
  repeat a jitter buffer should absorb) for 99 % of frames: a London assumption, as TS 26.114 §8.2.3 asks
  a jitter buffer to keep jitter-induced concealment low without a figure we could confirm; frames that
  arrive too late for any buffer are counted in the evidence.

  Background:
    Given these users are logged on:
      | user               | agency | place                 |
      | Watch Manager Cole | LFB    | Soho fire station     |
      | FF Jones           | LFB    | Soho fire station     |
      | FF Ahmed           | LFB    | Soho fire station     |
      | PS Okoro           | MPS    | Charing Cross         |
      | PC Patel           | MPS    | Charing Cross         |
      | PC Byrne           | MPS    | Charing Cross         |
      | Paramedic Okafor   | LAS    | Waterloo              |
      | Paramedic Hughes   | LAS    | Waterloo              |
      | EMT Silva          | LAS    | Waterloo              |
    And the LFB group "FLON-OPS01" with members "Watch Manager Cole", "FF Jones" and "FF Ahmed"
    And the MPS group "MPS-CW-OPS1" with members "PS Okoro", "PC Patel" and "PC Byrne"
    And the LAS group "LAS-CENTRAL-SECTOR" with members "Paramedic Okafor", "Paramedic Hughes" and "EMT Silva"
    And the members of "FLON-OPS01" are affiliated
    And the members of "MPS-CW-OPS1" are affiliated
    And the members of "LAS-CENTRAL-SECTOR" are affiliated

  Rule: A pre-arranged group call reaches every affiliated member

    @must @3gpp-22.179-R-6.15.3.2-014
    Scenario Outline: A group call on <group> reaches every affiliated member
      When "<talker>" starts a group call on "<group>"
      Then every affiliated member of "<group>" is in the call
      And every other member of "<group>" hears "<talker>"

      @REQ-LDN-VOICE-001 @LFB
      Examples: LFB operational group
        | talker             | group              |
        | Watch Manager Cole | FLON-OPS01         |

      @REQ-LDN-VOICE-002 @MPS
      Examples: MPS borough group
        | talker   | group       |
        | PS Okoro | MPS-CW-OPS1 |

      @REQ-LDN-VOICE-003 @LAS
      Examples: LAS sector group
        | talker           | group              |
        | Paramedic Okafor | LAS-CENTRAL-SECTOR |

  Rule: Call set-up and access are fast enough to work as a radio (KPI1, KPI2)

    @must @kpi @3gpp-22.179-R-6.15.3.2-014
    Scenario Outline: End-to-end call set-up on <group> is below 1000 ms (KPI2)
      When "<talker>" sets up 100 group calls on "<group>"
      Then the 95th percentile end-to-end access time is below 1000 ms over at least 100 attempts

      @REQ-LDN-VOICE-004 @LFB
      Examples: LFB
        | talker   | group      |
        | FF Jones | FLON-OPS01 |

      @REQ-LDN-VOICE-005 @MPS
      Examples: MPS
        | talker   | group       |
        | PC Patel | MPS-CW-OPS1 |

      @REQ-LDN-VOICE-006 @LAS
      Examples: LAS
        | talker           | group              |
        | Paramedic Hughes | LAS-CENTRAL-SECTOR |

    @REQ-LDN-VOICE-007 @LFB @must @kpi @3gpp-22.179-R-6.15.3.2-012
    Scenario: Permission to talk within 300 ms for 95 % of requests on the surface (KPI1)
      When "FF Jones" presses PTT on "FLON-OPS01" 100 times
      Then the 95th percentile access time is below 300 ms over at least 100 attempts

  Rule: Speech arrives quickly and whole (KPI3, no clipping)

    @REQ-LDN-VOICE-008 @must @kpi @3gpp-22.179-R-6.15.3.2-015
    Scenario Outline: Mouth-to-ear latency on <group> below 300 ms for 95 % of voice bursts (KPI3)
      When "<talker>" talks in 100 bursts on "<group>"
      Then every other member of "<group>" heard all 100 bursts from "<talker>"
      And the 95th percentile mouth-to-ear latency is below 300 ms over at least 100 attempts
      And at least 99 % of the voice frames from "<talker>" that arrived in time played in the talker's timing

      @MPS
      Examples:
        | talker   | group       |
        | PC Patel | MPS-CW-OPS1 |

      @LFB
      Examples:
        | talker   | group      |
        | FF Jones | FLON-OPS01 |

      @LAS
      Examples:
        | talker           | group              |
        | Paramedic Okafor | LAS-CENTRAL-SECTOR |

    @REQ-LDN-VOICE-009 @LAS @must @3gpp-22.179-R-6.15.3.2-016
    Scenario: The first words of a call are not clipped
      When "Paramedic Okafor" starts a group call on "LAS-CENTRAL-SECTOR"
      Then every other member of "LAS-CENTRAL-SECTOR" hears the first burst from "Paramedic Okafor" complete

  Rule: A crew arriving at a running incident hears it at once (KPI4)

    Late entry runs from the member's affiliation request until the terminal shows who is talking and
    plays their voice; on a group with application-layer encryption it also waits for the group key
    from the KMS, and the second KPI4 limit (350 ms) applies.

    @REQ-LDN-VOICE-010 @must @kpi @3gpp-22.179-R-6.15.4.2-004
    Scenario Outline: Late entry into an ongoing call on <group> below 150 ms for 95 % (KPI4)
      Given "<talker>" is talking on "<group>"
      When "<joiner>" joins the ongoing call on "<group>" 100 times
      Then the 95th percentile late entry time is below 150 ms over at least 100 attempts

      @LFB
      Examples:
        | talker             | joiner    | group              |
        | Watch Manager Cole | FF Ahmed  | FLON-OPS01         |

      @MPS
      Examples:
        | talker             | joiner    | group              |
        | PS Okoro           | PC Byrne  | MPS-CW-OPS1        |

      @LAS
      Examples:
        | talker             | joiner    | group              |
        | Paramedic Okafor   | EMT Silva | LAS-CENTRAL-SECTOR |
