@interop
Feature: JESIP multi-agency working on ESN
  As the commanders of the Met, London Fire Brigade and London Ambulance Service at a major incident
  I need one shared talkgroup that all three services join quickly, hailing groups every control room
  watches, and crews moved onto the incident without touching their handsets
  So that we co-locate, communicate and co-ordinate as JESIP asks, with shared situational awareness.

  The 60 s figure is a London assumption (configurable). Priority by incident type comes from
  3GPP TS 22.179 §6.8.6: the shared group's document in the GMS (TS 24.481) ranks its members with a
  user-priority per incident type, and the MCX service reads it from there.

  Background:
    Given these users are logged on:
      | user                  | agency | place                   |
      | Superintendent Hale   | MPS    | King's Cross St Pancras |
      | PC Patel              | MPS    | King's Cross St Pancras |
      | Station Manager Reyes | LFB    | King's Cross St Pancras |
      | FF Jones              | LFB    | King's Cross St Pancras |
      | Duty Officer Mensah   | LAS    | King's Cross St Pancras |
      | Paramedic Okafor      | LAS    | King's Cross St Pancras |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC

  Rule: A multi-agency interoperability group brings the three commanders together

    @REQ-LDN-INTEROP-001 @MPS @LFB @LAS @must @kpi @london-assumption
    Scenario: The commanders of all three services are affiliated and can talk within 60 s
      Given the multi-agency group "LDN-MAJOR-INCIDENT-1" with members "Superintendent Hale", "Station Manager Reyes", "Duty Officer Mensah", "MetCC Dispatcher Ward", "LFB Control Officer Khan" and "LAS EOC Dispatcher Reid"
      When MetCC activates "LDN-MAJOR-INCIDENT-1" for incident "Major incident declared: King's Cross St Pancras"
      And the MetCC dispatcher affiliates "Superintendent Hale", "Station Manager Reyes", "Duty Officer Mensah", "LFB Control Officer Khan" and "LAS EOC Dispatcher Reid" to "LDN-MAJOR-INCIDENT-1"
      Then "Superintendent Hale", "Station Manager Reyes" and "Duty Officer Mensah" are affiliated to "LDN-MAJOR-INCIDENT-1" within 60000 ms
      When "Station Manager Reyes" starts a group call on "LDN-MAJOR-INCIDENT-1"
      Then every other member of "LDN-MAJOR-INCIDENT-1" hears "Station Manager Reyes"

    @must @3gpp-23.379-10.6.2.3.1.1.2
    Scenario Outline: <control room> monitors the London hailing group
      Given the multi-agency group "LDN-HAILING" with members "MetCC Dispatcher Ward", "LFB Control Officer Khan", "LAS EOC Dispatcher Reid", "PC Patel", "FF Jones" and "Paramedic Okafor"
      And the members of "LDN-HAILING" are affiliated
      When "<caller>" starts a group call on "LDN-HAILING"
      Then the <control room> console shows "<caller>" talking on "LDN-HAILING"

      @REQ-LDN-INTEROP-002 @MPS @LFB @LAS
      Examples:
        | control room | caller           |
        | MetCC        | FF Jones         |

      @REQ-LDN-INTEROP-003 @MPS @LFB @LAS
      Examples:
        | control room | caller           |
        | LFB Control  | Paramedic Okafor |

      @REQ-LDN-INTEROP-004 @MPS @LFB @LAS
      Examples:
        | control room | caller   |
        | LAS EOC      | PC Patel |

  Rule: A dispatcher moves crews onto an incident group remotely

    @REQ-LDN-INTEROP-005 @LAS @must @3gpp-23.280-10.8
    Scenario: LAS EOC affiliates a crew to an incident group without the crew touching the handset
      Given the LAS group "LAS-INC-0412" with members "LAS EOC Dispatcher Reid", "Duty Officer Mensah" and "Paramedic Okafor"
      When the LAS EOC dispatcher affiliates "Paramedic Okafor" to "LAS-INC-0412"
      Then "Paramedic Okafor" is affiliated to "LAS-INC-0412" within 2000 ms
      And "Paramedic Okafor" did not touch the handset

  Rule: Priority follows the incident type on a shared group

    @must @3gpp-22.179-6.8.6
    Scenario Outline: At <incident> the <winner agency> user's floor request beats the <loser agency> user's
      Given the GMS serves the "<document>" document of the multi-agency group "LDN-SHARED-1"
      And the members of "LDN-SHARED-1" are affiliated
      And "<loser>" is talking on "LDN-SHARED-1"
      When "<winner>" presses PTT on "LDN-SHARED-1"
      Then "<loser>" has the floor revoked with cause 4 (media burst pre-empted)
      And "<winner>" is granted the floor on "LDN-SHARED-1"

      @REQ-LDN-INTEROP-006 @LFB @MPS
      Examples: fire
        | incident | document | winner   | winner agency | loser    | loser agency |
        | a fire   | fire     | FF Jones | LFB           | PC Patel | MPS          |

      @REQ-LDN-INTEROP-007 @MPS @LFB
      Examples: arrest
        | incident  | document | winner   | winner agency | loser    | loser agency |
        | an arrest | arrest   | PC Patel | MPS           | FF Jones | LFB          |

    @REQ-LDN-INTEROP-103 @MPS @LFB @must @3gpp-22.179-6.8.6 @london-assumption
    Scenario: When the shared group's document changes from a fire to an arrest, the MCX service follows the new priorities
      Given the GMS serves the "fire" document of the multi-agency group "LDN-SHARED-1"
      And the GMS serves the "arrest" document of the multi-agency group "LDN-SHARED-1"
      And the members of "LDN-SHARED-1" are affiliated
      And "FF Jones" is talking on "LDN-SHARED-1"
      When "PC Patel" presses PTT on "LDN-SHARED-1"
      Then "FF Jones" has the floor revoked with cause 4 (media burst pre-empted)
      And "PC Patel" is granted the floor on "LDN-SHARED-1"
