import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { countyRowGlobalId, countyRowKey, type NodeTypeName, rowRefOf } from '../common/global-id';
import { fromInputOrArgument } from '../common/input-argument';
import { DeletePayload } from '../common/payload';
import { coded, userError, UserErrorCode } from '../common/user-error';
import { Household } from '../households/household.entity';
import { UpdateHouseholdInput } from '../households/household.inputs';
import { LongFormPayload, SaveLongFormInput } from '../long-form/long-form.types';
import { CreatePersonInput, DeletePersonInput, UpdatePersonInput } from '../persons/person.inputs';
import { actorOf, type CensusContext } from '../server/context';
import { SelfReportService } from './self-report.service';
import {
  IssueSelfReportCodeInput,
  SelfHouseholdPayload,
  SelfPersonPayload,
  SelfReportCodePayload,
  SelfReportSessionPayload,
  StartSelfReportInput,
  SubmitSelfReportInput,
} from './self-report.types';

function resident(context: CensusContext) {
  const { principal } = context.auth;
  if (principal.kind !== 'resident') throw codedError('auth.residentOnly', {}, { code: 'FORBIDDEN' });
  return {
    ...principal,
    actor: SelfReportService.residentActor(principal.smallZoneCode, principal.householdId),
  };
}

/**
 * The county-form global ID of the resident's own row that `id` names (a row of its county: an old ID without the
 * county is taken as one), or null for an ID of another type or county. The services then get the county form and
 * name the county in every statement.
 */
function ownCountyId(id: string, type: NodeTypeName, self: { countyCode: string }): string | null {
  const ref = rowRefOf(id, type);
  return ref && (ref.county === null || ref.county === self.countyCode)
    ? countyRowGlobalId(type, self.countyCode, ref.id)
    : null;
}

/** The county-form global ID of the resident's household. */
function ownHouseholdId(self: { countyCode: string; householdId: string }): string {
  return countyRowGlobalId('Household', self.countyCode, self.householdId);
}

/** A resident may only name its own household (or its persons); anything else looks like it does not exist. */
function notFound(field: string, _id: string) {
  return {
    node: null,
    userErrors: [userError(field, UserErrorCode.NOT_FOUND, coded('record.notFound', { object: 'record' }))],
  };
}

@Resolver()
export class SelfReportResolver {
  @Allow(Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER)
  @Mutation(() => SelfReportCodePayload, {
    description: '发放自主填报码: issues (or replaces) the self-report code of a household.',
  })
  issueSelfReportCode(
    @Arg('input', () => IssueSelfReportCodeInput, {
      nullable: true,
      description: 'The household. Required once the deprecated householdId argument is removed.',
    })
    input: IssueSelfReportCodeInput | null,
    @Arg('householdId', () => ID, {
      nullable: true,
      description: 'Global ID of the household.',
      deprecationReason: 'Use `input: { householdId }`.',
    })
    householdId: string | null,
    @Ctx() context: CensusContext,
  ) {
    const id = fromInputOrArgument(input?.householdId, householdId, {
      input: 'input.householdId',
      argument: 'householdId',
    });
    return context.services.selfReport.issue(id, actorOf(context));
  }

  @Allow('ANYONE')
  @Mutation(() => SelfReportSessionPayload, {
    description: '自主填报登录: exchanges a code and the household phone number for a session.',
  })
  startSelfReport(
    @Arg('input', { description: 'Code and phone.' }) input: StartSelfReportInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.selfReport.start(input.code, input.phone, context.clientKey);
  }

  @Allow('RESIDENT')
  @Query(() => Household, { description: "The self-reporting household's own form." })
  async selfReportHousehold(@Ctx() context: CensusContext): Promise<Household> {
    const self = resident(context);
    const household = await context.loaders.householdById.load(
      countyRowKey(self.countyCode, self.householdId),
    );
    if (!household) throw codedError('auth.householdGone', {}, { code: 'UNAUTHENTICATED' });
    return household;
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfHouseholdPayload, {
    description:
      "Changes the household items of the own form; status, kind and building are the enumerator's and answer a " +
      'userError when given.',
  })
  async selfReportUpdateHousehold(
    @Arg('input', { description: 'The changes; id is the own household.' }) input: UpdateHouseholdInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (ownCountyId(input.id, 'Household', self) !== ownHouseholdId(self)) return notFound('id', input.id);
    // Status, kind and building are the enumerator's findings at listing, not the resident's to change.
    const enumeratorItems = (['status', 'kind', 'buildingId'] as const).filter(
      (item) => input[item] !== undefined && input[item] !== null,
    );
    if (enumeratorItems.length > 0) {
      return {
        node: null,
        userErrors: enumeratorItems.map((item) =>
          userError(
            item,
            UserErrorCode.INVALID,
            coded('household.enumeratorItem', { item: `household.${item}` }),
          ),
        ),
      };
    }
    return context.services.households.update({ ...input, id: ownHouseholdId(self) }, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfPersonPayload, { description: 'Adds a person to the own form.' })
  async selfReportCreatePerson(
    @Arg('input', { description: 'The person; householdId is the own household.' }) input: CreatePersonInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (ownCountyId(input.householdId, 'Household', self) !== ownHouseholdId(self))
      return notFound('householdId', input.householdId);
    return context.services.persons.create({ ...input, householdId: ownHouseholdId(self) }, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfPersonPayload, { description: 'Changes a person of the own form.' })
  async selfReportUpdatePerson(
    @Arg('input', { description: 'The changes.' }) input: UpdatePersonInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    const personId = ownCountyId(input.id, 'Person', self);
    if (
      personId === null ||
      !(await context.services.selfReport.isOwnPerson(personId, self.countyCode, self.householdId)) ||
      (input.householdId != null &&
        ownCountyId(input.householdId, 'Household', self) !== ownHouseholdId(self))
    ) {
      return notFound('id', input.id);
    }
    const householdId = input.householdId == null ? input.householdId : ownHouseholdId(self);
    return context.services.persons.update({ ...input, id: personId, householdId }, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => DeletePayload, { description: 'Removes a person from the own form.' })
  async selfReportDeletePerson(
    @Arg('input', { description: 'The person.' }) input: DeletePersonInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    const personId = ownCountyId(input.id, 'Person', self);
    if (
      personId === null ||
      !(await context.services.selfReport.isOwnPerson(personId, self.countyCode, self.householdId))
    )
      return { deletedId: null, userErrors: notFound('id', input.id).userErrors };
    return context.services.persons.delete({ ...input, id: personId }, self.actor);
  }

  @Allow('RESIDENT')
  @Mutation(() => SelfHouseholdPayload, {
    description:
      '提交: submits the own form; the household then counts as self-reported and the session ends.',
  })
  selfReportSubmit(
    @Arg('input', { description: 'The version read.' }) input: SubmitSelfReportInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    return context.services.workflow.step('submit', ownHouseholdId(self), input.expectedVersion, self.actor, {
      byResident: true,
    });
  }

  @Allow('RESIDENT')
  @Mutation(() => LongFormPayload, {
    description:
      "保存长表: the own household's long form, when it is sampled (as saveLongForm; persons are the own form's).",
  })
  selfReportSaveLongForm(
    @Arg('input', { description: 'The answers; id is the own household.' }) input: SaveLongFormInput,
    @Ctx() context: CensusContext,
  ) {
    const self = resident(context);
    if (ownCountyId(input.id, 'Household', self) !== ownHouseholdId(self)) return notFound('id', input.id);
    return context.services.longForm.save({ ...input, id: ownHouseholdId(self) }, self.actor);
  }
}
