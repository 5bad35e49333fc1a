@interop
Feature: A crew member of another service on a service's group is served as one of its own
  As LAS, which puts LFB co-responders on its incident groups and firefighters at the wheel of its ambulances; as
  LFB, which has LAS HART paramedics working with its crews inside the inner cordon at a fire; and as MPS, whose MetCC
  runs the London interoperability group with the fire and ambulance crews at a police-led major incident
  I need a crew member of another service on my group to queue, talk, be shown by callsign and position, be
  recorded, raise an emergency or a man-down alert, take my control room's messages and survive a site or core fault
  exactly as my own crews do
  So that a mixed crew works as one and my control room never loses sight of someone because of their uniform.

  The arrangements are London's (ESN-DOMAIN: LFB co-responding for LAS, firefighters driving ambulances, HART at fires,
  JESIP interoperability groups at a major incident); how they are set up on ESN is a London assumption: the crew
  member keeps their own service's identity and terminal, is a member of the host's group, and the host's control room
  dispatches them. Each requirement has one example per arrangement, each with its own people, group and control room:
  LFB co-responders with an LAS paramedic on the LAS incident group at Lambeth (LAS EOC); a firefighter driving an
  ambulance with a paramedic on the LAS sector group at Waterloo (LAS EOC); a HART paramedic with an LFB crew on the
  fireground group at One Canada Square (LFB Control); a firefighter and a paramedic on the interoperability group
  MetCC runs at a major incident in Whitehall. The callsigns are illustrative; the times are the catalogue's London
  assumptions (5 s to recover; 1 s of talk time for a quick check of timer T2, whose London default is 30 s).

  Rule: A crew member on another service's group has the floor as that service's own crews do

    @must @london-assumption @3gpp-24.380-6.3
    Scenario Outline: <guest> of <guest agency> waits in the queue behind <crew> on <group> and is granted the floor in turn
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And "<crew>" is talking on "<group>"
      When "<guest>" presses PTT on "<group>"
      Then "<guest>" is queued at position 1 on "<group>"
      When "<crew>" releases PTT on "<group>"
      Then "<guest>" is granted the floor on "<group>"

      @REQ-LDN-CORESP-009 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-010 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-069 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-070 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

    @must @london-assumption @3gpp-24.380-6.3
    Scenario Outline: A talk time over the limit of <group> revokes <guest> of <guest agency> as it would <crew>
      The London default is 30 s (timer T2); 1 s here so that the check runs quickly.
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And the group "<group>" is configured with:
        | setting           | value |
        | maximum talk time | 1 s   |
      And "<guest>" is talking on "<group>"
      When "<guest>" keeps talking for 1 s
      Then "<guest>" has the floor revoked with cause 2 (talk time exceeded)
      And every member of "<group>" sees the floor idle

      @REQ-LDN-CORESP-010 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-011 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-071 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-072 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

    @must @london-assumption @3gpp-23.379-10.9.1.2
    Scenario Outline: <crew> and <control room> see <guest> of <guest agency> talking on <group> under the callsign "<alias>"
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And the functional alias "<alias>" may be held by "<guest>", one at a time
      And "<guest>" activates the functional alias "<alias>"
      When "<guest>" starts a group call on "<group>"
      Then "<crew>" sees "<guest>" talking on "<group>" as "<alias>"
      And the <control room> console shows "<guest>" talking on "<group>" as "<alias>"

      @REQ-LDN-CORESP-011 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        | alias             |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 | E271 CO-RESPONDER |

      @REQ-LDN-FFAMB-012 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              | alias       |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR | A241 DRIVER |

      @REQ-LDN-INTEROP-073 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     | alias  |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 | HART 1 |

      @REQ-LDN-INTEROP-074 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                | alias        |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 | LFB BRONZE 1 |

    @must @london-assumption @3gpp-23.280-10.9
    Scenario Outline: <crew> and <control room> see where <guest> of <guest agency> is talking from on <group>
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When "<guest>" moves to "<elsewhere>"
      And "<guest>" starts a group call on "<group>"
      Then "<crew>" sees "<guest>" talking on "<group>" at "<elsewhere>"
      And the <control room> console shows "<guest>" talking on "<group>" at "<elsewhere>"

      @REQ-LDN-CORESP-012 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        | elsewhere |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 | Stockwell |

      @REQ-LDN-FFAMB-013 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              | elsewhere  |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR | Camberwell |

      @REQ-LDN-INTEROP-075 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     | elsewhere |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 | Newham    |

      @REQ-LDN-INTEROP-076 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                | elsewhere        |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 | Trafalgar Square |

    @must @london-assumption
    Scenario Outline: <control room> records the call on <group> with the bursts of <guest> of <guest agency> in their place
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When "<guest>", "<dispatcher>" and "<crew>" take turns talking on "<group>"
      Then the recording of the call on "<group>" holds the talk bursts of "<guest>", "<dispatcher>" and "<crew>" in that order

      @REQ-LDN-CORESP-013 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-014 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-077 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-078 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

  Rule: An emergency of a crew member on another service's group is handled by that service's control room

    @must @london-assumption @3gpp-24.380-6.3
    Scenario Outline: The emergency of <guest> of <guest agency> on <group> pre-empts <crew> and makes the call an emergency call
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And "<crew>" is talking on "<group>"
      When "<guest>" presses the emergency button on "<group>"
      Then "<crew>" has the floor revoked with cause 4 (media burst pre-empted)
      And "<guest>" is granted the floor on "<group>"
      And the call on "<group>" is an emergency call

      @REQ-LDN-CORESP-014 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-015 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-079 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-080 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

    @must @london-assumption @3gpp-23.280-10.10
    Scenario Outline: <guest> of <guest agency> cancels their own emergency on <group> and <control room> sees it end
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And "<guest>" presses the emergency button on "<group>"
      When "<guest>" cancels the emergency on "<group>"
      Then <control room> sees 0 active emergencies on "<group>"
      And the <control room> console shows the emergency of "<guest>" cancelled
      And the call on "<group>" is not an emergency call

      @REQ-LDN-CORESP-015 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-016 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-081 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-082 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

    @must @london-assumption
    Scenario Outline: <guest> of <guest agency> stops moving and <control room> receives a man-down alert saying where they are
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And the terminal of "<guest>" has "<group>" selected
      And the terminal of "<guest>" raises a man-down alert after 1 s without movement
      When "<guest>" stops moving
      Then <control room> receives a man-down alert from "<guest>" at "<place>" within 5000 ms

      @REQ-LDN-CORESP-016 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-017 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-083 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-084 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

    @must @london-assumption @3gpp-23.280-10.10.1
    Scenario Outline: <guest> of <guest agency> presses the emergency button with no coverage and <control room> receives it on their return
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When "<guest>" loses coverage
      And "<guest>" presses the emergency button on "<group>" without coverage
      And "<guest>" moves to "<elsewhere>"
      Then <control room> receives the emergency alert "<guest>" raised without coverage, showing them at "<place>", within 5000 ms

      @REQ-LDN-CORESP-017 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        | elsewhere |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 | Stockwell |

      @REQ-LDN-FFAMB-018 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              | elsewhere  |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR | Camberwell |

      @REQ-LDN-INTEROP-085 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     | elsewhere |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 | Newham    |

      @REQ-LDN-INTEROP-086 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                | elsewhere        |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 | Trafalgar Square |

    @must @london-assumption @3gpp-24.380-7.2 @3gpp-24.379-10.2.3
    Scenario Outline: Below ground with no coverage, the direct-mode emergency of <guest> of <guest agency> pre-empts <crew>
      Given these users are in direct mode on "<direct-mode group>":
        | user    | agency         | place      |
        | <crew>  | <crew agency>  | <basement> |
        | <guest> | <guest agency> | <basement> |
      And "<crew>" is talking in direct mode on "<direct-mode group>"
      When "<guest>" starts an emergency call in direct mode on "<direct-mode group>"
      Then "<guest>" has the floor in direct mode on "<direct-mode group>"
      And "<crew>" sees "<guest>" talking in direct mode
      And "<crew>" sees the direct-mode call on "<direct-mode group>" as an emergency call

      @REQ-LDN-CORESP-018 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | direct-mode group | basement                          |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS-DMO-5         | Sub-basement with no ESN coverage |

      @REQ-LDN-FFAMB-019 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | direct-mode group | basement                 |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS-DMO-6         | Wembley Stadium basement |

      @REQ-LDN-INTEROP-087 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | direct-mode group | basement                          |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | FLON-FG09         | Sub-basement with no ESN coverage |

      @REQ-LDN-INTEROP-088 @LFB @LAS
      Examples: a firefighter and a paramedic from the major incident, below ground in direct mode
        | guest    | guest agency | crew             | crew agency | direct-mode group | basement                          |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | LDN-USAR-1        | Sub-basement with no ESN coverage |

  Rule: The control room reaches a crew member of another service on its group as its own

    @must @london-assumption @3gpp-36.579-7-6.1.2
    Scenario Outline: <control room>'s message to <group> reaches <guest> of <guest agency> and <crew>, and it sees both read it
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When "<dispatcher>" sends the SDS "<message>" to group "<group>" requesting delivered and read
      Then every other member of "<group>" receives the SDS "<message>" within 5000 ms
      When every other member of "<group>" reads the SDS "<message>"
      Then "<dispatcher>" sees read from every other member of "<group>"

      @REQ-LDN-CORESP-019 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        | message                                    |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 | C1-0977: ambulance 4 min out, continue CPR |

      @REQ-LDN-FFAMB-020 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              | message                          |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR | C2-5122: fall, 14 Roupell St SE1 |

      @REQ-LDN-INTEROP-089 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     | message                              |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 | Casualty clearing at the south lobby |

      @REQ-LDN-INTEROP-090 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                | message                                          |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 | Casualty clearing station at Horse Guards Parade |

    @must @london-assumption @3gpp-23.280-10.8
    Scenario Outline: <control room> moves <guest> of <guest agency> onto its incident group <incident group> without them touching the handset
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      And the <host> group "<incident group>" with members "<dispatcher>" and "<guest>"
      And "<dispatcher>" joins "<incident group>"
      When the <control room> dispatcher affiliates "<guest>" to "<incident group>"
      Then "<guest>" is affiliated to "<incident group>" within 2000 ms
      And "<guest>" did not touch the handset
      When "<dispatcher>" starts a group call on "<incident group>"
      Then "<guest>" hears "<dispatcher>"

      @REQ-LDN-FFAMB-021 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              | incident group |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR | LAS-INC-1311   |

      @REQ-LDN-INTEROP-091 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     | incident group |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 | FLON-INC-0412  |

      @REQ-LDN-INTEROP-092 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                | incident group       |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 | LDN-MAJOR-INCIDENT-2 |

    @must @london-assumption @3gpp-33.180-5.1.3
    Scenario Outline: When <guest agency> reports the terminal of <guest> lost, <control room> can no longer reach it on <group>
      Given the MCX service admits only users with a valid IdMS token
      And these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When <guest agency> reports the terminal of "<guest>" lost
      And "<guest>" presses PTT on "<group>"
      Then the call is refused with reason "revoked"
      And "<guest>" is no longer registered
      When "<dispatcher>" sends the SDS "<message>" to "<guest>" requesting delivered
      Then "<guest>" does not receive the SDS "<message>" within 500 ms
      And the SDS is refused with reason "revoked"

      @REQ-LDN-CORESP-020 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        | message                                    |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 | C1-0977: ambulance 4 min out, continue CPR |

      @REQ-LDN-FFAMB-022 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              | message                          |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR | C2-5122: fall, 14 Roupell St SE1 |

      @REQ-LDN-INTEROP-093 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     | message                              |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 | Casualty clearing at the south lobby |

      @REQ-LDN-INTEROP-094 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                | message                                          |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 | Casualty clearing station at Horse Guards Parade |

  Rule: Crews of two services on one group ride out site and core faults together

    @must @london-assumption
    Scenario Outline: When the site serving <place> fails, <guest> of <guest agency> and <crew> are back on <group> through a neighbour within 5 s
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When the site serving "<place>" fails
      Then the <control room> console is told of the outage of the site serving "<place>"
      And "<guest>" is registered and affiliated to "<group>" within 5000 ms
      And "<crew>" is registered and affiliated to "<group>" within 5000 ms
      And the <control room> console is told "<guest>" is back in service within 5000 ms
      When "<crew>" starts a group call on "<group>"
      Then every other member of "<group>" hears "<crew>"

      @REQ-LDN-CORESP-021 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-023 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-095 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-096 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |

    @must @london-assumption
    Scenario Outline: After a core failover <control room> still reaches <guest> of <guest agency> and <crew> on <group>
      Given these users are logged on:
        | user    | agency         | place   |
        | <guest> | <guest agency> | <place> |
        | <crew>  | <crew agency>  | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <host> group "<group>" with members "<dispatcher>", "<guest>" and "<crew>"
      And the members of "<group>" are affiliated
      When the MCX core fails over
      And "<dispatcher>" starts a group call on "<group>"
      Then every other member of "<group>" hears "<dispatcher>"

      @REQ-LDN-CORESP-022 @LFB @LAS
      Examples: LFB co-responders on the LAS incident group at a cardiac arrest
        | guest     | guest agency | crew           | crew agency | host | place   | dispatcher              | control room | group        |
        | Crew E271 | LFB          | Paramedic Dunn | LAS         | LAS  | Lambeth | LAS EOC Dispatcher Reid | LAS EOC      | LAS-INC-0977 |

      @REQ-LDN-FFAMB-024 @LFB @LAS
      Examples: a firefighter driving an LAS ambulance on the LAS sector group
        | guest    | guest agency | crew             | crew agency | host | place                      | dispatcher              | control room | group              |
        | FF Novak | LFB          | Paramedic Okafor | LAS         | LAS  | Waterloo ambulance station | LAS EOC Dispatcher Bell | LAS EOC      | LAS-CENTRAL-SECTOR |

      @REQ-LDN-INTEROP-097 @LFB @LAS
      Examples: an LAS HART paramedic on the LFB fireground group at a tower-block fire
        | guest               | guest agency | crew              | crew agency | host | place             | dispatcher                  | control room | group     |
        | HART Paramedic Reid | LAS          | Crew Manager Hale | LFB         | LFB  | One Canada Square | LFB Control Dispatcher Shaw | LFB Control  | FLON-FG03 |

      @REQ-LDN-INTEROP-098 @MPS @LFB @LAS
      Examples: a firefighter and a paramedic on the interoperability group MetCC runs at a major incident
        | guest    | guest agency | crew             | crew agency | host         | place     | dispatcher            | control room | group                |
        | FF Jones | LFB          | Paramedic Hughes | LAS         | multi-agency | Whitehall | MetCC Dispatcher Ward | MetCC        | LDN-MAJOR-INCIDENT-1 |
