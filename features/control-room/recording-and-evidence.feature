@control-room
Feature: Recording of calls, evidential export and retention
  As a control room (MetCC, LFB Control, LAS EOC) that must produce radio traffic as evidence for inquests,
  inquiries and prosecutions
  I need every talk burst of every call recorded, my dispatchers' included, exported as a document whose integrity
  anyone can check, and kept for my service's retention period and no longer
  So that the record of an incident is complete, trustworthy and lawfully kept.

  LFB records main-scheme radio traffic and keeps it at least 5 years (LFB radio practice, ESN-DOMAIN §2). The MPS and
  LAS periods are London assumptions (7 years here, set by each scenario). 3GPP leaves recording to the MC service
  provider: the record, the export document with its content hash (SHA-256 over a canonical text anyone can recompute)
  and its chain of custody are the harness's contract (esn.mcx.v1 McxRecording), London assumptions. The recorder's
  clock is allowed 1 s from the terminals'.

  Rule: Every talk burst of a call is recorded, the dispatcher's included

    @must @london-assumption
    Scenario Outline: <control room>'s call on <group> is recorded burst by burst, the dispatcher's included
      London assumption: the record of a call holds every talk burst, whoever talked, as the crews and the control room heard it.
      Given these users are logged on:
        | user   | agency   | place   |
        | <crew> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<crew>"
      And the members of "<group>" are affiliated
      When "<crew>", "<dispatcher>" and "<crew>" take turns talking on "<group>"
      Then the recording of the call on "<group>" holds the talk bursts of "<crew>", "<dispatcher>" and "<crew>" in that order

      @REQ-LDN-CR-028 @MPS
      Examples:
        | control room | agency | dispatcher            | crew     | place   | group       |
        | MetCC        | MPS    | MetCC Dispatcher Ward | PC Patel | Brixton | MPS-LX-OPS1 |

      @REQ-LDN-CR-029 @LFB
      Examples:
        | control room | agency | dispatcher               | crew     | place             | group      |
        | LFB Control  | LFB    | LFB Control Officer Khan | FF Jones | Soho fire station | FLON-OPS01 |

      @REQ-LDN-CR-030 @LAS
      Examples:
        | control room | agency | dispatcher              | crew             | place    | group            |
        | LAS EOC      | LAS    | LAS EOC Dispatcher Reid | Paramedic Okafor | Waterloo | LAS-SOUTH-SECTOR |

  Rule: A dispatcher exports a call's recording as evidence whose integrity anyone can check

    @must @london-assumption
    Scenario Outline: <control room> exports the recording of a call on <group> as evidence
      London assumption: the evidence names the service, the group, the talkers and their times, carries a content hash
      recomputable from the document, and a chain of custody from the recording to this export.
      Given these users are logged on:
        | user   | agency   | place   |
        | <crew> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<crew>"
      And the members of "<group>" are affiliated
      And "<crew>" and "<dispatcher>" take turns talking on "<group>"
      When the <control room> dispatcher exports the recording of the call on "<group>"
      Then the evidence is the <agency> recording of "<group>" with the talk bursts of "<crew>" and "<dispatcher>"
      And the evidence's content hash verifies
      And the evidence's chain of custody shows it recorded by the MCX service and exported by "<dispatcher>"

      @REQ-LDN-CR-031 @MPS
      Examples:
        | control room | agency | dispatcher            | crew     | place   | group       |
        | MetCC        | MPS    | MetCC Dispatcher Ward | PC Patel | Brixton | MPS-LX-OPS1 |

      @REQ-LDN-CR-032 @LFB
      Examples:
        | control room | agency | dispatcher               | crew     | place             | group      |
        | LFB Control  | LFB    | LFB Control Officer Khan | FF Jones | Soho fire station | FLON-OPS01 |

      @REQ-LDN-CR-033 @LAS
      Examples:
        | control room | agency | dispatcher              | crew             | place    | group            |
        | LAS EOC      | LAS    | LAS EOC Dispatcher Reid | Paramedic Okafor | Waterloo | LAS-SOUTH-SECTOR |

    @REQ-LDN-CR-034 @MPS @LAS @must @london-assumption
    Scenario: The LAS EOC cannot export the recording of an MPS call
      London assumption: a service's recordings are its evidence; control rooms share a space, not their systems.
      Given these users are logged on:
        | user     | agency | place   |
        | PC Patel | MPS    | Brixton |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And "LAS EOC Dispatcher Reid" is a dispatcher at LAS EOC
      And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
      And the members of "MPS-LX-OPS1" are affiliated
      And "PC Patel" and "MetCC Dispatcher Ward" take turns talking on "MPS-LX-OPS1"
      When the LAS EOC dispatcher tries to export the recording of the call on "MPS-LX-OPS1"
      Then the export is refused with reason "not authorised"
      When the MetCC dispatcher exports the recording of the call on "MPS-LX-OPS1"
      Then the evidence is the MPS recording of "MPS-LX-OPS1" with the talk bursts of "PC Patel" and "MetCC Dispatcher Ward"

  Rule: A recording is kept for its service's retention period, counted from the end of the call, and no longer

    @must @london-assumption
    Scenario Outline: <agency> keeps the recording of a call <years> years, and no longer
      LFB keeps main-scheme radio traffic at least 5 years (ESN-DOMAIN §2); MPS and LAS 7 years is a London assumption.
      Given these users are logged on:
        | user   | agency   | place   |
        | <crew> | <agency> | <place> |
      And "<dispatcher>" is a dispatcher at <control room>
      And the <agency> group "<group>" with members "<dispatcher>" and "<crew>"
      And the group "<group>" is configured with:
        | setting   | value  |
        | hang time | 500 ms |
      And the members of "<group>" are affiliated
      And <agency> keeps call recordings for <years> years
      And "<crew>" and "<dispatcher>" take turns talking on "<group>"
      And the call on "<group>" ends within 5000 ms
      When <years before> years and 364 days pass for the recorder
      Then the <control room> dispatcher can still export the recording of the call on "<group>"
      When 0 years and 2 days pass for the recorder
      Then the <control room> dispatcher can no longer export the recording of the call on "<group>"

      @REQ-LDN-CR-035 @LFB
      Examples:
        | control room | agency | years | years before | dispatcher               | crew     | place             | group      |
        | LFB Control  | LFB    | 5     | 4            | LFB Control Officer Khan | FF Jones | Soho fire station | FLON-OPS01 |

      @REQ-LDN-CR-036 @MPS
      Examples:
        | control room | agency | years | years before | dispatcher            | crew     | place   | group       |
        | MetCC        | MPS    | 7     | 6            | MetCC Dispatcher Ward | PC Patel | Brixton | MPS-LX-OPS1 |

      @REQ-LDN-CR-037 @LAS
      Examples:
        | control room | agency | years | years before | dispatcher              | crew             | place    | group            |
        | LAS EOC      | LAS    | 7     | 6            | LAS EOC Dispatcher Reid | Paramedic Okafor | Waterloo | LAS-SOUTH-SECTOR |

    @REQ-LDN-CR-038 @MPS @LFB @must @london-assumption
    Scenario: Each service's recordings are kept for its own period, not the shortest
      London assumption: MPS keeps recordings 7 years; LFB keeps them 5 (ESN-DOMAIN §2). One recorder serves both.
      Given these users are logged on:
        | user     | agency | place             |
        | PC Patel | MPS    | Brixton           |
        | FF Jones | LFB    | Soho fire station |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And "LFB Control Officer Khan" is a dispatcher at LFB Control
      And the MPS group "MPS-LX-OPS1" with members "MetCC Dispatcher Ward" and "PC Patel"
      And the LFB group "FLON-OPS01" with members "LFB Control Officer Khan" and "FF Jones"
      And the group "MPS-LX-OPS1" is configured with:
        | setting   | value  |
        | hang time | 500 ms |
      And the group "FLON-OPS01" is configured with:
        | setting   | value  |
        | hang time | 500 ms |
      And the members of "MPS-LX-OPS1" are affiliated
      And the members of "FLON-OPS01" are affiliated
      And MPS keeps call recordings for 7 years
      And LFB keeps call recordings for 5 years
      And "PC Patel" and "MetCC Dispatcher Ward" take turns talking on "MPS-LX-OPS1"
      And "FF Jones" and "LFB Control Officer Khan" take turns talking on "FLON-OPS01"
      And the call on "MPS-LX-OPS1" ends within 5000 ms
      And the call on "FLON-OPS01" ends within 5000 ms
      When 6 years and 0 days pass for the recorder
      Then the MetCC dispatcher can still export the recording of the call on "MPS-LX-OPS1"
      And the LFB Control dispatcher can no longer export the recording of the call on "FLON-OPS01"
