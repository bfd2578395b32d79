import { Account } from '../accounts/account.entity';
import { AccountZone } from '../accounts/account-zone.entity';
import { ApiToken } from '../accounts/api-token.entity';
import { SmallZoneAssignment } from '../accounts/small-zone-assignment.entity';
import { AttemptCounter } from '../auth/attempt-counter.entity';
import { Building } from '../buildings/building.entity';
import { ChangeLogEntry, ChangeLogRetention, FeedIncarnation } from '../changes/change-log-entry.entity';
import { ExportJob } from '../exports/export-job.entity';
import { Household } from '../households/household.entity';
import { ImportBatch } from '../imports/import-batch.entity';
import { CitizenIdDirectoryEntry } from '../national/citizen-id-directory.entity';
import { Person } from '../persons/person.entity';
import { AuditEntry } from '../privacy/audit-log.entity';
import { KeyCheck } from '../privacy/key-check.entity';
import { Problem } from '../problems/problem.entity';
import { ProgressDaily } from '../progress/progress-daily.entity';
import { ProgressRollup } from '../progress/progress-rollup.entity';
import { ZoneReportText } from '../progress/report-texts.entity';
import { MutationReceipt } from '../receipts/mutation-receipt.entity';
import { WorklistClosure } from '../reconciliation/worklist-closure.entity';
import { RegistryPerson } from '../registry/registry-person.entity';
import { GridHousehold } from '../sources/grid-household.entity';
import { MeterReading } from '../sources/meter-reading.entity';
import { Appointment } from '../visits/appointment.entity';
import { Visit } from '../visits/visit.entity';
import { HouseholdEvent } from '../workflow/household-event.entity';
import { Zone } from '../zones/zone.entity';
import { ZoneBoundary } from '../zones/zone-boundary.entity';

/** Every TypeORM entity of the census schema; the migrations must create exactly these tables. */
export const ENTITIES = [
  Zone,
  Building,
  Household,
  Person,
  Account,
  AccountZone,
  ApiToken,
  SmallZoneAssignment,
  HouseholdEvent,
  Visit,
  Appointment,
  AuditEntry,
  Problem,
  ProgressRollup,
  ProgressDaily,
  ImportBatch,
  RegistryPerson,
  MeterReading,
  GridHousehold,
  WorklistClosure,
  ChangeLogEntry,
  ChangeLogRetention,
  FeedIncarnation,
  ExportJob,
  AttemptCounter,
  KeyCheck,
  CitizenIdDirectoryEntry,
  MutationReceipt,
  ZoneReportText,
  ZoneBoundary,
];
