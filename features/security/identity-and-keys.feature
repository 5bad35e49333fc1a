@security
Feature: Only authorised users on authorised terminals get service
  As a service whose radio traffic is operationally sensitive
  I need every user to log on through the identity service, a lost or stolen handset to be cut off
  at once, keys to come only from the key service, and nobody to join or act on a group they are
  not entitled to
  So that criminals cannot listen to or disrupt police, fire and ambulance traffic.

  Identity and keys follow 3GPP TS 33.180 (IdMS, KMS); group rights follow TS 24.481.

  Background:
    Given the MCX service admits only users with a valid IdMS token
    And these users are logged on:
      | user             | agency | place         |
      | PS Okoro         | MPS    | Charing Cross |
      | PC Patel         | MPS    | Charing Cross |
      | FF Jones         | LFB    | Soho          |
      | Paramedic Okafor | LAS    | Waterloo      |
    And the MPS group "MPS-CW-OPS1" with members "PS Okoro" and "PC Patel"
    And the members of "MPS-CW-OPS1" are affiliated

  Rule: Log-on goes through the IdMS

    @must @3gpp-33.180-5.1.3
    Scenario Outline: A <agency> user logs on through the IdMS and gets service
      When "<user>" of <agency> logs on at "<place>"
      Then "<user>" is registered
      And the MCX service checked the IdMS token of "<user>"

      @REQ-LDN-SEC-001 @MPS
      Examples:
        | agency | user     | place   |
        | MPS    | PC Walsh | Lambeth |

      @REQ-LDN-SEC-002 @LFB
      Examples:
        | agency | user     | place  |
        | LFB    | FF Novak | Merton |

      @REQ-LDN-SEC-003 @LAS
      Examples:
        | agency | user        | place  |
        | LAS    | EMT Lindqvist | Newham |

    @REQ-LDN-SEC-004 @MPS @must @3gpp-33.180-5.1
    Scenario: A terminal without a valid token gets no service
      When "Unknown User" of MPS tries to log on at "Lambeth" with an invalid token
      Then "Unknown User" is refused service with reason "invalid token"

  Rule: A lost or stolen handset is cut off

    @REQ-LDN-SEC-005 @MPS @must @3gpp-33.180-5.1.3
    Scenario: A lost handset is cut off at once: the MCX service refuses its user
      When MPS reports the terminal of "PC Patel" lost
      And "PC Patel" presses PTT on "MPS-CW-OPS1"
      Then the call is refused with reason "revoked"
      And "PC Patel" is no longer registered

    @REQ-LDN-SEC-023 @MPS @must @3gpp-33.180-5.1.2
    Scenario: A handset reported lost cannot log back on: the IdMS issues its user no token
      Given MPS has reported the terminal of "PC Lewis" lost
      When "PC Lewis" of MPS tries to log on at "Lambeth"
      Then the IdMS refuses "PC Lewis" a token

    @REQ-LDN-SEC-006 @MPS @must @3gpp-33.180-B.12
    Scenario: Calls and SDS to a revoked user stop
      When MPS reports the terminal of "PC Patel" lost
      And "PS Okoro" sends the SDS "Meet at Agar St" to "PC Patel" requesting delivered
      Then "PC Patel" does not receive the SDS "Meet at Agar St" within 500 ms
      And the SDS is refused with reason "revoked"

  Rule: Key material comes from the KMS

    @REQ-LDN-SEC-007 @MPS @must @3gpp-33.180-5.7
    Scenario: A logged-on member receives the group's key material
      Then "PS Okoro" holds key material for "MPS-CW-OPS1" from the KMS

    @REQ-LDN-SEC-008 @MPS @LFB @must @3gpp-33.180-5.7
    Scenario: A user who is not a member gets no key for the group
      Then the KMS gives no key material for "MPS-CW-OPS1" to "FF Jones"

    @REQ-LDN-VOICE-090 @MPS @must @kpi @3gpp-22.179-R-6.15.4.2-005
    Scenario: Late entry into an encrypted group call below 350 ms for 95 % (KPI4 with application-layer encryption)
      The joining member's terminal asks the KMS for the group's key as it affiliates, with the token from its IdMS
      log-on; each entry is timed until it holds that key, is told who talks and plays their voice.
      Given the group "MPS-CW-OPS1" encrypts its media with a group key from the KMS
      And "PS Okoro" is talking on "MPS-CW-OPS1"
      When "PC Patel" joins the ongoing call on "MPS-CW-OPS1" 100 times
      Then the 95th percentile late entry time is below 350 ms over at least 100 attempts

  Rule: No service to an unaffiliated or unauthorised user

    @REQ-LDN-SEC-009 @MPS @LAS @must @3gpp-23.280-10.8
    Scenario: A user cannot affiliate to a group they are not a member of
      When "Paramedic Okafor" tries to affiliate to "MPS-CW-OPS1"
      Then the affiliation is refused with reason "not a member"

    @REQ-LDN-SEC-010 @MPS @must @3gpp-23.280-10.8
    Scenario: An unaffiliated user cannot talk on a group that requires affiliation
      Given the MPS group "MPS-CW-OPS2" with members "PS Okoro" and "PC Patel"
      When "PC Patel" presses PTT on "MPS-CW-OPS2"
      Then the call is refused with reason "not affiliated"

    @REQ-LDN-SEC-011 @MPS @must @3gpp-24.379-4.6
    Scenario: No emergency on a group that does not allow it
      Given the group "MPS-CW-OPS1" is configured with:
        | setting         | value |
        | allow emergency | no    |
      When "PC Patel" presses the emergency button on "MPS-CW-OPS1"
      Then the emergency is refused with reason "emergency not allowed"

    @REQ-LDN-SEC-012 @MPS @must @3gpp-23.280-10.10
    Scenario: A user cannot cancel another user's emergency
      Given "PS Okoro" presses the emergency button on "MPS-CW-OPS1"
      When "PC Patel" cancels the emergency of "PS Okoro" on "MPS-CW-OPS1"
      Then the cancellation is refused with reason "not authorised"
