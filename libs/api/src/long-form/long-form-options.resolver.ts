import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { actorOf, type CensusContext } from '../server/context';
import { Zone } from '../zones/zone.entity';
import { ZonePayload } from '../zones/zone.resolver';
import { HouseholdLongForm, LongFormOptions, SetLongFormOptionsInput } from './long-form.types';
import { setLongFormOptions, type ZoneLongFormOptions } from './long-form-options';

@Resolver(() => Zone)
export class ZoneLongFormOptionsResolver {
  @FieldResolver(() => LongFormOptions, {
    description:
      '长表附加项目: the optional long-form items in force in this zone (the nearest county or township setting).',
  })
  longFormOptions(@Root() zone: Zone, @Ctx() context: CensusContext): Promise<ZoneLongFormOptions> {
    return context.loaders.longFormOptions.load(zone.code);
  }
}

@Resolver(() => HouseholdLongForm)
export class HouseholdLongFormOptionsResolver {
  @FieldResolver(() => LongFormOptions, {
    description:
      '长表附加项目: the optional items this household is asked (its county or township office chose).',
  })
  options(
    @Root() { household }: HouseholdLongForm,
    @Ctx() context: CensusContext,
  ): Promise<ZoneLongFormOptions> {
    return context.loaders.longFormOptions.load(household.smallZoneCode);
  }
}

@Resolver()
export class LongFormOptionsMutationResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => ZonePayload, {
    description:
      '长表附加项目：车辆: a county or township office adds the vehicle items to the long form of its zone (or ' +
      'leaves them out, or follows the office above), audited. A township setting overrides the county one.',
  })
  setLongFormOptions(
    @Arg('input', { description: 'The county or township and its setting.' }) input: SetLongFormOptionsInput,
    @Ctx() context: CensusContext,
  ) {
    return setLongFormOptions(context.db, input, actorOf(context));
  }
}
