@coverage
Feature: The Underground: five services below ground on ESN
  As a British Transport Police officer on a moving train, a City of London Police officer at Bank,
  and the MPS, LFB and LAS responders who go below ground with them
  I need calls to carry on as a train passes from tunnel cell to tunnel cell, a fault on one line to stay
  on that line, my position to be known where no satellite reaches, and one talkgroup for everyone at a
  deep station
  So that the communication failures the 7 July 2005 review found underground never recur.

  ESN 4G reaches the Tube through Boldyn's neutral-host system: each station has its own head-end and
  each line's tunnels are fed by that line's head-end (TfL releases 2023 to 2026; the head-end sites are
  not public, so the model's are assumptions). BTP polices the Underground (BTP 2022); the City of London
  Police the Square Mile, where Bank station is. BTP's Force Control Room is not modelled yet, so MetCC
  monitors the shared Underground groups here (a London assumption). Trains run on a compressed timetable
  (1.5 s a tunnel section, 0.5 s a stop): a handover does not depend on how long the train took to reach
  the next cell. The 150 ms handover limit is operator acceptance practice (ESN-DOMAIN §3: handover
  interruption below 150 ms), taken here as London's.

  Rule: Calls carry on while a train hands over from tunnel cell to tunnel cell

    @REQ-LDN-UG-001 @BTP @must @3gpp-36.331-5.3.5 @london-assumption
    Scenario: A BTP officer riding the Northern line hears the call through every tunnel cell
      London assumption: the voice gap at a handover stays below 150 ms (operator acceptance practice, ESN-DOMAIN §3).
      Given these users are logged on:
        | user     | agency | place |
        | PC Byrne | BTP    | Angel |
        | PS Kaur  | BTP    | Bank  |
      And the BTP group "BTP-NORTHERN" with members "PC Byrne" and "PS Kaur"
      And the members of "BTP-NORTHERN" are affiliated
      When "PC Byrne" rides the Northern line from "Angel" to "London Bridge" while "PS Kaur" talks on "BTP-NORTHERN"
      Then "PC Byrne" keeps service through every handover of the ride
      And "PC Byrne" hears "PS Kaur" through every handover with no gap over 150 ms

    @REQ-LDN-UG-002 @LAS @LFB @must @3gpp-36.331-5.3.5 @london-assumption
    Scenario: A paramedic talking on a Jubilee line train is heard without a break at North Greenwich
      London assumption: the voice gap at a handover stays below 150 ms (operator acceptance practice, ESN-DOMAIN §3).
      Given these users are logged on:
        | user               | agency | place           |
        | Paramedic Okafor   | LAS    | London Bridge   |
        | Watch Manager Cole | LFB    | North Greenwich |
      And the multi-agency group "LDN-JUBILEE-1" with members "Paramedic Okafor" and "Watch Manager Cole"
      And the members of "LDN-JUBILEE-1" are affiliated
      When "Paramedic Okafor" rides the Jubilee line from "London Bridge" to "North Greenwich" while "Paramedic Okafor" talks on "LDN-JUBILEE-1"
      Then "Paramedic Okafor" keeps service through every handover of the ride
      And "Watch Manager Cole" hears "Paramedic Okafor" through every handover with no gap over 150 ms

    @REQ-LDN-UG-003 @BTP @MPS @should @london-assumption
    Scenario: An SDS reaches a BTP officer on a train in the Piccadilly line tunnel as fast as on the street
      London assumption: the 1000 ms figure is the street one of the deep-station SDS requirement (REQ-LDN-COV-007).
      Given these users are logged on:
        | user     | agency | place        |
        | PC Byrne | BTP    | King's Cross |
        | PC Patel | MPS    | Lambeth      |
      When "PC Byrne" boards the Piccadilly line at "King's Cross" for "Russell Square"
      And the train carrying "PC Byrne" reaches "Piccadilly line tunnel, King's Cross to Russell Square"
      And "PC Patel" sends the SDS "Suspect in the rear carriage" to "PC Byrne" requesting delivered
      Then "PC Byrne" receives the SDS "Suspect in the rear carriage" within 1000 ms

  Rule: A head-end outage on one line affects only that line's tunnels

    @REQ-LDN-UG-004 @BTP @LFB @MPS @must @london-assumption
    Scenario: The Northern line head-end fails and only the Northern line tunnel loses service
      London assumption: each line's tunnels have their own head-end and each station its own (head-end sites are not public).
      Given these users are logged on:
        | user     | agency | place                                                  |
        | PC Byrne | BTP    | Northern line tunnel, Angel to Bank                    |
        | FF Jones | LFB    | Jubilee line tunnel, London Bridge to Canary Wharf     |
        | PC Patel | MPS    | Piccadilly line tunnel, King's Cross to Russell Square |
      When the Northern line head-end fails
      Then "PC Byrne" is told there is no service within 5000 ms
      And "FF Jones" still has service
      And "PC Patel" still has service

    @REQ-LDN-UG-005 @BTP @COLP @LAS @must @london-assumption
    Scenario: With the Northern line tunnels out, the platforms at Bank keep their own coverage
      London assumption: each line's tunnels have their own head-end and each station its own (head-end sites are not public).
      Given these users are logged on:
        | user             | agency | place |
        | PS Kaur          | BTP    | Bank  |
        | DC Ellis         | COLP   | Bank  |
        | Paramedic Okafor | LAS    | Bank  |
      And the multi-agency group "LDN-BANK-1" with members "PS Kaur", "DC Ellis" and "Paramedic Okafor"
      And the members of "LDN-BANK-1" are affiliated
      When the Northern line head-end fails
      Then "DC Ellis" still has service
      When "DC Ellis" starts a group call on "LDN-BANK-1"
      Then every other member of "LDN-BANK-1" hears "DC Ellis"

    @REQ-LDN-UG-006 @BTP @should @london-assumption
    Scenario: A train through a failed tunnel section loses service there and regains it at the next station
      London assumption: each line's tunnels have their own head-end and each station its own (head-end sites are not public).
      Given these users are logged on:
        | user     | agency | place |
        | PC Byrne | BTP    | Angel |
      And the BTP group "BTP-NORTHERN" with members "PC Byrne"
      And the members of "BTP-NORTHERN" are affiliated
      And the Northern line head-end has failed
      When "PC Byrne" boards the Northern line at "Angel" for "Bank"
      And the train carrying "PC Byrne" reaches "Northern line tunnel, Angel to Bank"
      Then "PC Byrne" is told there is no service within 5000 ms
      When the train carrying "PC Byrne" reaches "Bank"
      Then "PC Byrne" is registered and affiliated to "BTP-NORTHERN" within 5000 ms

  Rule: Below ground, where there is no GNSS fix, the location comes from the serving cell

    @REQ-LDN-UG-007 @BTP @MPS @must @3gpp-23.280-10.9 @london-assumption
    Scenario: An emergency raised in a Northern line tunnel shows the officer in that tunnel, not where they logged on
      London assumptions: MetCC monitors the shared Underground group (BTP's control room is not modelled); the 2 s alert limit is the emergency button's.
      Given these users are logged on:
        | user     | agency | place                      |
        | PC Byrne | BTP    | Bishopsgate police station |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And the multi-agency group "LDN-UNDERGROUND-1" with members "PC Byrne" and "MetCC Dispatcher Ward"
      And the members of "LDN-UNDERGROUND-1" are affiliated
      And "PC Byrne" is at "Northern line tunnel, Angel to Bank"
      When "PC Byrne" presses the emergency button on "LDN-UNDERGROUND-1"
      Then MetCC receives an emergency alert from "PC Byrne" within 2000 ms
      And the alert shows "PC Byrne" at "Northern line tunnel, Angel to Bank"

    @REQ-LDN-UG-008 @BTP @MPS @must @3gpp-23.280-10.9 @london-assumption
    Scenario: An officer on a train held in the tunnel beyond Bank is located in that tunnel, not where they boarded
      London assumptions: MetCC monitors the shared Underground group (BTP's control room is not modelled); the 2 s alert limit is the emergency button's.
      Given these users are logged on:
        | user     | agency | place |
        | PC Byrne | BTP    | Angel |
      And "MetCC Dispatcher Ward" is a dispatcher at MetCC
      And the multi-agency group "LDN-UNDERGROUND-1" with members "PC Byrne" and "MetCC Dispatcher Ward"
      And the members of "LDN-UNDERGROUND-1" are affiliated
      When "PC Byrne" rides the Northern line from "Angel" to "Northern line tunnel, Bank to London Bridge"
      And "PC Byrne" presses the emergency button on "LDN-UNDERGROUND-1"
      Then MetCC receives an emergency alert from "PC Byrne" within 2000 ms
      And the alert shows "PC Byrne" at "Northern line tunnel, Bank to London Bridge"

  Rule: An incident at a deep station brings the services together underground on one talkgroup

    @REQ-LDN-UG-009 @MPS @LFB @LAS @BTP @COLP @must @london-assumption
    Scenario: All five services on the platforms at Bank share one talkgroup while the Northern line tunnels are out
      London assumption: each line's tunnels have their own head-end and each station its own (head-end sites are not public).
      Given these users are logged on:
        | user                  | agency | place |
        | Station Manager Reyes | LFB    | Bank  |
        | Paramedic Okafor      | LAS    | Bank  |
        | PS Kaur               | BTP    | Bank  |
        | DC Ellis              | COLP   | Bank  |
        | Inspector Grant       | MPS    | Bank  |
      And the multi-agency group "LDN-BANK-MI" with members "Station Manager Reyes", "Paramedic Okafor", "PS Kaur", "DC Ellis" and "Inspector Grant"
      And the members of "LDN-BANK-MI" are affiliated
      And the Northern line head-end has failed
      When "Station Manager Reyes" starts a group call on "LDN-BANK-MI"
      Then every affiliated member of "LDN-BANK-MI" is in the call
      And every other member of "LDN-BANK-MI" hears "Station Manager Reyes"

    @REQ-LDN-UG-010 @MPS @LFB @LAS @BTP @COLP @must @3gpp-23.203-6.1.4
    Scenario: Evacuating Bank, the five services' calls pre-empt the passengers' phones on the station cell
      Given these users are logged on:
        | user                  | agency | place |
        | Station Manager Reyes | LFB    | Bank  |
        | Paramedic Okafor      | LAS    | Bank  |
        | PS Kaur               | BTP    | Bank  |
        | DC Ellis              | COLP   | Bank  |
        | Inspector Grant       | MPS    | Bank  |
      And the multi-agency group "LDN-BANK-EVAC" with members "Station Manager Reyes", "Paramedic Okafor", "PS Kaur", "DC Ellis" and "Inspector Grant"
      And the members of "LDN-BANK-EVAC" are affiliated
      And public traffic loads the cell at "Bank" to 150 %
      When "PS Kaur" starts a group call on "LDN-BANK-EVAC"
      Then every other member of "LDN-BANK-EVAC" hears "PS Kaur"
      And the voice bearer of "PS Kaur" uses QCI 65
      And the voice bearer of "DC Ellis" uses QCI 65
      And public traffic at "Bank" has been pre-empted

    @REQ-LDN-UG-011 @MPS @LFB @LAS @BTP @must @3gpp-23.280-10.9 @london-assumption
    Scenario: A firefighter 58 m down at Hampstead raises an emergency that LFB Control sees at the station
      Hampstead is in Camden, outside the City: four services attend, not the City of London Police.
      London assumption: the 2 s alert limit is the emergency button's.
      Given these users are logged on:
        | user             | agency | place             |
        | FF Novak         | LFB    | Soho fire station |
        | PC Walsh         | MPS    | Hampstead         |
        | PS Kaur          | BTP    | Hampstead         |
        | Paramedic Hughes | LAS    | Hampstead         |
      And "LFB Control Officer Khan" is a dispatcher at LFB Control
      And the multi-agency group "LDN-HAMPSTEAD-1" with members "FF Novak", "PC Walsh", "PS Kaur", "Paramedic Hughes" and "LFB Control Officer Khan"
      And the members of "LDN-HAMPSTEAD-1" are affiliated
      And "FF Novak" is at "Hampstead"
      When "FF Novak" presses the emergency button on "LDN-HAMPSTEAD-1"
      Then LFB Control receives an emergency alert from "FF Novak" within 2000 ms
      And the alert shows "FF Novak" at "Hampstead"
      And every other member of "LDN-HAMPSTEAD-1" hears "FF Novak"

    @REQ-LDN-UG-012 @MPS @LFB @LAS @BTP @must @3gpp-36.331-5.3.5 @london-assumption
    Scenario: A BTP officer travelling by train to an incident at Angel hears the incident commander all the way from Bank
      London assumption: the voice gap at a handover stays below 150 ms (operator acceptance practice, ESN-DOMAIN §3).
      Angel is in Islington, outside the City: four services attend, not the City of London Police.
      Given these users are logged on:
        | user                  | agency | place |
        | Station Manager Reyes | LFB    | Angel |
        | Paramedic Okafor      | LAS    | Angel |
        | PC Walsh              | MPS    | Angel |
        | PS Kaur               | BTP    | Bank  |
      And the multi-agency group "LDN-ANGEL-1" with members "Station Manager Reyes", "Paramedic Okafor", "PC Walsh" and "PS Kaur"
      And the members of "LDN-ANGEL-1" are affiliated
      When "PS Kaur" rides the Northern line from "Bank" to "Angel" while "Station Manager Reyes" talks on "LDN-ANGEL-1"
      Then "PS Kaur" keeps service through every handover of the ride
      And "PS Kaur" hears "Station Manager Reyes" through every handover with no gap over 150 ms
      And every other member of "LDN-ANGEL-1" hears "Station Manager Reyes"
