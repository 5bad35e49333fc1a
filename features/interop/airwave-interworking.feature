@interop
Feature: Airwave and ESN side by side during transition
  As a service that will run Airwave and ESN together until switch-off
  I need an Airwave talkgroup patched to an ESN group to carry voice both ways, to keep one talker
  at a time across the bridge, and to map statuses and short data across
  So that crews still on Airwave and crews already on ESN work as one team.

  Interworking follows 3GPP TS 23.283. The 150 ms added-latency budget is a London assumption.

  Background:
    Given these users are logged on:
      | user     | agency | place   |
      | PC Patel | MPS    | Brixton |
      | PC Byrne | MPS    | Brixton |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward", "PC Patel" and "PC Byrne"
    And the members of "MPS-LX-OPS1" are affiliated
    And the Airwave talkgroup "MPS-LX-TG1" is patched to "MPS-LX-OPS1"
    And "PC Doyle" of MPS uses an Airwave radio on talkgroup "MPS-LX-TG1"

  Rule: Voice crosses the bridge both ways within the budget

    @REQ-LDN-INTEROP-012 @MPS @must @3gpp-23.283-10.3
    Scenario: An ESN talker is heard on Airwave and an Airwave talker on ESN
      When "PC Patel" starts a group call on "MPS-LX-OPS1"
      Then "PC Doyle" hears "PC Patel"
      When "PC Patel" releases PTT on "MPS-LX-OPS1"
      And "PC Doyle" presses PTT on "MPS-LX-OPS1"
      Then every other member of "MPS-LX-OPS1" hears "PC Doyle"

    @REQ-LDN-INTEROP-013 @MPS @must @kpi @london-assumption
    Scenario: The bridge adds less than 150 ms for 95 % of voice bursts
      When "PC Doyle" talks in 100 bursts on "MPS-LX-OPS1"
      Then the 95th percentile interworking added latency is below 150 ms over at least 100 attempts

  Rule: Floor control is consistent across the bridge

    @REQ-LDN-INTEROP-014 @MPS @must @3gpp-23.283-10.5
    Scenario: An Airwave radio user is queued while an ESN user talks
      Given "PC Byrne" is talking on "MPS-LX-OPS1"
      When "PC Doyle" presses PTT on "MPS-LX-OPS1"
      Then "PC Doyle" is queued at position 1 on "MPS-LX-OPS1"

  Rule: Status and short data map across

    @REQ-LDN-INTEROP-015 @MPS @must @3gpp-23.283-7.4.2
    Scenario: An SDS from an ESN user reaches an Airwave radio as TETRA SDS
      When "PC Patel" sends the SDS "Suspect vehicle parked Acre Lane" to "PC Doyle" requesting delivered
      Then "PC Doyle" receives the SDS "Suspect vehicle parked Acre Lane" within 1000 ms
      And "PC Patel" sees delivered from "PC Doyle"

  Rule: While the services move to ESN on different dates, the interoperability group bridges whoever is still on Airwave

    @must @3gpp-23.283-10.3 @london-assumption
    Scenario Outline: <radio user> of <radio agency>, still on Airwave, and the <esn agency> and MPS crews on ESN hear each other on the interoperability group
      London assumption: MPS, LFB and LAS cut over to ESN on different dates, so for a while the London
      interoperability group on ESN is patched to an Airwave interoperability talkgroup for the service still on Airwave.
      Given these users are logged on:
        | user       | agency       | place   |
        | <esn crew> | <esn agency> | Brixton |
      And the multi-agency group "LDN-SHARED-1" with members "PC Byrne" and "<esn crew>"
      And the members of "LDN-SHARED-1" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "LDN-SHARED-1"
      And "<radio user>" of <radio agency> uses an Airwave radio on talkgroup "<talkgroup>"
      When "<esn crew>" starts a group call on "LDN-SHARED-1"
      Then "<radio user>" hears "<esn crew>"
      When "<esn crew>" releases PTT on "LDN-SHARED-1"
      And "<radio user>" presses PTT on "LDN-SHARED-1"
      Then every other member of "LDN-SHARED-1" hears "<radio user>"
      And every other member of "LDN-SHARED-1" sees "<radio user>" talking

      @REQ-LDN-INTEROP-099 @MPS @LFB @LAS
      Examples: LFB still on Airwave
        | radio user | radio agency | talkgroup       | esn crew         | esn agency |
        | FF Osei    | LFB          | LDN-INTEROP-TG1 | Paramedic Okafor | LAS        |

      @REQ-LDN-INTEROP-100 @MPS @LFB @LAS
      Examples: LAS still on Airwave
        | radio user     | radio agency | talkgroup       | esn crew | esn agency |
        | Paramedic Lowe | LAS          | LDN-INTEROP-TG2 | FF Jones | LFB        |

    @must @3gpp-23.283-10.5 @london-assumption
    Scenario Outline: <radio user> of <radio agency> on Airwave is queued on the interoperability group while <esn crew> of <esn agency> talks on ESN
      Given these users are logged on:
        | user       | agency       | place   |
        | <esn crew> | <esn agency> | Brixton |
      And the multi-agency group "LDN-SHARED-1" with members "PC Byrne" and "<esn crew>"
      And the members of "LDN-SHARED-1" are affiliated
      And the Airwave talkgroup "<talkgroup>" is patched to "LDN-SHARED-1"
      And "<radio user>" of <radio agency> uses an Airwave radio on talkgroup "<talkgroup>"
      And "<esn crew>" is talking on "LDN-SHARED-1"
      When "<radio user>" presses PTT on "LDN-SHARED-1"
      Then "<radio user>" is queued at position 1 on "LDN-SHARED-1"

      @REQ-LDN-INTEROP-101 @MPS @LFB @LAS
      Examples: LFB still on Airwave
        | radio user | radio agency | talkgroup       | esn crew         | esn agency |
        | FF Osei    | LFB          | LDN-INTEROP-TG1 | Paramedic Okafor | LAS        |

      @REQ-LDN-INTEROP-102 @MPS @LFB @LAS
      Examples: LAS still on Airwave
        | radio user     | radio agency | talkgroup       | esn crew | esn agency |
        | Paramedic Lowe | LAS          | LDN-INTEROP-TG2 | FF Jones | LFB        |
