@interop
Feature: An Airwave migration wave: one borough moves to ESN while the rest stay on Airwave, bridged
  As the Met moving London from Airwave to ESN borough by borough
  I need to move one borough's talkgroups to ESN (its officers log on to ESN groups and its bridges are removed),
  keep every other talkgroup on Airwave bridged to ESN, and be able to roll the wave back by restoring the bridges,
  with the checks I run before and after
  So that a wave changes nothing outside it, officers still on Airwave keep reaching the ones who moved, and a bad
  night can be undone.

  The migration plan is data: which Airwave talkgroup belongs to which borough's wave and which ESN group it moves
  to, and which officer is on which talkgroup and joins which ESN groups. Every check reads the system's state through
  its contracts: the MCX service's affiliations, the interworking function's bridges, what a console receives and what
  users hear. That the Central South BCU's shared talkgroup stays on Airwave, bridged, until its last borough moves, and
  that a wave is undone by restoring its bridges, are London assumptions (the shape of the national ESN transition
  plan is not public).

  Background:
    Given "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And the MPS Airwave migration plan:
      | talkgroup  | borough           | ESN group   |
      | MPS-LX-TG1 | Lambeth           | MPS-LX-OPS1 |
      | MPS-SX-TG1 | Southwark         | MPS-SX-OPS1 |
      | MPS-AS-TG  | Central South BCU | MPS-AS-BCU  |
    And the officers of the migration plan:
      | user         | borough   | place      | Airwave talkgroup | ESN groups              |
      | PC Okoro     | Lambeth   | Brixton    | MPS-LX-TG1        | MPS-LX-OPS1, MPS-AS-BCU |
      | PC Lindqvist | Lambeth   | Stockwell  | MPS-LX-TG1        | MPS-LX-OPS1, MPS-AS-BCU |
      | PC Quinn     | Southwark | Camberwell | MPS-SX-TG1        | MPS-SX-OPS1             |
      | PC Adair     | Southwark | Camberwell | MPS-AS-TG         | MPS-AS-BCU              |
    And the talkgroups of the migration plan are patched to ESN with the officers on their Airwave radios

  Rule: Before the cut-over, the agency checks the borough is ready

    @REQ-LDN-INTEROP-044 @MPS @must @london-assumption
    Scenario: Before Lambeth cuts over, its officers are on ESN, every talkgroup is patched with its radios mapped, and the emergency path from every talkgroup reaches MetCC
      When the "Lambeth" officers of the migration plan log on to ESN
      Then every "Lambeth" officer of the migration plan is registered and affiliated to their ESN groups
      And every talkgroup of the migration plan is patched to its ESN group with its officers' radios mapped
      When an officer on every talkgroup of the migration plan tests the emergency path from their Airwave radio
      Then MetCC receives every test emergency under the identity of the officer's radio

  Rule: After the cut-over, Airwave still reaches the borough and nothing else changed

    @REQ-LDN-INTEROP-045 @MPS @must @london-assumption
    Scenario: After Lambeth cuts over, nothing outside the wave changed and an officer still on Airwave reaches the Lambeth officers on ESN through the BCU's bridge
      Given the "Lambeth" officers of the migration plan log on to ESN
      When the "Lambeth" talkgroups of the migration plan are cut over to ESN
      Then the "Lambeth" talkgroups of the migration plan are no longer patched to ESN
      And MetCC is told the Airwave talkgroup "MPS-LX-TG1" is no longer patched to ESN
      And nothing changed outside the "Lambeth" wave
      When "PC Adair" presses PTT on "MPS-AS-BCU"
      Then "PC Okoro" hears "PC Adair"
      And "PC Lindqvist" hears "PC Adair"

  Rule: A wave can be rolled back

    @REQ-LDN-INTEROP-046 @MPS @must @london-assumption
    Scenario: Rolling the Lambeth wave back restores its bridges: its radios reach ESN again under their identities, and nothing outside the wave changed
      Given the "Lambeth" officers of the migration plan log on to ESN
      And the "Lambeth" talkgroups of the migration plan are cut over to ESN
      When the "Lambeth" talkgroups of the migration plan are rolled back to Airwave
      Then every talkgroup of the migration plan is patched to its ESN group with its officers' radios mapped
      And MetCC is told the Airwave talkgroup "MPS-LX-TG1" is patched to ESN again
      When "PC Okoro" talks on their Airwave radio
      Then "MetCC Dispatcher Ward" hears the Airwave radio of "PC Okoro"
      And nothing changed outside the "Lambeth" wave
