@security
Feature: Service only for users a London service has provisioned
  As a service whose users' rights (emergency calls, groups, priorities) are set in their user profiles
  I need the MCX service to take each user's profile from the configuration management server (CMS) and to
  refuse anyone the CMS holds no profile for
  So that an identity nobody provisioned cannot register and inherit default rights.

  User profiles follow 3GPP TS 24.484 (the CMS serves them over XCAP); refusing an unprovisioned user is London's
  own rule, so the requirement is a London assumption.

  @REQ-LDN-SEC-024 @MPS @must @london-assumption
  Scenario: An identity no London service has provisioned gets no service, while a provisioned officer does
    Given the MCX service admits only users with a user profile at the CMS
    And "PC Walsh" of MPS logs on at "Lambeth"
    When "Visiting Officer Hale" of MPS tries to log on at "Lambeth" as "sip:hale@police.example.org"
    Then "Visiting Officer Hale" is refused service with reason "no MCPTT user profile"
