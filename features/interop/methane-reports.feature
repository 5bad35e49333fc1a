@interop
Feature: METHANE reports as structured data to the three control rooms
  As the first commander at a major incident (police, fire or ambulance)
  I need my METHANE report to reach MetCC, LFB Control and the LAS EOC at once, as data each control room's system can
  read element by element, and to be told at once when my report is incomplete
  So that the three services share one picture of the incident from the first minutes (JESIP: jointly understand risk,
  shared situational awareness).

  JESIP M/ETHANE (ESN-DOMAIN-DEPTH §5): Major incident declared or standby, Exact location, Type of incident, Hazards
  present and potential, Access and egress, Number of casualties, Emergency services present and required; below the
  major-incident threshold it is an ETHANE report without the M. On ESN the report is an MCData SDS (TS 24.282) with a
  structured payload for the application "jesip-methane" (the JSON of esn.mcx.v1.MethaneReport), sent to a multi-agency
  group of the three control rooms. London assumptions (configurable): the MCX service refuses an incomplete report with
  a reason naming the missing element, and a report reaches each control room within 5 s.

  Background:
    Given these users are logged on:
      | user                  | agency | place                 |
      | Superintendent Hale   | MPS    | Victoria Embankment   |
      | Station Manager Reyes | LFB    | Victoria Embankment   |
      | Duty Officer Mensah   | LAS    | Victoria Embankment   |
      | Inspector Grant       | MPS    | Notting Hill Carnival |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the multi-agency group "LDN-CONTROL-ROOMS" with members "MetCC Dispatcher Ward", "LFB Control Officer Khan", "LAS EOC Dispatcher Reid", "Superintendent Hale", "Station Manager Reyes", "Duty Officer Mensah" and "Inspector Grant"
    And the members of "LDN-CONTROL-ROOMS" are affiliated

  Rule: A complete METHANE reaches every control room with every element intact

    @REQ-LDN-INTEROP-063 @MPS @LFB @LAS @must @london-assumption
    Scenario: The fire brigade's incident commander declares a major incident on the Embankment
      When "Station Manager Reyes" sends a METHANE report to "LDN-CONTROL-ROOMS":
        | element                     | value                                                        |
        | major incident              | declared                                                     |
        | exact location              | Victoria Embankment by Hungerford Bridge, TQ 30500 80280     |
        | type of incident            | crowd crush after the New Year's Eve fireworks               |
        | hazards                     | crowd surge towards Embankment station; river edge; ice      |
        | access                      | from Northumberland Avenue; RVP Whitehall Place              |
        | casualties                  | 40: 6 P1, 14 P2, 20 P3                                       |
        | emergency services present  | MPS; LFB; LAS                                                |
        | emergency services required | LAS HART; more ambulances; MPS public order units            |
      Then the MetCC console receives the report from "Station Manager Reyes" with every element as sent within 5000 ms
      And the LFB Control console receives the report from "Station Manager Reyes" with every element as sent within 5000 ms
      And the LAS EOC console receives the report from "Station Manager Reyes" with every element as sent within 5000 ms

    @must @london-assumption
    Scenario Outline: A METHANE from the <service> commander reaches the other two services' control rooms
      When "<commander>" sends a METHANE report to "LDN-CONTROL-ROOMS":
        | element                     | value                                           |
        | major incident              | standby                                         |
        | exact location              | Victoria Embankment, Embankment station exit    |
        | type of incident            | <type>                                          |
        | hazards                     | crowd density                                   |
        | access                      | from Villiers Street; RVP Whitehall Place       |
        | casualties                  | 3: walking wounded                              |
        | emergency services present  | <service>                                       |
        | emergency services required | <required>                                      |
      Then the <first room> console receives the report from "<commander>" with every element as sent within 5000 ms
      And the <second room> console receives the report from "<commander>" with every element as sent within 5000 ms

      @REQ-LDN-INTEROP-064 @MPS @LFB @LAS
      Examples: police commander
        | service | commander           | type                 | required | first room  | second room |
        | MPS     | Superintendent Hale | crowd crush risk     | LAS; LFB | LFB Control | LAS EOC     |

      @REQ-LDN-INTEROP-065 @MPS @LFB @LAS
      Examples: fire commander
        | service | commander             | type                   | required | first room | second room |
        | LFB     | Station Manager Reyes | smoke from a river bus | LAS; MPS | MetCC      | LAS EOC     |

      @REQ-LDN-INTEROP-066 @MPS @LFB @LAS
      Examples: ambulance commander
        | service | commander           | type                    | required | first room | second room |
        | LAS     | Duty Officer Mensah | several people collapsed | MPS; LFB | MetCC      | LFB Control |

  Rule: An incomplete report is refused back to the commander and reaches nobody

    @REQ-LDN-INTEROP-067 @MPS @LFB @LAS @must @london-assumption
    Scenario: A METHANE without hazards is refused with a reason and no control room receives it
      When "Duty Officer Mensah" sends a METHANE report to "LDN-CONTROL-ROOMS":
        | element                     | value                                    |
        | major incident              | declared                                 |
        | exact location              | Victoria Embankment by Cleopatra's Needle |
        | type of incident            | crowd crush                              |
        | access                      | from Temple Place                        |
        | casualties                  | 12: 2 P1, 10 P3                          |
        | emergency services present  | LAS; MPS                                 |
        | emergency services required | LFB                                      |
      Then the report is refused with reason "hazards"
      And no control room receives a report from "Duty Officer Mensah" within 1000 ms

  Rule: Below the major-incident threshold the report is an ETHANE

    @REQ-LDN-INTEROP-068 @MPS @LFB @LAS @should @london-assumption
    Scenario: An MPS inspector's ETHANE from Carnival reaches the three control rooms intact
      When "Inspector Grant" sends an ETHANE report to "LDN-CONTROL-ROOMS":
        | element                     | value                                          |
        | exact location              | Ladbroke Grove by Lancaster Road               |
        | type of incident            | stabbing in the crowd                          |
        | hazards                     | crowd pressure at the junction; knife not found |
        | access                      | from Westbourne Park Road; RVP Portobello Road |
        | casualties                  | 1: P1                                          |
        | emergency services present  | MPS                                            |
        | emergency services required | LAS                                            |
      Then the MetCC console receives the report from "Inspector Grant" with every element as sent within 5000 ms
      And the LAS EOC console receives the report from "Inspector Grant" with every element as sent within 5000 ms
      And the LFB Control console receives the report from "Inspector Grant" with every element as sent within 5000 ms
