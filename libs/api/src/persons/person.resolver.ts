import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { connectionType, PageArgs } from '../common/connection';
import { countyRowKey } from '../common/global-id';
import { DeletePayload, payloadType } from '../common/payload';
import { columnsFor, nestedRows } from '../common/selection';
import { Household } from '../households/household.entity';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { Person } from './person.entity';
import { CreatePersonInput, DeletePersonInput, PersonFilter, UpdatePersonInput } from './person.inputs';
import { PERSON_COLUMNS, PERSON_LIST } from './person.loaders';
import { personListFilter } from './person.service';

export const PersonConnection = connectionType(Person, 'Person', 'A page of persons, ordered by small zone.');
const PersonPayload = payloadType(Person, 'person', 'PersonPayload', 'Result of a person mutation.', {
  name: 'Person',
  spec: PERSON_LIST,
});

@Resolver(() => Person)
export class PersonResolver {
  @Allow('STAFF')
  @Query(() => PersonConnection, { description: 'Persons matching the filter, ordered by small zone.' })
  async persons(
    @Arg('filter', () => PersonFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: PersonFilter | null,
    @Args() page: PageArgs,
    @Ctx() { db, loaders, services }: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return PersonConnection.of(
      await loaders.persons(
        '',
        personListFilter(filter, services.crypto),
        page,
        columnsFor(db, Person, PERSON_COLUMNS, info, 'connection'),
      ),
    );
  }

  @FieldResolver(() => Household, { description: '户: the household of the person.' })
  async household(@Root() person: Person, @Ctx() { loaders }: CensusContext): Promise<Household> {
    return (await loaders.householdById.load(countyRowKey(person.countyCode, person.householdRowId)))!;
  }

  @FieldResolver(() => Zone, { description: '普查小区: the small zone of the person.' })
  async smallZone(@Root() person: Person, @Ctx() { loaders }: CensusContext): Promise<Zone> {
    return (await loaders.zoneByCode.load(person.smallZoneCode))!;
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => PersonPayload, { description: 'Adds a person to a household.' })
  createPerson(
    @Arg('input', { description: 'The items of the change.' }) input: CreatePersonInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.persons.create(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => PersonPayload, { description: 'Changes the items of a person.' })
  updatePerson(
    @Arg('input', { description: 'The items of the change.' }) input: UpdatePersonInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.persons.update(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.SUPERVISOR, Role.ENUMERATOR)
  @Mutation(() => DeletePayload, { description: 'Deletes a person.' })
  deletePerson(
    @Arg('input', { description: 'The items of the change.' }) input: DeletePersonInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.persons.delete(input, actorOf(context));
  }
}

/**
 * `Household.persons`: installed as the field's resolver in its own right too (server/schema.ts, `DIRECT_RESOLVERS`),
 * so that the hundreds of households of a nested read skip type-graphql's per-call parameter handling.
 */
export function personsOfHousehold(
  household: Household,
  _args: unknown,
  { db, loaders }: CensusContext,
  info: GraphQLResolveInfo,
): Person[] | Promise<Person[]> {
  const columns = columnsFor(db, Person, PERSON_COLUMNS, info, 'list');
  // Read along with the household (registered in person.loaders.ts) when its statement could.
  return (
    nestedRows<Person>(household, 'persons', columns) ??
    loaders.personsByHousehold(columns).load(countyRowKey(household.countyCode, household.rowId))
  );
}

/** 人口 of a household: `Household.persons`, here so that households do not depend on persons. */
@Resolver(() => Household)
export class HouseholdPersonsResolver {
  @FieldResolver(() => [Person], { description: '人口: persons of the household, in line order.' })
  persons(
    @Root() household: Household,
    @Ctx() context: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ): Person[] | Promise<Person[]> {
    return personsOfHousehold(household, {}, context, info);
  }
}

/** 人口 of a zone: `Zone.persons`, here so that zones do not depend on persons. */
@Resolver(() => Zone)
export class ZonePersonsResolver {
  @FieldResolver(() => PersonConnection, { description: 'Persons in this zone and all zones below it.' })
  async persons(
    @Root() zone: Zone,
    @Arg('filter', () => PersonFilter, {
      nullable: true,
      description: 'Conditions every item must meet; all items when omitted.',
    })
    filter: PersonFilter | null,
    @Args() page: PageArgs,
    @Ctx() { db, loaders, services }: CensusContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return PersonConnection.of(
      await loaders.personsInZone(
        zone.code,
        personListFilter(filter, services.crypto),
        page,
        columnsFor(db, Person, PERSON_COLUMNS, info, 'connection'),
      ),
    );
  }
}
