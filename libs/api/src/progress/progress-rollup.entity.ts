import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import { countyCheck, CountyKey, zoneCodeColumn } from '../common/columns';

const counter = (name: string) => ({ name, type: 'integer' as const, default: 0 });

/**
 * 进度汇总: the progress counters of one small zone, kept exact by PostgreSQL triggers on household, person and
 * visit (see the Progress migration) in the same transaction as every change. `progress` sums these rows over
 * the subtree range of a zone. Never written by the application.
 */
@Check(...countyCheck('progress_rollup', 'small_zone_code'))
@Entity({ name: 'progress_rollup' })
export class ProgressRollup {
  @CountyKey()
  countyCode!: string;

  @PrimaryColumn(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

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
}
