import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { beijingDay, beijingDayStart, canonicalZoneCode } from '@census/rules';

import { Allow } from '../auth/access';
import { scopeOf } from '../auth/principal';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { connectionType, PageArgs } from '../common/connection';
import { DateScalar } from '../common/date-scalar';
import { countyRowKey } from '../common/global-id';
import { NO_FILTER } from '../common/page-loader';
import { payloadType } from '../common/payload';
import { Household } from '../households/household.entity';
import { HouseholdConnection } from '../households/household.resolver';
import { actorOf, type CensusContext } from '../server/context';
import { agendaAppointmentsFilter, notVisitedFilter, repeatedFailuresFilter } from './agenda.sql';
import { Appointment } from './appointment.entity';
import { Visit } from './visit.entity';
import { RecordVisitInput, ScheduleAppointmentInput, UpdateAppointmentInput } from './visit.inputs';
import { APPOINTMENT_LIST, VISIT_LIST } from './visit.loaders';

export const AppointmentConnection = connectionType(
  Appointment,
  'Appointment',
  'A page of appointments, by planned time.',
);
export const VisitConnection = connectionType(Visit, 'Visit', 'A page of visits, oldest first.');
const VisitPayload = payloadType(Visit, 'visit', 'VisitPayload', 'Result of recording a visit.', {
  name: 'Visit',
  spec: VISIT_LIST,
});
const AppointmentPayload = payloadType(
  Appointment,
  'appointment',
  'AppointmentPayload',
  'Result of an appointment mutation.',
  { name: 'Appointment', spec: APPOINTMENT_LIST },
);

const FIELD_STAFF = [Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER] as const;

