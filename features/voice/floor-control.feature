@voice
Feature: Floor control: one talker at a time, in a fair order
  As a crew member on a busy operational group
  I need to know at once whether I may talk, to wait my turn in order when someone else is talking,
  and never to lock the group with a stuck button
  So that nobody talks over anyone and nobody is left unheard at an incident.

  Floor control follows 3GPP TS 24.380 (ESN-DOMAIN §4). Deny and revoke causes are shown with their
  number so a radio engineer can match them to the standard.

  Background:
    Given these users are logged on:
      | user               | agency | place             |
      | Watch Manager Cole | LFB    | Soho fire station |
      | FF Jones           | LFB    | Soho fire station |
      | FF Ahmed           | LFB    | Soho fire station |
      | FF Novak           | LFB    | Soho fire station |
    And the LFB group "FLON-OPS01" with members "Watch Manager Cole", "FF Jones", "FF Ahmed" and "FF Novak"
    And the members of "FLON-OPS01" are affiliated

  Rule: A second talker waits in a queue and is told their place

    @REQ-LDN-VOICE-011 @LFB @must @3gpp-24.380-6.3
    Scenario: A second talker is queued with their position
      Given "Watch Manager Cole" is talking on "FLON-OPS01"
      When "FF Jones" presses PTT on "FLON-OPS01"
      Then "FF Jones" is queued at position 1 on "FLON-OPS01"

    @REQ-LDN-VOICE-012 @LFB @must @3gpp-24.380-6.3
    Scenario: Queued talkers are granted in order when the floor frees
      Given "Watch Manager Cole" is talking on "FLON-OPS01"
      And "FF Jones" presses PTT on "FLON-OPS01"
      And "FF Ahmed" presses PTT on "FLON-OPS01"
      When "Watch Manager Cole" releases PTT on "FLON-OPS01"
      Then "FF Jones" is granted the floor on "FLON-OPS01"
      And "FF Ahmed" is queued at position 1 on "FLON-OPS01"
      When "FF Jones" releases PTT on "FLON-OPS01"
      Then "FF Ahmed" is granted the floor on "FLON-OPS01"

    @REQ-LDN-VOICE-013 @LFB @should @3gpp-24.380-6.3
    Scenario: Without queueing a second talker is told someone else is talking
      Given the group "FLON-OPS01" is configured with:
        | setting  | value |
        | queueing | off   |
      And "Watch Manager Cole" is talking on "FLON-OPS01"
      When "FF Jones" presses PTT on "FLON-OPS01"
      Then "FF Jones" is denied the floor with cause 1 (another client has permission)

    @REQ-LDN-VOICE-014 @LFB @must @3gpp-24.380-6.3
    Scenario: Everyone else sees who is talking
      When "FF Novak" presses PTT on "FLON-OPS01"
      Then "FF Novak" is granted the floor on "FLON-OPS01"
      And every other member of "FLON-OPS01" sees "FF Novak" talking

  Rule: A stuck transmit button does not block the group

    @REQ-LDN-VOICE-015 @LFB @must @3gpp-24.380-6.3 @london-assumption
    Scenario: A talker who exceeds the group's maximum talk time is revoked
      The London default is 30 s (timer T2). The catalogue configures 1 s so that the check runs
      quickly; the behaviour is the same for any configured value.
      Given the group "FLON-OPS01" is configured with:
        | setting           | value |
        | maximum talk time | 1 s   |
      And "FF Ahmed" is talking on "FLON-OPS01"
      When "FF Ahmed" keeps talking for 1 s
      Then "FF Ahmed" has the floor revoked with cause 2 (talk time exceeded)
      And every member of "FLON-OPS01" sees the floor idle

  Rule: A pre-emptive request takes the floor from a routine talker

    @REQ-LDN-VOICE-016 @LFB @must @3gpp-22.179-6.8.6
    Scenario: A higher-priority talker pre-empts and the routine talker is told why
      Given "FF Jones" has floor priority 1 on "FLON-OPS01"
      And "Watch Manager Cole" has floor priority 8 on "FLON-OPS01"
      And "FF Jones" is talking on "FLON-OPS01"
      When "Watch Manager Cole" presses PTT on "FLON-OPS01"
      Then "FF Jones" has the floor revoked with cause 4 (media burst pre-empted)
      And "Watch Manager Cole" is granted the floor on "FLON-OPS01"
