Feature: Broken on purpose
  Scenario: Half written
    Given an empty basket
  this line is not Gherkin