@ObjectType({ description: '工作日程: what an enumerator has to do on one day, within the zones it holds.' })
export class Agenda {
  @Field({ description: 'The day (Beijing time), YYYY-MM-DD.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'The zone the agenda is limited to, if any.' })
  zoneCode!: string | null;
}

function agendaDay(date: string | null | undefined): string {
  const day = date ?? beijingDay(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(beijingDayStart(day).getTime())) {
    throw codedError('input.invalidDate', { value: day }, { code: 'BAD_USER_INPUT', argumentName: 'date' });
  }
  return day;
}

@Resolver(() => Agenda)
export class AgendaResolver {
  @Allow(...FIELD_STAFF)
  @Query(() => Agenda, {
    description:
      "工作日程: a day's appointments, households not visited yet and households with repeated failed visits.",
  })
  agenda(
    @Arg('day', () => DateScalar, {
      nullable: true,
      description: '日期: the day (Beijing time); today when omitted.',
    })
    day: string | null,
    @Arg('date', () => String, {
      nullable: true,
      description: 'YYYY-MM-DD (Beijing time); today when omitted.',
      deprecationReason: 'Use `day`, a Date.',
    })
    date: string | null,
    @Arg('zoneCode', () => String, { nullable: true, description: 'Limit to this zone and below.' })
    zoneCode: string | null,
  ): Agenda {
    if (day != null && date != null && day !== date) {
      throw codedError('input.daysDiffer', { day, date }, { code: 'BAD_USER_INPUT', argumentName: 'date' });
    }
    return Object.assign(new Agenda(), {
      date: agendaDay(day ?? date),
      zoneCode: zoneCode == null ? null : (canonicalZoneCode(zoneCode) ?? '-'),
    });
  }

  @FieldResolver(() => AppointmentConnection, {
    description: '今日预约: planned appointments of the day, by time.',
  })
  async appointments(
    @Root() agenda: Agenda,
    @Args() page: PageArgs,
    @Ctx() { auth, loaders }: CensusContext,
  ) {
    return AppointmentConnection.of(
      await loaders.appointments(
        '',
        agendaAppointmentsFilter(agenda, scopeOf(auth.principal).counties),
        page,
      ),
    );
  }

  @FieldResolver(() => HouseholdConnection, {
    description: '未入户: ordinary households still to enumerate that have no visit yet.',
  })
  async notVisited(@Root() agenda: Agenda, @Args() page: PageArgs, @Ctx() { auth, loaders }: CensusContext) {
    return HouseholdConnection.of(
      await loaders.households('', notVisitedFilter(agenda, scopeOf(auth.principal).counties), page),
    );
  }

  @FieldResolver(() => HouseholdConnection, {
    description:
      '多次未果: households still to enumerate with repeated failed visits (nobody home, refused) and none completed.',
  })
  async repeatedFailures(
    @Root() agenda: Agenda,
    @Args() page: PageArgs,
    @Arg('minFailures', () => Int, { defaultValue: 2, description: 'Failed visits at least.' })
    minFailures: number,
    @Ctx() { auth, loaders }: CensusContext,
  ) {
    return HouseholdConnection.of(
      await loaders.households(
        '',
        repeatedFailuresFilter(agenda, scopeOf(auth.principal).counties, minFailures),
        page,
      ),
    );
  }
}

@Resolver(() => Household)
export class HouseholdVisitsResolver {
  @FieldResolver(() => [Visit], {
    description: '入户记录: visits to the household, oldest first.',
    deprecationReason:
      'Use `visitsConnection`: the same visits as a page that `recordVisit` results can be added to.',
  })
  visits(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<Visit[]> {
    return loaders.visitsByHousehold.load(countyRowKey(household.countyCode, household.rowId));
  }

  @FieldResolver(() => VisitConnection, {
    description: '入户记录: visits to the household, oldest first; `last` reads the latest.',
  })
  async visitsConnection(
    @Root() household: Household,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return VisitConnection.of(
      await loaders.visitsOfHousehold(countyRowKey(household.countyCode, household.rowId), NO_FILTER, page),
    );
  }

  @FieldResolver(() => [Appointment], {
    description: '预约: appointments with the household, by time.',
    deprecationReason:
      'Use `appointmentsConnection`: the same appointments as a page that `scheduleAppointment` results can be added to.',
  })
  appointments(@Root() household: Household, @Ctx() { loaders }: CensusContext): Promise<Appointment[]> {
    return loaders.appointmentsByHousehold.load(countyRowKey(household.countyCode, household.rowId));
  }

  @FieldResolver(() => AppointmentConnection, {
    description: '预约: appointments with the household, by planned time.',
  })
  async appointmentsConnection(
    @Root() household: Household,
    @Args() page: PageArgs,
    @Ctx() { loaders }: CensusContext,
  ) {
    return AppointmentConnection.of(
      await loaders.appointmentsOfHousehold(
        countyRowKey(household.countyCode, household.rowId),
        NO_FILTER,
        page,
      ),
    );
  }

  @Allow(...FIELD_STAFF)
  @Mutation(() => VisitPayload, { description: '记录入户: records a visit or call and its outcome.' })
  recordVisit(
    @Arg('input', { description: 'The visit.' }) input: RecordVisitInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.visits.record(input, actorOf(context));
  }

  @Allow(...FIELD_STAFF)
  @Mutation(() => AppointmentPayload, {
    description: '预约入户: records an appointment agreed with the household.',
  })
  scheduleAppointment(
    @Arg('input', { description: 'The appointment.' }) input: ScheduleAppointmentInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.visits.schedule(input, actorOf(context));
  }

  @Allow(...FIELD_STAFF)
  @Mutation(() => AppointmentPayload, { description: 'Moves, keeps, misses or cancels an appointment.' })
  updateAppointment(
    @Arg('input', { description: 'The changes.' }) input: UpdateAppointmentInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.visits.updateAppointment(input, actorOf(context));
  }
}

@Resolver(() => Appointment)
export class AppointmentFieldsResolver {
  @FieldResolver(() => Household, { description: '户: the household of the appointment.' })
  async household(@Root() appointment: Appointment, @Ctx() { loaders }: CensusContext): Promise<Household> {
    return (await loaders.householdById.load(
      countyRowKey(appointment.countyCode, appointment.householdRowId),
    ))!;
  }
}

@Resolver(() => Visit)
export class VisitFieldsResolver {
  @FieldResolver(() => Household, { description: '户: the household visited.' })
  async household(@Root() visit: Visit, @Ctx() { loaders }: CensusContext): Promise<Household> {
    return (await loaders.householdById.load(countyRowKey(visit.countyCode, visit.householdRowId)))!;
  }
}
