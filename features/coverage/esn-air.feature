@coverage
Feature: ESN Air ends at its ceiling
  As an NPAS observer working with MPS units from the air
  I need to know when my aircraft has climbed out of ESN Air's coverage, and to be back on my group when it comes down
  So that I never believe I am heard on the ground when I am not.

  ESN Air serves aircraft from 500 to 10,000 ft (ESN-DOMAIN §1): the link depends on the aircraft's altitude, and above
  the ceiling there is no service. The air link at each altitude band is a modelling assumption of the places file.

  Background:
    Given these users are logged on:
      | user       | agency | place         |
      | PS Okoro   | MPS    | Charing Cross |
      | PC Adeyemi | MPS    | Charing Cross |

  Rule: Above 10,000 ft an aircraft has no ESN Air service, and it gets its group back below

    @REQ-LDN-COV-045 @MPS @must @london-assumption
    Scenario: An NPAS aircraft that climbs above the ceiling is told it has no service, and is back on its group below it
      Given the NPAS aircraft "NPAS India 99" is airborne at 9000 ft over "Westminster", supporting MPS
      And the MPS group "MPS-AIR-GROUND" with members "NPAS India 99", "PS Okoro" and "PC Adeyemi"
      And the members of "MPS-AIR-GROUND" are affiliated
      When the NPAS aircraft "NPAS India 99" climbs to 12000 ft
      Then "NPAS India 99" is told there is no service within 5000 ms
      When the NPAS aircraft "NPAS India 99" descends to 9500 ft
      Then "NPAS India 99" is registered and affiliated to "MPS-AIR-GROUND" within 5000 ms
