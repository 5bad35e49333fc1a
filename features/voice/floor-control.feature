@voice
Feature: Floor control: one talker at a time, in a fair order
  As a crew member on a busy operational group
  I need to know at once whether I may talk, to wait my turn in order when someone else is talking,
  and never to lock the group with a stuck button
  So that nobody talks over anyone and nobody is left unheard at an incident.

  Floor control follows 3GPP TS 24.380 (ESN-DOMAIN §4). Deny and revoke causes are shown with their
  number so a radio engineer can match them to the standard. Every service needs the same floor control,
  so each requirement has one example per service, run by that service's own people on its own group, and one
  on the London interoperability group "LDN-SHARED-1" (JESIP), where a fire officer, an ambulance clinical team
  leader and a police sergeant take turns on one floor at a joint incident.

  Background:
    Given these users are logged on:
      | user                     | agency | place             |
      | Watch Manager Cole       | LFB    | Soho fire station |
      | FF Jones                 | LFB    | Soho fire station |
      | FF Ahmed                 | LFB    | Soho fire station |
      | FF Novak                 | LFB    | Soho fire station |
      | PS Okoro                 | MPS    | Charing Cross     |
      | PC Patel                 | MPS    | Charing Cross     |
      | PC Byrne                 | MPS    | Charing Cross     |
      | PC Walsh                 | MPS    | Charing Cross     |
      | Clinical Team Leader Rao | LAS    | Waterloo          |
      | Paramedic Okafor         | LAS    | Waterloo          |
      | EMT Silva                | LAS    | Waterloo          |
      | Paramedic Hughes         | LAS    | Waterloo          |
    And the LFB group "FLON-OPS01" with members "Watch Manager Cole", "FF Jones", "FF Ahmed" and "FF Novak"
    And the MPS group "MPS-CW-OPS1" with members "PS Okoro", "PC Patel", "PC Byrne" and "PC Walsh"
    And the LAS group "LAS-CENTRAL-SECTOR" with members "Clinical Team Leader Rao", "Paramedic Okafor", "EMT Silva" and "Paramedic Hughes"
    And the multi-agency group "LDN-SHARED-1" with members "Watch Manager Cole", "Clinical Team Leader Rao", "PS Okoro" and "FF Novak"
    And the members of "FLON-OPS01" are affiliated
    And the members of "MPS-CW-OPS1" are affiliated
    And the members of "LAS-CENTRAL-SECTOR" are affiliated
    And the members of "LDN-SHARED-1" are affiliated

  Rule: A second talker waits in a queue and is told their place

    @REQ-LDN-VOICE-011 @must @3gpp-24.380-6.3
    Scenario Outline: A second talker is queued with their position (<group>)
      Given "<lead>" is talking on "<group>"
      When "<second>" presses PTT on "<group>"
      Then "<second>" is queued at position 1 on "<group>"

      @MPS
      Examples: MPS
        | group       | lead     | second   |
        | MPS-CW-OPS1 | PS Okoro | PC Patel |

      @LFB
      Examples: LFB
        | group      | lead               | second   |
        | FLON-OPS01 | Watch Manager Cole | FF Jones |

      @LAS
      Examples: LAS
        | group              | lead                     | second           |
        | LAS-CENTRAL-SECTOR | Clinical Team Leader Rao | Paramedic Okafor |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | lead               | second                   |
        | LDN-SHARED-1 | Watch Manager Cole | Clinical Team Leader Rao |

    @REQ-LDN-VOICE-012 @must @3gpp-24.380-6.3
    Scenario Outline: Queued talkers are granted in order when the floor frees (<group>)
      Given "<lead>" is talking on "<group>"
      And "<second>" presses PTT on "<group>"
      And "<third>" presses PTT on "<group>"
      When "<lead>" releases PTT on "<group>"
      Then "<second>" is granted the floor on "<group>"
      And "<third>" is queued at position 1 on "<group>"
      When "<second>" releases PTT on "<group>"
      Then "<third>" is granted the floor on "<group>"

      @MPS
      Examples: MPS
        | group       | lead     | second   | third    |
        | MPS-CW-OPS1 | PS Okoro | PC Patel | PC Byrne |

      @LFB
      Examples: LFB
        | group      | lead               | second   | third    |
        | FLON-OPS01 | Watch Manager Cole | FF Jones | FF Ahmed |

      @LAS
      Examples: LAS
        | group              | lead                     | second           | third     |
        | LAS-CENTRAL-SECTOR | Clinical Team Leader Rao | Paramedic Okafor | EMT Silva |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | lead               | second                   | third    |
        | LDN-SHARED-1 | Watch Manager Cole | Clinical Team Leader Rao | PS Okoro |

    @REQ-LDN-VOICE-013 @should @3gpp-24.380-6.3
    Scenario Outline: Without queueing a second talker is told someone else is talking (<group>)
      Given the group "<group>" is configured with:
        | setting  | value |
        | queueing | off   |
      And "<lead>" is talking on "<group>"
      When "<second>" presses PTT on "<group>"
      Then "<second>" is denied the floor with cause 1 (another client has permission)

      @MPS
      Examples: MPS
        | group       | lead     | second   |
        | MPS-CW-OPS1 | PS Okoro | PC Patel |

      @LFB
      Examples: LFB
        | group      | lead               | second   |
        | FLON-OPS01 | Watch Manager Cole | FF Jones |

      @LAS
      Examples: LAS
        | group              | lead                     | second           |
        | LAS-CENTRAL-SECTOR | Clinical Team Leader Rao | Paramedic Okafor |

    @REQ-LDN-VOICE-014 @must @3gpp-24.380-6.3
    Scenario Outline: Everyone else sees who is talking (<group>)
      When "<talker>" presses PTT on "<group>"
      Then "<talker>" is granted the floor on "<group>"
      And every other member of "<group>" sees "<talker>" talking

      @MPS
      Examples: MPS
        | group       | talker   |
        | MPS-CW-OPS1 | PC Walsh |

      @LFB
      Examples: LFB
        | group      | talker   |
        | FLON-OPS01 | FF Novak |

      @LAS
      Examples: LAS
        | group              | talker           |
        | LAS-CENTRAL-SECTOR | Paramedic Hughes |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | talker                   |
        | LDN-SHARED-1 | Clinical Team Leader Rao |

  Rule: A stuck transmit button does not block the group

    @REQ-LDN-VOICE-015 @must @3gpp-24.380-6.3 @london-assumption
    Scenario Outline: A talker who exceeds the group's maximum talk time is revoked (<group>)
      The London default is 30 s (timer T2). The catalogue configures 1 s so that the check runs
      quickly; the behaviour is the same for any configured value.
      Given the group "<group>" is configured with:
        | setting           | value |
        | maximum talk time | 1 s   |
      And "<third>" is talking on "<group>"
      When "<third>" keeps talking for 1 s
      Then "<third>" has the floor revoked with cause 2 (talk time exceeded)
      And every member of "<group>" sees the floor idle

      @MPS
      Examples: MPS
        | group       | third    |
        | MPS-CW-OPS1 | PC Byrne |

      @LFB
      Examples: LFB
        | group      | third    |
        | FLON-OPS01 | FF Ahmed |

      @LAS
      Examples: LAS
        | group              | third     |
        | LAS-CENTRAL-SECTOR | EMT Silva |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | third    |
        | LDN-SHARED-1 | PS Okoro |

  Rule: A pre-emptive request takes the floor from a routine talker

    @REQ-LDN-VOICE-016 @must @3gpp-22.179-6.8.6
    Scenario Outline: A higher-priority talker pre-empts and the routine talker is told why (<group>)
      Given "<second>" has floor priority 1 on "<group>"
      And "<lead>" has floor priority 8 on "<group>"
      And "<second>" is talking on "<group>"
      When "<lead>" presses PTT on "<group>"
      Then "<second>" has the floor revoked with cause 4 (media burst pre-empted)
      And "<lead>" is granted the floor on "<group>"

      @MPS
      Examples: MPS
        | group       | lead     | second   |
        | MPS-CW-OPS1 | PS Okoro | PC Patel |

      @LFB
      Examples: LFB
        | group      | lead               | second   |
        | FLON-OPS01 | Watch Manager Cole | FF Jones |

      @LAS
      Examples: LAS
        | group              | lead                     | second           |
        | LAS-CENTRAL-SECTOR | Clinical Team Leader Rao | Paramedic Okafor |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | lead               | second   |
        | LDN-SHARED-1 | Watch Manager Cole | PS Okoro |
