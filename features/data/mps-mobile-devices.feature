@data
Feature: MPS mobile devices on the beat
  As a Met officer on foot patrol with an ESN handheld that is also the officer's mobile data device
  I need checks on vehicles, people and property answered as data in seconds, briefings that show whether I have read
  them, my position kept current at MetCC, and a lost device cut off from the borough's traffic at once
  So that I work from the street instead of over the radio to a control room, and a lost device tells nobody anything.

  Checks go as data to the MPS check service (the CAD gateway in front of the back office, a PNC-style query);
  the 3 s round trip and the 20 s AVL figure are London assumptions. Revocation follows TS 33.180 (IdMS, KMS).

  Background:
    Given these users are logged on:
      | user     | agency | place |
      | PC Byrne | MPS    | Soho  |
      | PC Walsh | MPS    | Soho  |
      | PS Okoro | MPS    | Soho  |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And the MPS group "MPS-CW-OPS1" with members "MetCC Dispatcher Ward", "PS Okoro", "PC Byrne" and "PC Walsh"
    And the members of "MPS-CW-OPS1" are affiliated

  Rule: Checks are answered as data, in seconds

    @must @kpi @london-assumption
    Scenario Outline: A <check> check from the beat is answered within 3 s
      When "PC Byrne" sends the check query "<query>" to the MPS check service
      Then "PC Byrne" receives the check answer within 3000 ms

      @REQ-LDN-MOB-001 @MPS
      Examples: vehicle
        | check   | query        |
        | vehicle | VRM LX19 ABC |

      @REQ-LDN-MOB-002 @MPS
      Examples: person
        | check  | query                                 |
        | person | PERSON SMITH JOHN DOB 01/01/1980 NW1 |

      @REQ-LDN-MOB-003 @MPS
      Examples: property
        | check    | query                                   |
        | property | PROPERTY bicycle frame number WTU194C6 |

    @REQ-LDN-MOB-004 @MPS @must @kpi @london-assumption
    Scenario: Two officers' checks at the same stop are both answered within 3 s
      When "PC Byrne" sends the check query "VRM LB66 XKE" to the MPS check service
      And "PC Walsh" sends the check query "PERSON PATEL ANIL DOB 12/03/1991 W1" to the MPS check service
      Then "PC Byrne" receives the check answer within 3000 ms
      And "PC Walsh" receives the check answer within 3000 ms

  Rule: Briefings and tasks reach the officers' devices and show who has read them

    @REQ-LDN-MOB-005 @MPS @must @3gpp-36.579-7-6.1.2 @london-assumption
    Scenario: The sergeant sees which officers have read the briefing on their devices
      When "PS Okoro" sends the SDS "Briefing: wanted male, red Nike jacket, Old Compton St" to group "MPS-CW-OPS1" requesting delivered and read
      And every other member of "MPS-CW-OPS1" reads the SDS "Briefing: wanted male, red Nike jacket, Old Compton St"
      Then "PS Okoro" sees read from every other member of "MPS-CW-OPS1"

    @REQ-LDN-MOB-006 @MPS @must @3gpp-24.484-10.4 @london-assumption
    Scenario: A photo of a suspect from the beat goes to the sergeant over the media plane
      Given the maximum SDS size is 50000 bytes
      And the maximum control-plane SDS payload is 1000 bytes
      When "PC Byrne" sends an SDS of 40000 bytes to "PS Okoro"
      Then "PS Okoro" receives the SDS within 2000 ms
      And the SDS went over the media plane

  Rule: MetCC knows where the officer on foot is

    @REQ-LDN-MOB-007 @MPS @must @kpi @london-assumption
    Scenario: MetCC's AVL shows the officer on foot at the new place within 20 s
      When "PC Byrne" moves to "Trafalgar Square"
      Then the MetCC AVL shows "PC Byrne" at "Trafalgar Square" within 20000 ms

  Rule: A lost device is cut off from the borough's traffic at once

    @REQ-LDN-MOB-008 @MPS @must @3gpp-33.180-B.12
    Scenario: A device reported lost no longer receives the borough group's messages
      Given the MCX service admits only users with a valid IdMS token
      And "PC Harris" of MPS logs on at "Soho"
      And the MPS group "MPS-CW-WARRANT" with members "PS Okoro", "PC Byrne" and "PC Harris"
      And the members of "MPS-CW-WARRANT" are affiliated
      When MPS reports the terminal of "PC Harris" lost
      And "PS Okoro" sends the SDS "Warrant address: 14 Greek St, 1st floor" to group "MPS-CW-WARRANT" requesting delivered
      Then "PC Byrne" receives the SDS "Warrant address: 14 Greek St, 1st floor" within 1000 ms
      And "PC Harris" does not receive the SDS "Warrant address: 14 Greek St, 1st floor" within 500 ms
