@control-room
Feature: Control-room consoles at MetCC, LFB Control and LAS EOC
  As a dispatcher at MetCC (Lambeth, Hendon, Bow), LFB Brigade Control (Merton) or an LAS
  Emergency Operations Centre (Waterloo, Newham)
  I need to watch several groups at once, see who is talking, break in when I must, handle an
  emergency alert from start to finish and work from CAD
  So that I can run every incident in my area from one console, as I do on Airwave today.

  At a joint incident the three control rooms also work the London interoperability group "LDN-SHARED-1" (JESIP)
  with the crews of all three services: each must hear another service's crews there and break in over them.

  Background:
    Given these users are logged on:
      | user             | agency | place             |
      | PC Patel         | MPS    | Brixton           |
      | PC Byrne         | MPS    | Camberwell        |
      | FF Jones         | LFB    | Soho fire station |
      | Paramedic Okafor | LAS    | Waterloo          |
      | EMT Silva        | LAS    | Waterloo          |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
    And the MPS group "MPS-SO-OPS1" with members "MetCC Dispatcher Ward" and "PC Byrne"
    And the LFB group "FLON-OPS01" with members "LFB Control Officer Khan" and "FF Jones"
    And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Okafor" and "EMT Silva"
    And the members of "MPS-LX-OPS1" are affiliated
    And the members of "MPS-SO-OPS1" are affiliated
    And the members of "FLON-OPS01" are affiliated
    And the multi-agency group "LDN-SHARED-1" with members "MetCC Dispatcher Ward", "LFB Control Officer Khan", "LAS EOC Dispatcher Reid", "PC Patel", "FF Jones" and "Paramedic Okafor"
    And the members of "LAS-SOUTH-SECTOR" are affiliated
    And the members of "LDN-SHARED-1" are affiliated

  Rule: A console monitors several groups and shows who talks

    @REQ-LDN-CR-001 @MPS @must @3gpp-23.379-10.6.2.3.1.1.2
    Scenario: MetCC monitors two borough groups at once
      When "PC Patel" starts a group call on "MPS-LX-OPS1"
      And "PC Byrne" starts a group call on "MPS-SO-OPS1"
      Then the MetCC console shows "PC Patel" talking on "MPS-LX-OPS1"
      And the MetCC console shows "PC Byrne" talking on "MPS-SO-OPS1"

    @must @3gpp-23.379-10.6.2.3.1.1.2
    Scenario Outline: <control room> hears and sees the talker on its group
      When "<talker>" starts a group call on "<group>"
      Then the <control room> console shows "<talker>" talking on "<group>"
      And "<dispatcher>" hears "<talker>"

      @REQ-LDN-CR-002 @LFB
      Examples:
        | control room | talker   | group      | dispatcher               |
        | LFB Control  | FF Jones | FLON-OPS01 | LFB Control Officer Khan |

      @REQ-LDN-CR-003 @LAS
      Examples:
        | control room | talker    | group            | dispatcher              |
        | LAS EOC      | EMT Silva | LAS-SOUTH-SECTOR | LAS EOC Dispatcher Reid |

      @REQ-LDN-CR-105 @MPS @LFB @LAS
      Examples: MetCC hears a firefighter on the interoperability group
        | control room | talker   | group        | dispatcher            |
        | MetCC        | FF Jones | LDN-SHARED-1 | MetCC Dispatcher Ward |

      @REQ-LDN-CR-106 @MPS @LFB @LAS
      Examples: LFB Control hears a paramedic on the interoperability group
        | control room | talker           | group        | dispatcher               |
        | LFB Control  | Paramedic Okafor | LDN-SHARED-1 | LFB Control Officer Khan |

      @REQ-LDN-CR-107 @MPS @LFB @LAS
      Examples: LAS EOC hears a police officer on the interoperability group
        | control room | talker   | group        | dispatcher              |
        | LAS EOC      | PC Patel | LDN-SHARED-1 | LAS EOC Dispatcher Reid |

  Rule: A dispatcher can break in over routine traffic

    @must @3gpp-24.380-6.3
    Scenario Outline: The <control room> dispatcher pre-empts a routine talker
      Given "<talker>" is talking on "<group>"
      When the <control room> dispatcher presses PTT on "<group>"
      Then "<talker>" has the floor revoked with cause 4 (media burst pre-empted)
      And "<dispatcher>" is granted the floor on "<group>"

      @REQ-LDN-CR-004 @MPS
      Examples:
        | control room | talker   | group       | dispatcher            |
        | MetCC        | PC Patel | MPS-LX-OPS1 | MetCC Dispatcher Ward |

      @REQ-LDN-CR-005 @LFB
      Examples:
        | control room | talker   | group      | dispatcher               |
        | LFB Control  | FF Jones | FLON-OPS01 | LFB Control Officer Khan |

      @REQ-LDN-CR-006 @LAS
      Examples:
        | control room | talker           | group            | dispatcher              |
        | LAS EOC      | Paramedic Okafor | LAS-SOUTH-SECTOR | LAS EOC Dispatcher Reid |

      @REQ-LDN-CR-108 @MPS @LFB @LAS
      Examples: LFB Control breaks in over a police officer on the interoperability group
        | control room | talker   | group        | dispatcher               |
        | LFB Control  | PC Patel | LDN-SHARED-1 | LFB Control Officer Khan |

      @REQ-LDN-CR-109 @MPS @LFB @LAS
      Examples: LAS EOC breaks in over a firefighter on the interoperability group
        | control room | talker   | group        | dispatcher              |
        | LAS EOC      | FF Jones | LDN-SHARED-1 | LAS EOC Dispatcher Reid |

      @REQ-LDN-CR-110 @MPS @LFB @LAS
      Examples: MetCC breaks in over a paramedic on the interoperability group
        | control room | talker           | group        | dispatcher            |
        | MetCC        | Paramedic Okafor | LDN-SHARED-1 | MetCC Dispatcher Ward |

  Rule: An emergency alert is handled from acknowledgement to cancellation

    @REQ-LDN-CR-007 @MPS @must @3gpp-23.280-10.10
    Scenario: The dispatcher acknowledges an emergency, calls the officer privately and cancels it
      Given "PC Patel" presses the emergency button on "MPS-LX-OPS1"
      And MetCC receives an emergency alert from "PC Patel" within 2000 ms
      When the MetCC dispatcher acknowledges the emergency of "PC Patel"
      Then "PC Patel" is told the emergency was acknowledged
      When "MetCC Dispatcher Ward" makes a private call to "PC Patel" with automatic commencement
      Then "MetCC Dispatcher Ward" and "PC Patel" are in a private call
      When "MetCC Dispatcher Ward" cancels the emergency of "PC Patel" on "MPS-LX-OPS1"
      Then MetCC sees 0 active emergencies on "MPS-LX-OPS1"

    @REQ-LDN-CR-008 @LAS @should @3gpp-23.280-10.10
    Scenario: An unacknowledged emergency stays on the console
      Given "EMT Silva" presses the emergency button on "LAS-SOUTH-SECTOR"
      Then LAS EOC sees 1 active emergency on "LAS-SOUTH-SECTOR"
      And the emergency of "EMT Silva" is not acknowledged
