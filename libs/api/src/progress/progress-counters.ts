import { Column } from 'typeorm';

const counter = (name: string) => ({ name, type: 'integer' as const, default: 0 });

/**
 * The progress counters of one small zone: the columns `progress_rollup` keeps exact (now) and `progress_daily` keeps
 * per Beijing day (the end of that day). The two tables have the same counters, named once here.
 */
export abstract class ProgressCounters {
  @Column(counter('households'))
  households!: number;

  @Column(counter('ordinary_households'))
  ordinaryHouseholds!: number;

  @Column(counter('vacant_households'))
  vacantHouseholds!: number;

  @Column(counter('away_households'))
  awayHouseholds!: number;

  @Column(counter('deceased_households'))
  deceasedHouseholds!: number;

  @Column(counter('listed_households'))
  listedHouseholds!: number;

  @Column(counter('enumerating_households'))
  enumeratingHouseholds!: number;

  @Column(counter('submitted_households'))
  submittedHouseholds!: number;

  @Column(counter('approved_households'))
  approvedHouseholds!: number;

  @Column(counter('returned_households'))
  returnedHouseholds!: number;

  @Column(counter('self_reported_households'))
  selfReportedHouseholds!: number;

  @Column(counter('self_reported_done_households'))
  selfReportedDoneHouseholds!: number;

  @Column(counter('entered_households'))
  enteredHouseholds!: number;

  @Column(counter('resident_households'))
  residentHouseholds!: number;

  @Column(counter('visited_households'))
  visitedHouseholds!: number;

  @Column(counter('repeated_failure_households'))
  repeatedFailureHouseholds!: number;

  @Column(counter('refusing_households'))
  refusingHouseholds!: number;

  @Column(counter('persons'))
  persons!: number;

  @Column(counter('registered_persons'))
  registeredPersons!: number;

  @Column(counter('resident_persons'))
  residentPersons!: number;

  @Column(counter('living_away_persons'))
  livingAwayPersons!: number;

  @Column(counter('floating_persons'))
  floatingPersons!: number;

  @Column(counter('long_form_households'))
  longFormHouseholds!: number;

  @Column(counter('long_form_submitted_households'))
  longFormSubmittedHouseholds!: number;

  @Column(counter('long_form_refused_items'))
  longFormRefusedItems!: number;
}
