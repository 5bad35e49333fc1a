@resilience
Feature: Calls and messages survive network faults
  As a service that cannot stop when a mast or a core site fails
  I need calls in progress to resume quickly on a neighbouring site or a standby core, messages not
  to be lost or duplicated, and a clear account of what the user and the control room saw
  So that ESN is at least as dependable as Airwave (99.9 % availability, NAO 2016).

  The recovery times are London assumptions and configurable.

  Background:
    Given these users are logged on:
      | user             | agency | place             |
      | PS Okoro         | MPS    | Westminster       |
      | PC Patel         | MPS    | Westminster       |
      | FF Jones         | LFB    | Soho fire station |
      | FF Ahmed         | LFB    | Soho fire station |
      | Paramedic Okafor | LAS    | Waterloo          |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And the MPS group "MPS-WM-OPS1" with members "MetCC Dispatcher Ward", "PS Okoro" and "PC Patel"
    And the LFB group "FLON-OPS01" with members "FF Jones" and "FF Ahmed"
    And the members of "MPS-WM-OPS1" are affiliated
    And the members of "FLON-OPS01" are affiliated

  Rule: A site outage moves terminals to a neighbour and the call resumes

    @REQ-LDN-RES-001 @MPS @must @kpi @london-assumption
    Scenario: A group call resumes within 5 s after the serving site fails
      Given "PS Okoro" is talking on "MPS-WM-OPS1"
      When the site serving "Westminster" fails
      Then the call on "MPS-WM-OPS1" resumes within 5000 ms
      When "PS Okoro" keeps talking for 1 s
      Then every other member of "MPS-WM-OPS1" hears "PS Okoro"

    @REQ-LDN-RES-002 @LFB @must @london-assumption
    Scenario: No SDS is lost when the serving site fails
      When the site serving "Soho fire station" fails
      And "FF Jones" sends the SDS "BA team 2 withdrawing" to "FF Ahmed" requesting delivered
      Then "FF Ahmed" receives the SDS "BA team 2 withdrawing" within 5000 ms

    @REQ-LDN-RES-003 @MPS @must @london-assumption
    Scenario: The terminal and the control room are told of the outage and the recovery
      When the site serving "Westminster" fails
      Then "PC Patel" is told there is no service within 5000 ms
      And the MetCC console is told of the outage of the site serving "Westminster"
      And "PC Patel" is registered and affiliated to "MPS-WM-OPS1" within 5000 ms
      And the MetCC console is told "PC Patel" is back in service within 5000 ms

  Rule: A core failover keeps calls and registrations

    The MCX core fails and its geo-redundant standby takes over after 1 s (a London assumption). Calls and
    the floor live only in the failed core; the standby must re-establish the calls in progress and keep
    the registrations and affiliations it replicates, so users see their call come back and stay reachable.

    @REQ-LDN-RES-004 @must @kpi @london-assumption
    Scenario Outline: A group call in progress on <group> recovers after a core failover
      Given "<talker>" is talking on "<group>"
      When the MCX core fails over
      Then the call on "<group>" resumes within 5000 ms
      When "<talker>" presses PTT on "<group>"
      And "<talker>" keeps talking for 1 s
      Then every other member of "<group>" hears "<talker>"

      @LFB
      Examples:
        | talker   | group       |
        | FF Jones | FLON-OPS01  |

      @MPS
      Examples:
        | talker   | group       |
        | PS Okoro | MPS-WM-OPS1 |

    @REQ-LDN-RES-005 @MPS @LFB @LAS @must @london-assumption
    Scenario: Registrations and affiliations survive a core failover
      When the MCX core fails over
      Then "Paramedic Okafor" is still registered
      And "PS Okoro" is still affiliated to "MPS-WM-OPS1"
      And "FF Ahmed" is still affiliated to "FLON-OPS01"

  Rule: Degraded links are survived or reported with evidence

    @REQ-LDN-RES-006 @MPS @must @kpi @3gpp-22.179-R-6.15.3.2-015
    Scenario: With 150 ms added latency on the talker's site, mouth-to-ear latency still meets KPI3
      Given "PC Patel" is at "Bank"
      And 150 ms added latency at the site serving "Bank"
      When "PC Patel" talks in 100 bursts on "MPS-WM-OPS1"
      Then the 95th percentile mouth-to-ear latency is below 300 ms over at least 100 attempts
      And at least 99 % of the voice frames from "PC Patel" that arrived in time played in the talker's timing

    @REQ-LDN-RES-007 @LFB @must @london-assumption
    Scenario: With 2 % loss on a site voice continues and messages are not duplicated
      Given 2 % packet loss at the site serving "Soho fire station"
      When "FF Jones" talks in 100 bursts on "FLON-OPS01"
      And "FF Jones" sends 200 SDS to "FF Ahmed"
      Then "FF Ahmed" heard at least 95 % of the bursts from "FF Jones"
      And "FF Ahmed" receives all 200 SDS exactly once and in order

  Rule: A cut-off terminal is told, and its messages wait for it

    @REQ-LDN-RES-008 @MPS @LAS @must @london-assumption
    Scenario: Messages to a partitioned terminal are delivered on its return
      Given "Paramedic Okafor" is cut off from the network
      And "MetCC Dispatcher Ward" sends the SDS "Police on scene, safe to approach" to "Paramedic Okafor" requesting delivered
      When "Paramedic Okafor" is reconnected
      Then "Paramedic Okafor" receives the SDS "Police on scene, safe to approach" within 5000 ms
      And "MetCC Dispatcher Ward" sees delivered from "Paramedic Okafor"

    @REQ-LDN-RES-009 @LAS @must @kpi @london-assumption
    Scenario: A partitioned terminal reports no service within 5 s
      When "Paramedic Okafor" is cut off from the network
      Then "Paramedic Okafor" is told there is no service within 5000 ms

  Rule: Availability is evidenced before switch-off

    @REQ-LDN-RES-010 @MPS @must @kpi @london-assumption
    Scenario: 1,000 group call set-ups all succeed: a success rate of at least 99.7 % at 95 % confidence
      What a sample shows, not more: n set-ups without a failure show, at 95 % confidence, a success rate of at
      least 1 - 3/n (the "rule of three"), so 1,000 show at least 99.7 %. A 99.9 % figure (the availability the
      NAO's 2016 report on ESN, HC 627, asks to be evidenced against Airwave) would need about 3,000 failure-free
      set-ups, beyond one scenario's time budget; a soak run can show it. A single failure in 1,000 would only
      show 99.5 %, so this requirement allows none. The set-ups run on ten copies of the group at once (the talker and
      members copied at the same places), each copy's set-ups one after another: every attempt is still a new call over
      the same modelled links, and the claim counts attempts, not their order.
      When "PS Okoro" sets up 1000 group calls on "MPS-WM-OPS1"
      Then at least 100 % of group call set-ups succeed over at least 1000 attempts
