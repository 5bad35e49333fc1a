Feature: Failing demo
  Run only by NUnitAdapterTests to show how a failure reads.

  Scenario: Wrong total
    Given an empty basket
    When I add 1 "apples" at 0.50 each
    Then the basket total is 5.00
    And the basket total is 0.50
