import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

import { countyCheck, CountyKey, zoneCodeColumn } from '../common/columns';

const counter = (name: string) => ({ name, type: 'integer' as const, default: 0 });

/**
 * 每日进度: the counters of `progress_rollup` for one small zone as they stood at the end of one Beijing day (the
 * last write of that day). Written only by the trigger `progress_daily_record` on progress_rollup, in the same
 * transaction as the roll-up itself, so each row is exactly the roll-up after the last change of its day; a day
 * without a change has no row and the zone's figures that day are those of its latest earlier row. Rows of days
 * before the table existed are replayed from household_event and visit (docs/progress.md, "Progress over time").
 */
@Check(...countyCheck('progress_daily', 'small_zone_code'))
@Entity({ name: 'progress_daily' })
export class ProgressDaily {
  @CountyKey()
  countyCode!: string;

  @PrimaryColumn(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  /** The Beijing calendar day (YYYY-MM-DD). */
  @PrimaryColumn({ name: 'day', type: 'date' })
  day!: string;

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
