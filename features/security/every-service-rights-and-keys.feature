@security
Feature: A lost handset, a non-member or a colleague gets no more rights in fire and ambulance than in the police
  As LFB and LAS, whose radio traffic is as sensitive as the police's (patients' details, crews at a fire)
  I need a lost or stolen handset cut off at once, group keys only for the group's members, only a
  dispatcher to move a crew's terminal, and each control room to export only its own recordings
  So that nobody outside a service listens to, disrupts or takes away its traffic.

  Identity and keys follow 3GPP TS 33.180 (IdMS, KMS); group rights follow TS 23.280 and TS 24.481.

  Background:
    Given the MCX service admits only users with a valid IdMS token

  Rule: A lost or stolen handset is cut off, whichever service it belongs to

    @must @3gpp-33.180-5.1.3
    Scenario Outline: A lost <agency> handset is refused service and messages to it stop
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And the <agency> group "<group>" with members "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      When <agency> reports the terminal of "<user>" lost
      And "<user>" presses PTT on "<group>"
      Then the call is refused with reason "revoked"
      And "<user>" is no longer registered
      When "<colleague>" sends the SDS "<message>" to "<user>" requesting delivered
      Then "<user>" does not receive the SDS "<message>" within 500 ms
      And the SDS is refused with reason "revoked"

      @REQ-LDN-SEC-013 @LFB
      Examples: LFB
        | agency | user     | colleague | place             | group      | message                   |
        | LFB    | FF Ahmed | FF Jones  | Soho fire station | FLON-OPS01 | BA entry control at rear |

      @REQ-LDN-SEC-014 @LAS
      Examples: LAS
        | agency | user      | colleague        | place    | group            | message                   |
        | LAS    | EMT Silva | Paramedic Okafor | Waterloo | LAS-SOUTH-SECTOR | Patient details to follow |

  Rule: Group keys go only to the group's members

    @must @3gpp-33.180-5.7
    Scenario Outline: <outsider> of <outsider agency> gets no key for the <agency> group <group>
      Given these users are logged on:
        | user       | agency           | place   |
        | <member>   | <agency>         | <place> |
        | <outsider> | <outsider agency> | <place> |
      And the <agency> group "<group>" with members "<member>"
      And the members of "<group>" are affiliated
      Then "<member>" holds key material for "<group>" from the KMS
      And the KMS gives no key material for "<group>" to "<outsider>"

      @REQ-LDN-SEC-015 @LFB @LAS
      Examples: LFB group, LAS outsider
        | agency | member   | group      | outsider         | outsider agency | place    |
        | LFB    | FF Novak | FLON-OPS02 | Paramedic Hughes | LAS             | Stratford |

      @REQ-LDN-SEC-016 @LAS @MPS
      Examples: LAS group, MPS outsider
        | agency | member         | group        | outsider | outsider agency | place  |
        | LAS    | Paramedic Dunn | LAS-SECTOR-C | PC Walsh | MPS             | Newham |

  Rule: Only a dispatcher moves a crew's terminal to another group

    @must @3gpp-23.280-10.8.5
    Scenario Outline: A <agency> crew member cannot move a colleague's terminal to another group
      Given these users are logged on:
        | user        | agency   | place   |
        | <user>      | <agency> | <place> |
        | <colleague> | <agency> | <place> |
      And the <agency> group "<group>" with members "<user>" and "<colleague>"
      And the <agency> group "<incident group>" with members "<user>" and "<colleague>"
      And the members of "<group>" are affiliated
      And the terminal of "<user>" has "<group>" selected
      When "<colleague>" switches the terminal of "<user>" to "<incident group>"
      Then the change is refused with reason "not authorised"
      And the terminal of "<user>" still talks on "<group>"

      @REQ-LDN-SEC-017 @LFB
      Examples: LFB
        | agency | user     | colleague | place                | group      | incident group |
        | LFB    | FF Osei  | FF Baker  | Lambeth fire station | FLON-OPS07 | FLON-INC-2207  |

      @REQ-LDN-SEC-018 @LAS
      Examples: LAS
        | agency | user            | colleague        | place    | group            | incident group |
        | LAS    | Paramedic Singh | Paramedic Hughes | Camberwell | LAS-SOUTH-SECTOR | LAS-INC-0412   |

  Rule: A control room patches only its own service's groups

    @must @london-assumption
    Scenario Outline: <control room> cannot patch its group <group> to the <other agency> group <other group>
      London assumption: London's control rooms share a space, not their systems (ESN-DOMAIN §2); a console patches
      only its own service's groups, so no control room can put another service's crews on its traffic.
      Given these users are logged on:
        | user         | agency         | place         |
        | <crew>       | <agency>       | <place>       |
        | <other crew> | <other agency> | <other place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And "<other dispatcher>" is a dispatcher at <other control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<crew>"
      And the <other agency> group "<other group>" with members "<other dispatcher>" and "<other crew>"
      And the members of "<group>" are affiliated
      And the members of "<other group>" are affiliated
      When the <control room> dispatcher tries to patch "<group>" and "<other group>"
      Then the patch is refused with reason "not authorised"
      When "<crew>" starts a group call on "<group>"
      Then "<other crew>" is not in the call on "<group>"

      @REQ-LDN-SEC-021 @LFB @LAS
      Examples: LFB Control and an LAS group
        | control room | dispatcher                  | agency | crew     | place             | group      | other control room | other dispatcher        | other agency | other crew       | other place | other group      |
        | LFB Control  | LFB Control Dispatcher Shaw | LFB    | FF Jones | Soho fire station | FLON-OPS01 | LAS EOC            | LAS EOC Dispatcher Reid | LAS          | Paramedic Okafor | Waterloo    | LAS-SOUTH-SECTOR |

      @REQ-LDN-SEC-022 @LAS @LFB
      Examples: LAS EOC and an LFB group
        | control room | dispatcher              | agency | crew            | place      | group        | other control room | other dispatcher            | other agency | other crew | other place          | other group |
        | LAS EOC      | LAS EOC Dispatcher Reid | LAS    | Paramedic Singh | Camberwell | LAS-SECTOR-C | LFB Control        | LFB Control Dispatcher Shaw | LFB          | FF Osei    | Lambeth fire station | FLON-OPS07  |

  Rule: A control room exports only its own service's recordings

    @must @london-assumption
    Scenario Outline: <other control room> cannot export the recording of an <agency> call on <group>
      London assumption: a service's recordings are its evidence; the three control rooms share a space, not
      their systems, so only the owning service's control room exports them.
      Given these users are logged on:
        | user   | agency   | place   |
        | <crew> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And "<other dispatcher>" is a dispatcher at <other control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<crew>"
      And the members of "<group>" are affiliated
      And "<crew>" and "<dispatcher>" take turns talking on "<group>"
      When the <other control room> dispatcher tries to export the recording of the call on "<group>"
      Then the export is refused with reason "not authorised"
      When the <control room> dispatcher exports the recording of the call on "<group>"
      Then the evidence is the <agency> recording of "<group>" with the talk bursts of "<crew>" and "<dispatcher>"

      @REQ-LDN-SEC-019 @LFB @MPS
      Examples: LFB recording, MetCC asks
        | agency | crew     | place             | dispatcher                  | control room | other dispatcher      | other control room | group      |
        | LFB    | FF Jones | Soho fire station | LFB Control Dispatcher Shaw | LFB Control  | MetCC Dispatcher Ward | MetCC              | FLON-OPS01 |

      @REQ-LDN-SEC-020 @LAS @LFB
      Examples: LAS recording, LFB Control asks
        | agency | crew             | place    | dispatcher              | control room | other dispatcher            | other control room | group            |
        | LAS    | Paramedic Okafor | Waterloo | LAS EOC Dispatcher Reid | LAS EOC      | LFB Control Dispatcher Shaw | LFB Control        | LAS-SOUTH-SECTOR |
