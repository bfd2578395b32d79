import { Check, Entity, PrimaryColumn } from 'typeorm';

import { countyCheck, CountyKey, zoneCodeColumn } from '../common/columns';
import { ProgressCounters } from './progress-counters';

/**
 * 进度汇总: the progress counters of one small zone, kept exact by PostgreSQL triggers on household, person and
 * visit (see the Progress migration) in the same transaction as every change. `progress` sums these rows over
 * the subtree range of a zone. Never written by the application.
 */
@Check(...countyCheck('progress_rollup', 'small_zone_code'))
@Entity({ name: 'progress_rollup' })
export class ProgressRollup extends ProgressCounters {
  @CountyKey()
  countyCode!: string;

  @PrimaryColumn(zoneCodeColumn('small_zone_code'))
  smallZoneCode!: string;
}
