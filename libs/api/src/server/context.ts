import type { DataSource } from 'typeorm';

import type { MessageLang } from '@census/rules';

import { createAccountLoaders } from '../accounts/account.loaders';
import { AccountService } from '../accounts/account.service';
import { StaffImportService } from '../accounts/staff-import.service';
import type { Authentication } from '../auth/authenticate';
import { type Actor, type Principal, scopeOf } from '../auth/principal';
import type { Secrets } from '../auth/secrets';
import { createBuildingLoaders } from '../buildings/building.loaders';
import { BuildingService } from '../buildings/building.service';
import { ChangeFeedService } from '../changes/change-feed.service';
import { createExportLoaders } from '../exports/export.loaders';
import { ExportService } from '../exports/export.service';
import { ExportLinks } from '../exports/export-links';
import type { ExportRunner } from '../exports/export-runner';
import { createHouseholdLoaders } from '../households/household.loaders';
import { HouseholdService } from '../households/household.service';
import { LongFormService } from '../long-form/long-form.service';
import { createLongFormOptionsLoader } from '../long-form/long-form-options';
import { HouseholdSaveService } from '../persons/household-save.service';
import { createPersonLoaders } from '../persons/person.loaders';
import { PersonService } from '../persons/person.service';
import { FieldCrypto } from '../privacy/field-crypto';
import { createPrivacyLoaders } from '../privacy/privacy.loaders';
import { createProblemLoaders } from '../problems/problem.loaders';
import { ProblemService } from '../problems/problem.service';
import { createProgressLoaders } from '../progress/progress.loaders';
import { ProgressService } from '../progress/progress.service';
import { ReportTextsService } from '../progress/report-texts.service';
import { ReconciliationService } from '../reconciliation/reconciliation.service';
import { RegistryService } from '../registry/registry.service';
import { SelfReportService } from '../self-report/self-report.service';
import { SourceImportService } from '../sources/source-import.service';
import { createVisitLoaders } from '../visits/visit.loaders';
import { VisitService } from '../visits/visit.service';
import { ReviewService } from '../workflow/review.service';
import { createWorkflowLoaders } from '../workflow/workflow.loaders';
import { WorkflowService } from '../workflow/workflow.service';
import { createZoneLoaders } from '../zones/zone.loaders';
import { ZoneService } from '../zones/zone.service';
import { ZoneBoundaryService } from '../zones/zone-boundary.service';
import { ZoneImportService } from '../zones/zone-import.service';

/** Services are stateless and shared by all requests. */
export function createServices(
  db: DataSource,
  secrets: Secrets,
  publicUrl = 'http://localhost:4000',
  changeLogRetentionDays?: number,
) {
  const crypto = new FieldCrypto(secrets.fieldKeys);
  const households = new HouseholdService(db, crypto);
  const persons = new PersonService(db, crypto);
  return {
    crypto,
    accounts: new AccountService(db, secrets),
    zones: new ZoneService(db),
    buildings: new BuildingService(db),
    households,
    persons,
    householdSave: new HouseholdSaveService(db, households, persons),
    workflow: new WorkflowService(db, crypto),
    review: new ReviewService(db),
    longForm: new LongFormService(db, crypto),
    visits: new VisitService(db),
    selfReport: new SelfReportService(db, crypto, secrets, publicUrl),
    problems: new ProblemService(db),
    progress: new ProgressService(db),
    reportTexts: new ReportTextsService(db),
    registry: new RegistryService(db, crypto),
    sourceImports: new SourceImportService(db, crypto),
    reconciliation: new ReconciliationService(db),
    zoneImport: new ZoneImportService(db),
    zoneBoundaries: new ZoneBoundaryService(db),
    staffImport: new StaffImportService(db),
    changes: new ChangeFeedService(db, changeLogRetentionDays),
    exports: new ExportService(db),
    exportLinks: new ExportLinks(secrets.jwtSecret),
    /** Set by the server when it runs export jobs in this process. */
    exportRunner: undefined as ExportRunner | undefined,
  };
}

/**
 * Every relation of the schema is read through one of these, created anew for each request and bound to the
 * caller's scope: rows outside it are never read, counted or returned.
 */
export function createLoaders(db: DataSource, principal: Principal) {
  const scope = scopeOf(principal);
  return {
    ...createAccountLoaders(db, principal),
    ...createZoneLoaders(db, scope),
    ...createBuildingLoaders(db, scope),
    ...createHouseholdLoaders(db, scope),
    ...createPersonLoaders(db, scope),
    ...createWorkflowLoaders(db, scope),
    ...createVisitLoaders(db, scope),
    ...createPrivacyLoaders(db, scope, actorOfPrincipal(principal)),
    ...createProblemLoaders(db, scope),
    ...createProgressLoaders(db),
    ...createExportLoaders(db, principal),
    /** Zone code → the long-form options in force there (the nearest office setting above, default off). */
    longFormOptions: createLongFormOptionsLoader(db),
  };
}

export type Services = ReturnType<typeof createServices>;
export type Loaders = ReturnType<typeof createLoaders>;

export interface CensusContext {
  db: DataSource;
  services: Services;
  loaders: Loaders;
  auth: Authentication;
  /** The client's address, for rate limits of anonymous attempts (self-report sign-in). */
  clientKey: string;
  /** Scheme, host and port the request was addressed to: absolute links (export downloads) start with it. */
  baseUrl: string;
  /** The language of messages, from the request's Accept-Language: Chinese unless English is asked for. */
  lang: MessageLang;
}

export function createContext(
  db: DataSource,
  services: Services,
  auth: Authentication,
  clientKey = 'unknown',
  baseUrl = 'http://localhost:4000',
  lang: MessageLang = 'zh',
): CensusContext {
  return { db, services, auth, clientKey, baseUrl, lang, loaders: createLoaders(db, auth.principal) };
}

/** The caller of a mutation as the services see it. */
export function actorOf(context: CensusContext): Actor {
  return actorOfPrincipal(context.auth.principal);
}

export function actorOfPrincipal(principal: Principal): Actor {
  return {
    scope: scopeOf(principal),
    accountId: principal.kind === 'staff' ? principal.accountId : null,
    label:
      principal.kind === 'staff'
        ? principal.username
        : principal.kind === 'resident'
          ? `resident:${principal.householdId}`
          : 'anonymous',
  };
}
