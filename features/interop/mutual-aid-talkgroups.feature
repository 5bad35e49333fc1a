@interop
Feature: Mutual-aid talkgroups for units from outside their home area
  As a dispatcher bringing in units from a neighbouring borough or area (MPS officers from Lambeth into Southwark, LFB
  appliances from east London, LAS crews from another sector)
  I need a mutual-aid group that only I switch on, that brings those units together without taking them off their own
  groups, and that I can stand down again
  So that the visiting units talk to each other while their home control rooms keep them on their own groups.

  Airwave practice: Police Mutual Aid talkgroups 71 to 80 (ESN-DOMAIN §2). On ESN a mutual-aid group is a group
  configured for mutual aid whose members, by configuration, are the units from outside their home area. London
  assumptions (configurable): nobody joins a mutual-aid group before a dispatcher activates it; activation affiliates its
  logged-on members in addition to the groups they are on; standing it down ends its call and removes them from it only.

  Background:
    Given these users are logged on:
      | user               | agency | place          |
      | PC Patel           | MPS    | London Bridge station |
      | PC Obi             | MPS    | Camberwell            |
      | Sergeant Lewis     | MPS    | Lambeth               |
      | FF Jones           | LFB    | Stratford             |
      | FF Ahmed           | LFB    | Stratford             |
      | Watch Manager Cole | LFB    | Soho                  |
      | Paramedic Okafor   | LAS    | Barking station       |
      | Paramedic Hughes   | LAS    | Barking station       |
    And "MetCC Dispatcher Ward" is a dispatcher at MetCC
    And "LFB Control Officer Khan" is a dispatcher at LFB Control
    And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
    And the MPS group "MPS-LX-OPS1" with members "PC Patel", "Sergeant Lewis" and "MetCC Dispatcher Ward"
    And the MPS group "MPS-SK-OPS1" with members "PC Obi" and "MetCC Dispatcher Ward"
    And the LFB group "FLON-OPS01" with members "FF Jones", "Watch Manager Cole" and "LFB Control Officer Khan"
    And the LFB group "FLON-OPS07" with members "FF Ahmed" and "LFB Control Officer Khan"
    And the LAS group "LAS-SECTOR-C" with members "Paramedic Okafor" and "LAS EOC Dispatcher Reid"
    And the LAS group "LAS-SECTOR-E" with members "Paramedic Hughes" and "LAS EOC Dispatcher Reid"
    And the members of "MPS-LX-OPS1" are affiliated
    And the members of "MPS-SK-OPS1" are affiliated
    And the members of "FLON-OPS01" are affiliated
    And the members of "FLON-OPS07" are affiliated
    And the members of "LAS-SECTOR-C" are affiliated
    And the members of "LAS-SECTOR-E" are affiliated
    And the MPS mutual-aid group "MPS-MUTUAL-AID-71" with members "PC Patel", "PC Obi" and "MetCC Dispatcher Ward"
    And the LFB mutual-aid group "LFB-MUTUAL-AID-EAST" with members "FF Jones", "FF Ahmed" and "LFB Control Officer Khan"
    And the LAS mutual-aid group "LAS-MUTUAL-AID-1" with members "Paramedic Okafor", "Paramedic Hughes" and "LAS EOC Dispatcher Reid"

  Rule: Activating a mutual-aid group brings the visiting units onto it and leaves them on their own groups

    @REQ-LDN-INTEROP-057 @MPS @must @london-assumption
    Scenario: A Lambeth officer helping at London Bridge and a Southwark officer share Police Mutual Aid 71 and keep their own borough groups
      When the MetCC dispatcher activates the mutual-aid group "MPS-MUTUAL-AID-71"
      Then "PC Patel" and "PC Obi" are affiliated to "MPS-MUTUAL-AID-71" within 2000 ms
      And "PC Patel" is still affiliated to "MPS-LX-OPS1"
      And "PC Obi" is still affiliated to "MPS-SK-OPS1"

    @REQ-LDN-INTEROP-058 @LFB @must @london-assumption
    Scenario: Appliances from two areas talk on the mutual-aid group and still hear their own area's group
      Given the LFB Control dispatcher has activated the mutual-aid group "LFB-MUTUAL-AID-EAST"
      When "FF Ahmed" starts a group call on "LFB-MUTUAL-AID-EAST"
      Then "FF Jones" hears "FF Ahmed"
      When "Watch Manager Cole" starts a group call on "FLON-OPS01"
      Then "FF Jones" hears "Watch Manager Cole"

  Rule: Nobody joins a mutual-aid group that is not active

    @must @london-assumption
    Scenario Outline: A <service> unit cannot join its mutual-aid group before the dispatcher activates it
      When "<unit>" tries to affiliate to "<mutual-aid group>"
      Then the affiliation is refused with reason "not active"

      @REQ-LDN-INTEROP-059 @MPS
      Examples: police
        | service | unit   | mutual-aid group  |
        | MPS     | PC Obi | MPS-MUTUAL-AID-71 |

      @REQ-LDN-INTEROP-060 @LFB
      Examples: fire
        | service | unit     | mutual-aid group    |
        | LFB     | FF Ahmed | LFB-MUTUAL-AID-EAST |

      @REQ-LDN-INTEROP-061 @LAS
      Examples: ambulance
        | service | unit             | mutual-aid group |
        | LAS     | Paramedic Hughes | LAS-MUTUAL-AID-1 |

  Rule: Standing mutual aid down ends its call and returns the units to their own groups only

    @REQ-LDN-INTEROP-062 @LAS @must @london-assumption
    Scenario: The LAS EOC stands mutual aid down and the crews are back on their own sectors
      Given the LAS EOC dispatcher has activated the mutual-aid group "LAS-MUTUAL-AID-1"
      And "Paramedic Okafor" starts a group call on "LAS-MUTUAL-AID-1"
      And "Paramedic Hughes" hears "Paramedic Okafor"
      When the LAS EOC dispatcher stands down the mutual-aid group "LAS-MUTUAL-AID-1"
      Then the call on "LAS-MUTUAL-AID-1" ends within 2000 ms
      And "Paramedic Okafor" and "Paramedic Hughes" are no longer affiliated to "LAS-MUTUAL-AID-1" within 2000 ms
      And "Paramedic Hughes" is still affiliated to "LAS-SECTOR-E"
      And "Paramedic Okafor" is still affiliated to "LAS-SECTOR-C"
