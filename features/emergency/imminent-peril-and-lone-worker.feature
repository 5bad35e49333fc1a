@emergency
Feature: Imminent peril, lone workers and emergencies from places Airwave users worry about
  As a police officer facing a threat, or a paramedic alone with a patient
  I need to raise the alarm in the way the situation needs (loudly to my group, or silently)
  and from anywhere, including deep underground or from an Airwave radio still in service
  So that the control room knows I need help even when I cannot speak.

  Background:
    Given these users are logged on:
      | user             | agency | place                   |
      | PC Patel         | MPS    | Brixton                 |
      | PC Byrne         | MPS    | Brixton                 |
      | PS Okoro         | MPS    | Brixton                 |
      | Paramedic Okafor | LAS    | Waterloo                |
      | Paramedic Hughes | LAS    | Waterloo                |
      | PC Adeyemi       | MPS    | King's Cross St Pancras |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward", "PC Patel", "PC Byrne" and "PS Okoro"
    And the MPS group "MPS-EK-KX1" with members "MetCC Dispatcher Ward" and "PC Adeyemi"
    And the LAS group "LAS-SOUTH-SECTOR" with members "LAS EOC Dispatcher Reid", "Paramedic Okafor" and "Paramedic Hughes"
    And the members of "MPS-LX-OPS1" are affiliated
    And the members of "MPS-EK-KX1" are affiliated
    And the members of "LAS-SOUTH-SECTOR" are affiliated

  Rule: Imminent peril outranks routine traffic but yields to an emergency

    @REQ-LDN-EMER-010 @MPS @must @3gpp-24.379-4.6
    Scenario: Imminent peril pre-empts a routine talker
      Given "PS Okoro" is talking on "MPS-LX-OPS1"
      When "PC Patel" declares imminent peril on "MPS-LX-OPS1"
      Then "PS Okoro" has the floor revoked with cause 4 (media burst pre-empted)
      And "PC Patel" is granted the floor on "MPS-LX-OPS1"
      And the call on "MPS-LX-OPS1" is an imminent peril call

    @REQ-LDN-EMER-011 @MPS @must @3gpp-24.379-4.6
    Scenario: An emergency pre-empts an imminent peril talker
      Given "PC Patel" declares imminent peril on "MPS-LX-OPS1"
      When "PC Byrne" presses the emergency button on "MPS-LX-OPS1"
      Then "PC Patel" has the floor revoked with cause 4 (media burst pre-empted)
      And "PC Byrne" is granted the floor on "MPS-LX-OPS1"

    @REQ-LDN-EMER-012 @MPS @should @3gpp-24.379-4.6
    Scenario: A routine request does not interrupt imminent peril
      Given "PC Patel" declares imminent peril on "MPS-LX-OPS1"
      When "PS Okoro" presses PTT on "MPS-LX-OPS1"
      Then "PS Okoro" is queued at position 1 on "MPS-LX-OPS1"

  Rule: A lone worker can raise the alarm silently

    A silent alert is the emergency alert of TS 22.280 (TS 23.280 §10.10.1: signalling only, no call)
    raised without any sound at the handset and shown to the control room only; that it is silent
    and reaches only the dispatchers is a London assumption.

    @REQ-LDN-EMER-013 @LAS @must @3gpp-23.280-10.10.1 @london-assumption
    Scenario: A paramedic alone with a patient raises a silent alert
      When "Paramedic Okafor" raises a silent lone-worker alert on "LAS-SOUTH-SECTOR"
      Then LAS EOC receives an emergency alert from "Paramedic Okafor" within 2000 ms
      And the alert shows "Paramedic Okafor" at "Waterloo"
      And only the dispatchers of "LAS-SOUTH-SECTOR" receive the alert from "Paramedic Okafor"
      And the terminal of "Paramedic Okafor" gives no audible indication
      And no call is set up for the alert from "Paramedic Okafor" on "LAS-SOUTH-SECTOR"

  Rule: Emergencies from underground and from Airwave radios reach the control room

    @REQ-LDN-EMER-014 @MPS @must @london-assumption
    Scenario: An emergency alert from a deep Underground station carries station-level location
      An MPS officer at King's Cross St Pancras on an MPS group of Camden (EK). British Transport Police is its own
      force, with its own groups and control room: a BTP officer's emergency there is BTP's requirement, not this one.
      When "PC Adeyemi" presses the emergency button on "MPS-EK-KX1"
      Then MetCC receives an emergency alert from "PC Adeyemi" within 2000 ms
      And the alert shows "PC Adeyemi" at "King's Cross St Pancras"

    @REQ-LDN-EMER-015 @MPS @must @3gpp-23.283-10.6
    Scenario: TETRA status 0 from an Airwave radio reaches an ESN control room as an emergency alert
      Given the Airwave talkgroup "MPS-LX-TG1" is patched to "MPS-LX-OPS1"
      And "PC Doyle" of MPS uses an Airwave radio on talkgroup "MPS-LX-TG1"
      When "PC Doyle" sends TETRA status 0
      Then MetCC receives an emergency alert from "PC Doyle" within 2000 ms
