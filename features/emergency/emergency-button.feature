@emergency
Feature: The emergency button
  As an officer, firefighter or paramedic in danger
  I need one press of the emergency button to tell my control room who and where I am,
  and to take over my group so everyone hears me first
  So that help is sent to me straight away, as the Airwave emergency button does today.

  The 2 s alert limit is a London assumption (configurable in this file); the pre-emption
  and cancellation rules come from 3GPP TS 22.179 and TS 24.380. Each rule has one example per service on its own
  group and one on the London interoperability group "LDN-SHARED-1" (JESIP), which the three control rooms and a
  police sergeant, a firefighter and an ambulance technician share at a joint incident: there an emergency from any
  service reaches, pre-empts and is cancelled for all of them.

  Background:
    Given these users are logged on:
      | user             | agency | place             |
      | PC Patel         | MPS    | Brixton           |
      | PC Byrne         | MPS    | Brixton           |
      | PS Okoro         | MPS    | Brixton           |
      | FF Jones         | LFB    | Soho fire station |
      | FF Ahmed         | LFB    | Soho fire station |
      | Paramedic Okafor | LAS    | Waterloo          |
      | EMT Silva        | LAS    | Waterloo          |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward", "PC Patel", "PC Byrne" and "PS Okoro"
    And the LFB group "FLON-OPS01" with members "LFB Control Officer Khan", "FF Jones" and "FF Ahmed"
    And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Okafor" and "EMT Silva"
    And the members of "MPS-LX-OPS1" are affiliated
    And the members of "FLON-OPS01" are affiliated
    And the members of "LAS-SOUTH-SECTOR" are affiliated

  Rule: The alert reaches the owning control room quickly and says where the user is

    @must @kpi @london-assumption @3gpp-23.280-10.10
    Scenario Outline: An emergency alert from <user> reaches <control room> within 2 s with location
      When "<user>" presses the emergency button on "<group>"
      Then <control room> receives an emergency alert from "<user>" within 2000 ms
      And the alert shows "<user>" at "<place>"

      @REQ-LDN-EMER-001 @MPS
      Examples: MPS
        | user     | group       | control room | place   |
        | PC Patel | MPS-LX-OPS1 | MetCC        | Brixton |

      @REQ-LDN-EMER-002 @LFB
      Examples: LFB
        | user     | group      | control room | place             |
        | FF Jones | FLON-OPS01 | LFB Control  | Soho fire station |

      @REQ-LDN-EMER-003 @LAS
      Examples: LAS
        | user             | group            | control room | place    |
        | Paramedic Okafor | LAS-SOUTH-SECTOR | LAS EOC      | Waterloo |

  Rule: The group call becomes an emergency call and the user in danger is heard first

    Background:
      Given the multi-agency group "LDN-SHARED-1" with members "MetCC Dispatcher Ward", "LFB Control Officer Khan", "LAS EOC Dispatcher Reid", "PS Okoro", "FF Ahmed" and "EMT Silva"
      And the members of "LDN-SHARED-1" are affiliated

    @REQ-LDN-EMER-004 @must @3gpp-24.379-4.6
    Scenario Outline: The group call turns into an emergency call (<group>)
      When "<first>" presses the emergency button on "<group>"
      Then the call on "<group>" is an emergency call
      And "<first>" is granted the floor on "<group>"
      And every other member of "<group>" hears "<first>"

      @MPS
      Examples: MPS
        | group       | first    |
        | MPS-LX-OPS1 | PC Patel |

      @LFB
      Examples: LFB
        | group      | first    |
        | FLON-OPS01 | FF Jones |

      @LAS
      Examples: LAS
        | group            | first            |
        | LAS-SOUTH-SECTOR | Paramedic Okafor |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | first    |
        | LDN-SHARED-1 | FF Ahmed |

    @REQ-LDN-EMER-005 @must @3gpp-24.380-6.3
    Scenario Outline: An emergency pre-empts the current talker (<group>)
      Given "<first>" is talking on "<group>"
      When "<second>" presses the emergency button on "<group>"
      Then "<first>" has the floor revoked with cause 4 (media burst pre-empted)
      And "<second>" is granted the floor on "<group>"

      @MPS
      Examples: MPS
        | group       | first    | second   |
        | MPS-LX-OPS1 | PC Patel | PC Byrne |

      @LFB
      Examples: LFB
        | group      | first    | second   |
        | FLON-OPS01 | FF Jones | FF Ahmed |

      @LAS
      Examples: LAS
        | group            | first            | second    |
        | LAS-SOUTH-SECTOR | Paramedic Okafor | EMT Silva |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | first    | second    |
        | LDN-SHARED-1 | PS Okoro | EMT Silva |

    @REQ-LDN-EMER-006 @must @3gpp-23.280-10.10
    Scenario Outline: Two emergencies on the same group are both visible and neither is lost (<group>)
      When "<first>" presses the emergency button on "<group>"
      And "<second>" presses the emergency button on "<group>"
      Then <control room> sees 2 active emergencies on "<group>"

      @MPS
      Examples: MPS
        | group       | first    | second   | control room |
        | MPS-LX-OPS1 | PC Patel | PC Byrne | MetCC        |

      @LFB
      Examples: LFB
        | group      | first    | second   | control room |
        | FLON-OPS01 | FF Jones | FF Ahmed | LFB Control  |

      @LAS
      Examples: LAS
        | group            | first            | second    | control room |
        | LAS-SOUTH-SECTOR | Paramedic Okafor | EMT Silva | LAS EOC      |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | first    | second    | control room |
        | LDN-SHARED-1 | FF Ahmed | EMT Silva | MetCC        |

  Rule: Only the originator or an authorised dispatcher can cancel

    Background:
      Given the multi-agency group "LDN-SHARED-1" with members "MetCC Dispatcher Ward", "LFB Control Officer Khan", "LAS EOC Dispatcher Reid", "PS Okoro", "FF Ahmed" and "EMT Silva"
      And the members of "LDN-SHARED-1" are affiliated

    @REQ-LDN-EMER-007 @must @3gpp-23.280-10.10
    Scenario Outline: The originator cancels their own emergency (<group>)
      Given "<second>" presses the emergency button on "<group>"
      When "<second>" cancels the emergency on "<group>"
      Then <control room> sees 0 active emergencies on "<group>"
      And the call on "<group>" is not an emergency call

      @MPS
      Examples: MPS
        | group       | second   | control room |
        | MPS-LX-OPS1 | PC Byrne | MetCC        |

      @LFB
      Examples: LFB
        | group      | second   | control room |
        | FLON-OPS01 | FF Ahmed | LFB Control  |

      @LAS
      Examples: LAS
        | group            | second    | control room |
        | LAS-SOUTH-SECTOR | EMT Silva | LAS EOC      |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | second    | control room |
        | LDN-SHARED-1 | EMT Silva | LFB Control  |

    @REQ-LDN-EMER-008 @must @3gpp-23.280-10.10
    Scenario Outline: An authorised dispatcher cancels an emergency raised in error (<group>)
      Given "<second>" presses the emergency button on "<group>"
      When "<dispatcher>" cancels the emergency of "<second>" on "<group>"
      Then <control room> sees 0 active emergencies on "<group>"

      @MPS
      Examples: MPS
        | group       | second   | dispatcher            | control room |
        | MPS-LX-OPS1 | PC Byrne | MetCC Dispatcher Ward | MetCC        |

      @LFB
      Examples: LFB
        | group      | second   | dispatcher               | control room |
        | FLON-OPS01 | FF Ahmed | LFB Control Officer Khan | LFB Control  |

      @LAS
      Examples: LAS
        | group            | second    | dispatcher              | control room |
        | LAS-SOUTH-SECTOR | EMT Silva | LAS EOC Dispatcher Reid | LAS EOC      |

      @MPS @LFB @LAS
      Examples: the three services on the interoperability group
        | group        | second   | dispatcher            | control room |
        | LDN-SHARED-1 | PS Okoro | MetCC Dispatcher Ward | LAS EOC      |

    @REQ-LDN-EMER-009 @must @3gpp-23.280-10.10
    Scenario Outline: Another member cannot cancel someone else's emergency (<group>)
      Given "<first>" presses the emergency button on "<group>"
      When "<second>" cancels the emergency of "<first>" on "<group>"
      Then the cancellation is refused with reason "not authorised"
      And <control room> sees 1 active emergency on "<group>"

      @MPS
      Examples: MPS
        | group       | first    | second   | control room |
        | MPS-LX-OPS1 | PC Patel | PC Byrne | MetCC        |

      @LFB
      Examples: LFB
        | group      | first    | second   | control room |
        | FLON-OPS01 | FF Jones | FF Ahmed | LFB Control  |

      @LAS
      Examples: LAS
        | group            | first            | second    | control room |
        | LAS-SOUTH-SECTOR | Paramedic Okafor | EMT Silva | LAS EOC      |
