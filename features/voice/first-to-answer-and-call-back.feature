@voice
Feature: First-to-answer calls and call-back requests
  As a dispatcher who needs any one of several crews now, and as a user who cannot talk this minute
  I need a call offered to several users at once that the first to answer takes, the others released, and a way to ask
  my dispatcher to call me back that stays on their screen until they do
  So that an urgent job goes to whoever is free first, and a request for a call back is neither lost nor left behind.

  First-to-answer calls are TS 23.379 §10.15 (the others are released: SIP CANCEL with "call completed elsewhere",
  RFC 3326); call-back requests are TS 24.379 Annex G.13.

  Rule: The first to answer takes the call and the others stop ringing

    @should @3gpp-23.379-10.15
    Scenario Outline: A first-to-answer call from <control room> connects the first <agency> user to accept and releases the others
      Given these users are logged on:
        | user     | agency   | place   |
        | <first>  | <agency> | <place> |
        | <second> | <agency> | <place> |
        | <third>  | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      When "<dispatcher>" makes a first-to-answer call to "<first>", "<second>" and "<third>"
      Then "<first>" is offered a private call from "<dispatcher>"
      And "<second>" is offered a private call from "<dispatcher>"
      And "<third>" is offered a private call from "<dispatcher>"
      When "<second>" accepts the private call
      Then "<dispatcher>" and "<second>" are in a private call
      And "<first>" and "<third>" stop ringing because the call was answered elsewhere

      @REQ-LDN-VOICE-058 @MPS
      Examples: MPS
        | agency | first    | second   | third    | place   | dispatcher            | control room |
        | MPS    | PC Patel | PC Byrne | PS Okoro | Brixton | MetCC Dispatcher Ward | MetCC        |

      @REQ-LDN-VOICE-059 @LFB
      Examples: LFB
        | agency | first    | second   | third              | place             | dispatcher               | control room |
        | LFB    | FF Jones | FF Ahmed | Watch Manager Cole | Soho fire station | LFB Control Officer Khan | LFB Control  |

      @REQ-LDN-VOICE-060 @LAS
      Examples: LAS
        | agency | first            | second    | third           | place    | dispatcher              | control room |
        | LAS    | Paramedic Okafor | EMT Silva | Paramedic Nwosu | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      |

  Rule: A call-back request stands until the call back is made

    @should @3gpp-24.379-G.13
    Scenario Outline: <user> asks the <control room> dispatcher to call back, and the request clears when they do
      Given these users are logged on:
        | user   | agency   | place   |
        | <user> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      When "<user>" asks "<dispatcher>" to call back
      Then "<dispatcher>" is shown a call-back request from "<user>"
      When "<dispatcher>" makes a private call to "<user>" with manual commencement
      Then "<user>" is offered a private call from "<dispatcher>"
      And the call-back request from "<user>" to "<dispatcher>" is cleared

      @REQ-LDN-VOICE-061 @MPS
      Examples: MPS
        | agency | user     | place   | dispatcher            | control room |
        | MPS    | PC Patel | Brixton | MetCC Dispatcher Ward | MetCC        |

      @REQ-LDN-VOICE-062 @LFB
      Examples: LFB
        | agency | user               | place             | dispatcher               | control room |
        | LFB    | Watch Manager Cole | Soho fire station | LFB Control Officer Khan | LFB Control  |

      @REQ-LDN-VOICE-063 @LAS
      Examples: LAS
        | agency | user             | place    | dispatcher              | control room |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      |
