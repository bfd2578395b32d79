import { Check, Entity, PrimaryColumn } from 'typeorm';

import { countyCheck, CountyKey, zoneCodeColumn } from '../common/columns';
import { ProgressCounters } from './progress-counters';

/**
 * 每日进度: the counters of `progress_rollup` for one small zone as they stood at the end of one Beijing day (the
 * last write of that day). Written only by the trigger `progress_daily_record` on progress_rollup, in the same
 * transaction as the roll-up itself, so each row is exactly the roll-up after the last change of its day; a day
 * without a change has no row and the zone's figures that day are those of its latest earlier row. Rows of days
 * before the table existed are replayed from household_event and visit (docs/progress.md, "Progress over time").
 */
@Check(...countyCheck('progress_daily', 'small_zone_code'))
@Entity({ name: 'progress_daily' })
export class ProgressDaily extends ProgressCounters {
  @CountyKey()
  countyCode!: string;

  @PrimaryColumn(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;

  /** The Beijing calendar day (YYYY-MM-DD). */
  @PrimaryColumn({ name: 'day', type: 'date' })
  day!: string;
}
