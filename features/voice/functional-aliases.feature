@voice
Feature: Functional aliases: the role a user acts in, on every transmission and as a call target
  As a control room dispatching by callsign ("Trojan 21" for an MPS armed response vehicle, "RRU43" for an LAS rapid
  response unit, "E271" for an LFB appliance)
  I need users to take up and hand over a functional alias on their terminals, listeners and consoles to see the alias
  of whoever is talking, and a call to an alias to reach whoever holds it now
  So that I talk to the role, not to a person I have to look up, as with Airwave callsigns today.

  Functional aliases are TS 23.280 §10.13 (activation §10.13.4, de-activation §10.13.5); the floor control flows carry
  the talker's alias (TS 23.379 §10.9.1.2) and a private call may be addressed to one (TS 23.379 §10.7.2.1.1). The
  callsigns below are illustrative.

  Rule: A user acting in a role is heard and shown under it

    @must @3gpp-23.379-10.9.1.2
    Scenario Outline: <agency> listeners and the control room see the talker under the functional alias they activated
      Given these users are logged on:
        | user       | agency   | place   |
        | <talker>   | <agency> | <place> |
        | <listener> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>", "<talker>" and "<listener>"
      And the members of "<group>" are affiliated
      And the functional alias "<alias>" may be held by "<talker>", one at a time
      When "<talker>" activates the functional alias "<alias>"
      And "<talker>" starts a group call on "<group>"
      Then "<listener>" sees "<talker>" talking on "<group>" as "<alias>"
      And the <control room> console shows "<talker>" talking on "<group>" as "<alias>"

      @REQ-LDN-VOICE-050 @MPS
      Examples: MPS armed response
        | agency | talker  | listener | place   | dispatcher            | control room | group       | alias     |
        | MPS    | PC Hart | PS Okoro | Brixton | MetCC Dispatcher Ward | MetCC        | MPS-LX-OPS1 | Trojan 21 |

      @REQ-LDN-VOICE-051 @LFB
      Examples: LFB officer in charge of an appliance
        | agency | talker             | listener | place             | dispatcher               | control room | group      | alias    |
        | LFB    | Watch Manager Cole | FF Jones | Soho fire station | LFB Control Officer Khan | LFB Control  | FLON-OPS01 | E271 OIC |

      @REQ-LDN-VOICE-052 @LAS
      Examples: LAS rapid response unit
        | agency | talker           | listener  | place    | dispatcher              | control room | group            | alias |
        | LAS    | Paramedic Okafor | EMT Silva | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LAS-SOUTH-SECTOR | RRU43 |

  Rule: An alias configured for one holder is one user's at a time, and passes on when handed over

    @REQ-LDN-VOICE-053 @MPS @must @3gpp-23.280-10.13.4
    Scenario: Only one officer at a time can be "Trojan 21"
      Given these users are logged on:
        | user      | agency | place   |
        | PC Hart   | MPS    | Brixton |
        | PC Reilly | MPS    | Brixton |
      And the functional alias "Trojan 21" may be held by "PC Hart" and "PC Reilly", one at a time
      And "PC Hart" activates the functional alias "Trojan 21"
      When "PC Reilly" activates the functional alias "Trojan 21"
      Then the activation is refused with reason "held by another user"
      And only "PC Hart" holds the functional alias "Trojan 21"

    @must @3gpp-23.280-10.13.5 @3gpp-23.379-10.7.2.1.1
    Scenario Outline: After <old holder> hands "<alias>" over, a call to the alias reaches <new holder> (<agency>)
      Given these users are logged on:
        | user         | agency   | place   |
        | <old holder> | <agency> | <place> |
        | <new holder> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the functional alias "<alias>" may be held by "<old holder>" and "<new holder>", one at a time
      And "<old holder>" activates the functional alias "<alias>"
      When "<old holder>" deactivates the functional alias "<alias>"
      And "<new holder>" activates the functional alias "<alias>"
      And "<dispatcher>" calls the functional alias "<alias>"
      Then "<new holder>" is offered a call from "<dispatcher>" for "<alias>"
      When "<new holder>" accepts the private call
      Then "<dispatcher>" and "<new holder>" are in a private call

      @REQ-LDN-VOICE-054 @MPS
      Examples: MPS shift change on an armed response vehicle
        | agency | old holder | new holder | place   | dispatcher            | control room | alias     |
        | MPS    | PC Hart    | PC Reilly  | Brixton | MetCC Dispatcher Ward | MetCC        | Trojan 21 |

      @REQ-LDN-VOICE-055 @LFB
      Examples: LFB watch change on an appliance
        | agency | old holder         | new holder         | place             | dispatcher               | control room | alias    |
        | LFB    | Watch Manager Cole | Crew Manager Price | Soho fire station | LFB Control Officer Khan | LFB Control  | E271 OIC |

      @REQ-LDN-VOICE-056 @LAS
      Examples: LAS shift change on a rapid response unit
        | agency | old holder       | new holder      | place                      | dispatcher              | control room | alias |
        | LAS    | Paramedic Okafor | Paramedic Nwosu | Waterloo ambulance station | LAS EOC Dispatcher Reid | LAS EOC      | RRU43 |

  Rule: A shared alias rings everyone who holds it

    @REQ-LDN-VOICE-057 @LFB @should @3gpp-23.379-10.15 @london-assumption
    Scenario: A call to an appliance's shared callsign rings its whole crew, and the first to answer takes it
      A call addressed to an alias several users hold is offered to all of them first-to-answer (TS 23.379 §10.15 allows a
      functional alias as a first-to-answer target; treating a private call to a shared alias the same way is a London
      assumption).
      Given these users are logged on:
        | user     | agency | place             |
        | FF Jones | LFB    | Soho fire station |
        | FF Ahmed | LFB    | Soho fire station |
      And "LFB Control Officer Khan" is a dispatcher at LFB Control
      And the functional alias "E271" may be shared by "FF Jones" and "FF Ahmed"
      And "FF Jones" activates the functional alias "E271"
      And "FF Ahmed" activates the functional alias "E271"
      When "LFB Control Officer Khan" calls the functional alias "E271"
      Then "FF Jones" is offered a call from "LFB Control Officer Khan" for "E271"
      And "FF Ahmed" is offered a call from "LFB Control Officer Khan" for "E271"
      When "FF Ahmed" accepts the private call
      Then "LFB Control Officer Khan" and "FF Ahmed" are in a private call
      And "FF Jones" stops ringing because the call was answered elsewhere
