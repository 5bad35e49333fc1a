@data
Feature: Short data messages with delivery and read receipts
  As a crew member or dispatcher
  I need to send a short text to a colleague or a whole group and see who has received and read it
  So that details that would be misheard over voice (addresses, registrations, call signs) arrive exactly.

  SDS follows MCData (3GPP TS 24.282, dispositions per TS 36.579-7 §6.1.2). MCData has no
  3GPP numeric limits; the sizes and times here are London assumptions and configurable.

  Background:
    Given these users are logged on:
      | user             | agency | place         |
      | PS Okoro         | MPS    | Charing Cross |
      | PC Patel         | MPS    | Charing Cross |
      | PC Byrne         | MPS    | Charing Cross |
      | FF Jones         | LFB    | Soho          |
      | Paramedic Okafor | LAS    | Waterloo      |
    And the MPS group "MPS-CW-OPS1" with members "PS Okoro", "PC Patel" and "PC Byrne"
    And the members of "MPS-CW-OPS1" are affiliated

  Rule: A one-to-one message arrives and the sender sees it delivered and read

    @must @kpi @london-assumption @3gpp-36.579-7-6.1.2
    Scenario Outline: A one-to-one SDS within <agency> is delivered and read
      When "<sender>" sends the SDS "<text>" to "<recipient>" requesting delivered and read
      Then "<recipient>" receives the SDS "<text>" within 1000 ms
      And "<sender>" sees delivered from "<recipient>"
      When "<recipient>" reads the SDS "<text>"
      Then "<sender>" sees read from "<recipient>"

      @REQ-LDN-DATA-001 @MPS
      Examples: MPS
        | agency | sender   | recipient | text                         |
        | MPS    | PS Okoro | PC Patel  | VRM LX19 ABC seen Strand W/B |

      @REQ-LDN-DATA-002 @LFB @LAS
      Examples: across services
        | agency     | sender   | recipient        | text                          |
        | LFB to LAS | FF Jones | Paramedic Okafor | Casualty at rear, Greek St W1 |

  Rule: A group message reports dispositions per member

    @REQ-LDN-DATA-003 @MPS @must @3gpp-36.579-7-6.1.2
    Scenario: An SDS to a group shows each member's delivered and read dispositions
      When "PS Okoro" sends the SDS "Briefing at 1400 Charing Cross" to group "MPS-CW-OPS1" requesting delivered and read
      Then every other member of "MPS-CW-OPS1" receives the SDS "Briefing at 1400 Charing Cross" within 1000 ms
      And "PS Okoro" sees delivered from every other member of "MPS-CW-OPS1"
      When every other member of "MPS-CW-OPS1" reads the SDS "Briefing at 1400 Charing Cross"
      Then "PS Okoro" sees read from every other member of "MPS-CW-OPS1"

  Rule: Large messages take the media plane; oversized ones are refused with a reason

    @REQ-LDN-DATA-004 @MPS @must @3gpp-24.484-10.4 @london-assumption
    Scenario: An SDS above the control-plane limit is sent over the media plane
      Given the maximum SDS size is 10000 bytes
      And the maximum control-plane SDS payload is 1000 bytes
      When "PC Patel" sends an SDS of 4000 bytes to "PC Byrne"
      Then "PC Byrne" receives the SDS within 2000 ms
      And the SDS went over the media plane

    @REQ-LDN-DATA-005 @MPS @must @3gpp-24.484-10.4 @london-assumption
    Scenario: An SDS above the maximum size is refused with a clear reason
      Given the maximum SDS size is 50000 bytes
      When "PC Patel" sends an SDS of 60000 bytes to "PC Byrne"
      Then the SDS is refused with reason "too large"

  Rule: Messages are delivered exactly once even on a lossy link

    @REQ-LDN-DATA-006 @MPS @must @kpi @london-assumption
    Scenario: 1,000 messages under 5 % loss are delivered exactly once
      Given 5 % packet loss on the radio link of "PC Patel"
      When "PC Patel" sends 1000 SDS to "PS Okoro"
      Then "PS Okoro" receives all 1000 SDS exactly once and in order
      And the 95th percentile SDS delivery time is below 2000 ms over at least 1000 attempts

  Rule: Checks and informative messages go as data, not voice

    @REQ-LDN-DATA-007 @MPS @should @kpi @london-assumption
    Scenario: A police national computer-style check is answered as data within 3 s
      When "PC Byrne" sends the check query "VRM LX19 ABC" to the MPS check service
      Then "PC Byrne" receives the check answer within 3000 ms

    @REQ-LDN-DATA-008 @LFB @should @london-assumption
    Scenario: An incident commander's informative message is sent as SDS and logged
      Given "LFB Control Officer Khan" is a dispatcher at LFB Control
      When "FF Jones" sends the SDS "INFORMATIVE: 4 pumps, 2 BA, fire 1st floor, all persons accounted" to "LFB Control Officer Khan" requesting delivered
      Then "LFB Control Officer Khan" receives the SDS "INFORMATIVE: 4 pumps, 2 BA, fire 1st floor, all persons accounted" within 1000 ms
      And the SDS from "FF Jones" is in the message log
