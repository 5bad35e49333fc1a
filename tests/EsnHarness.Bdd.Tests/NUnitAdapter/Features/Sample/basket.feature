@shop
Feature: Basket
  A sample that runs as NUnit test cases through GherkinTestFixture.

  Background:
    Given an empty basket

  @smoke
  Scenario: Adding items
    When I add 2 "apples" at 0.50 each
    And I add 1 "bread" at 1.20 each
    Then the basket total is 2.20

  Scenario Outline: Discounts by quantity
    When I add <count> "pears" at 1.00 each
    Then the basket total is <total>

    @smoke
    Examples: small
      | count | total |
      | 1     | 1.00  |
    Examples: bulk
      | count | total |
      | 10    | 9.00  |

  Scenario: Items from a table
    When I add these items:
      | name   | count | price |
      | milk   | 2     | 0.80  |
      | butter | 1     | 2.00  |
    Then the basket holds:
      | Name   | Count |
      | butter | 1     |
      | milk   | 2     |

  Scenario: The run was prepared once
    Then the test run was prepared exactly once

  @ignore
  Scenario: Not ready
    Then this step does not exist yet
