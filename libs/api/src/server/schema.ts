import 'reflect-metadata';
import '../common/enums';

import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { AccountResolver } from '../accounts/account.resolver';
import { StaffImportResolver } from '../accounts/staff-import.resolver';
import { BuildingResolver, ZoneBuildingsResolver } from '../buildings/building.resolver';
import { ChangeFeedResolver } from '../changes/change-feed.resolver';
import { UserErrorResolver } from '../common/user-error';
import { ExportResolver } from '../exports/export.resolver';
import {
  BuildingHouseholdsResolver,
  HouseholdResolver,
  ZoneHouseholdsResolver,
} from '../households/household.resolver';
import { ImportRowErrorResolver } from '../imports/import.types';
import {
  HouseholdLongFormFieldResolver,
  HouseholdLongFormResolver,
  LongFormMutationResolver,
  PersonLongFormFieldResolver,
  PersonLongFormResolver,
} from '../long-form/long-form.resolver';
import { HouseholdSaveResolver } from '../persons/household-save.resolver';
import { HouseholdPersonsResolver, PersonResolver, ZonePersonsResolver } from '../persons/person.resolver';
import { AuditResolver, HouseholdPrivacyResolver, PersonPrivacyResolver } from '../privacy/privacy.resolver';
import {
  BuildingProblemsResolver,
  HouseholdProblemsResolver,
  PersonProblemsResolver,
  ProblemResolver,
} from '../problems/problem.resolver';
import { ProgressResolver, ProgressTrendResolver, ZoneTrendResolver } from '../progress/progress.resolver';
import { ReportTextsResolver } from '../progress/report-texts.resolver';
import { ReconciliationResolver } from '../reconciliation/reconciliation.resolver';
import { RegistryResolver } from '../registry/registry.resolver';
import { SelfReportResolver } from '../self-report/self-report.resolver';
import { SourceImportResolver } from '../sources/source-import.resolver';
import {
  AgendaResolver,
  AppointmentFieldsResolver,
  HouseholdVisitsResolver,
  VisitFieldsResolver,
} from '../visits/visit.resolver';
import { WorkflowResolver } from '../workflow/workflow.resolver';
import { ZoneResolver } from '../zones/zone.resolver';
import { ZoneImportResolver } from '../zones/zone-import.resolver';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  ZoneResolver,
  BuildingResolver,
  ZoneBuildingsResolver,
  HouseholdResolver,
  BuildingHouseholdsResolver,
  ZoneHouseholdsResolver,
  PersonResolver,
  HouseholdPersonsResolver,
  ZonePersonsResolver,
  HouseholdSaveResolver,
  WorkflowResolver,
  HouseholdLongFormFieldResolver,
  HouseholdLongFormResolver,
  PersonLongFormFieldResolver,
  PersonLongFormResolver,
  LongFormMutationResolver,
  AgendaResolver,
  HouseholdVisitsResolver,
  AppointmentFieldsResolver,
  VisitFieldsResolver,
  PersonPrivacyResolver,
  HouseholdPrivacyResolver,
  AuditResolver,
  ProblemResolver,
  BuildingProblemsResolver,
  HouseholdProblemsResolver,
  PersonProblemsResolver,
  SelfReportResolver,
  ProgressResolver,
  ReportTextsResolver,
  ProgressTrendResolver,
  ZoneTrendResolver,
  RegistryResolver,
  SourceImportResolver,
  ReconciliationResolver,
  ZoneImportResolver,
  StaffImportResolver,
  ChangeFeedResolver,
  ExportResolver,
  UserErrorResolver,
  ImportRowErrorResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The census GraphQL schema, built once per process from the type-graphql decorators. */
export function buildCensusSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers: RESOLVERS, validate: false }).then((built) => {
    // type-graphql has no option for the root types' descriptions.
    built.getQueryType()!.description = 'Reads of the census: zones, buildings, households and persons.';
    built.getMutationType()!.description =
      'Changes to the census data; every mutation answers userErrors naming the field.';
    return built;
  });
  return schema;
}

/** The SDL committed as `schema.graphql`: sorted so that moving code around never changes it. */
export async function printCensusSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildCensusSchema()))}\n`;
}
