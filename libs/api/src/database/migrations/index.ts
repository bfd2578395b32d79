import type { MigrationInterface } from 'typeorm';
import { ChangeFeed1795898730219 } from './1795898730219-change-feed';
import { BulkExport1795899090226 } from './1795899090226-bulk-export';
import { ChangeLogRetention1795901156828 } from './1795901156828-change-log-retention';
import { ChangeFeedMoves1795902000000 } from './1795902000000-change-feed-moves';
import { AccountHome1796276063178 } from './1796276063178-account-home';
import { KeyCheck1796276465107 } from './1796276465107-key-check';
import { FeedIncarnation1796280463470 } from './1796280463470-feed-incarnation';
import { RegistrySourceRow1795896179219 } from './1795896179219-registry-source-row';
import { HouseholdAddress1795895491615 } from './1795895491615-household-address';
import { CensusFoundation1795889474056 } from './1795889474056-census-foundation';
import { AccountsAndScopes1795890451740 } from './1795890451740-accounts-and-scopes';
import { WorkflowAndVisits1795890755781 } from './1795890755781-workflow-and-visits';
import { ProblemLog1795890864257 } from './1795890864257-problem-log';
import { PrivacyAtRest1795891249042 } from './1795891249042-privacy-at-rest';
import { SelfReportCodes1795891491612 } from './1795891491612-self-report-codes';
import { MaskedForms1795892105169 } from './1795892105169-masked-forms';
import { Progress1795893469790 } from './1795893469790-progress';
import { RegistryImport1795894206925 } from './1795894206925-registry-import';
import { Reconciliation1795895014895 } from './1795895014895-reconciliation';
import { SourceImports1795895023053 } from './1795895023053-source-imports';

/** Every committed migration, oldest first. The schema comes only from these. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CensusFoundation1795889474056,
  AccountsAndScopes1795890451740,
  WorkflowAndVisits1795890755781,
  ProblemLog1795890864257,
  PrivacyAtRest1795891249042,
  SelfReportCodes1795891491612,
  MaskedForms1795892105169,
  Progress1795893469790,
  RegistryImport1795894206925,
  Reconciliation1795895014895,
  SourceImports1795895023053,
  HouseholdAddress1795895491615,
  RegistrySourceRow1795896179219,
  ChangeFeed1795898730219,
  BulkExport1795899090226,
  ChangeLogRetention1795901156828,
  ChangeFeedMoves1795902000000,
  AccountHome1796276063178,
  KeyCheck1796276465107,
  FeedIncarnation1796280463470,
];
