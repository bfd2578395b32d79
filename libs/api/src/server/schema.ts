import 'reflect-metadata';
import '../common/enums';

import {
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { buildSchema } from 'type-graphql';

import { AccountResolver, ZoneEnumeratorsResolver } from '../accounts/account.resolver';
import { StaffImportResolver } from '../accounts/staff-import.resolver';
import { BuildingResolver, ZoneBuildingsResolver } from '../buildings/building.resolver';
import { ZoneBuildingPointsResolver } from '../buildings/building-map.resolver';
import { ChangeFeedResolver } from '../changes/change-feed.resolver';
import { UserErrorResolver } from '../common/user-error';
import { ExportResolver } from '../exports/export.resolver';
import {
  BuildingHouseholdsResolver,
  HouseholdResolver,
  householdsOfBuilding,
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
import {
  HouseholdLongFormOptionsResolver,
  LongFormOptionsMutationResolver,
  ZoneLongFormOptionsResolver,
} from '../long-form/long-form-options.resolver';
import { HouseholdSaveResolver } from '../persons/household-save.resolver';
import {
  HouseholdPersonsResolver,
  PersonResolver,
  personsOfHousehold,
  ZonePersonsResolver,
} from '../persons/person.resolver';
import {
  AuditResolver,
  householdPhone,
  HouseholdPrivacyResolver,
  personCitizenId,
  PersonPrivacyResolver,
} from '../privacy/privacy.resolver';
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
import { ReviewResolver } from '../workflow/review.resolver';
import {
  HouseholdEventReasonsResolver,
  ReturnReasonResolver,
  WorkflowResolver,
} from '../workflow/workflow.resolver';
import { ZoneResolver } from '../zones/zone.resolver';
import { ZoneBoundaryResolver } from '../zones/zone-boundary.resolver';
import { ZoneImportResolver } from '../zones/zone-import.resolver';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccountResolver,
  ZoneEnumeratorsResolver,
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
  HouseholdEventReasonsResolver,
  ReturnReasonResolver,
  ReviewResolver,
  HouseholdLongFormFieldResolver,
  HouseholdLongFormResolver,
  PersonLongFormFieldResolver,
  PersonLongFormResolver,
  LongFormMutationResolver,
  ZoneLongFormOptionsResolver,
  HouseholdLongFormOptionsResolver,
  LongFormOptionsMutationResolver,
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
  ZoneBoundaryResolver,
  ZoneBuildingPointsResolver,
] as const;

/**
 * Field resolvers called once per row of a nested read (hundreds per request), installed as the fields' resolvers
 * in place of type-graphql's wrapper, which resolves every parameter decorator and converts arguments on each
 * call. They are the same functions the decorated methods call (which still declare the fields), take no
 * middleware (no `@Allow`: they are not root fields) and read their arguments as graphql coerced them.
 */
const DIRECT_RESOLVERS: Record<string, Record<string, GraphQLFieldResolver<never, never, never>>> = {
  Building: { households: householdsOfBuilding },
  Household: { persons: personsOfHousehold, phone: householdPhone },
  Person: { citizenId: personCitizenId },
};

function installDirectResolvers(built: GraphQLSchema): void {
  for (const [typeName, fields] of Object.entries(DIRECT_RESOLVERS)) {
    const type = built.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type.`);
    for (const [fieldName, resolve] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`${typeName}.${fieldName} is not a field.`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
}

let schema: Promise<GraphQLSchema> | undefined;

/** The census GraphQL schema, built once per process from the type-graphql decorators. */
export function buildCensusSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers: RESOLVERS, validate: false }).then((built) => {
    // type-graphql has no option for the root types' descriptions.
    built.getQueryType()!.description = 'Reads of the census: zones, buildings, households and persons.';
    built.getMutationType()!.description =
      'Changes to the census data; every mutation answers userErrors naming the field.';
    installDirectResolvers(built);
    return built;
  });
  return schema;
}

/** The SDL committed as `schema.graphql`: sorted so that moving code around never changes it. */
export async function printCensusSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildCensusSchema()))}\n`;
}
