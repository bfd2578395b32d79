import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { longFormAnswerText, refusedItems } from '@census/rules';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { codedError } from '../common/coded-error';
import { countyRowKey } from '../common/global-id';
import { Household } from '../households/household.entity';
import { Person } from '../persons/person.entity';
import { AuditAction } from '../privacy/audit-log.entity';
import { mayUnmask, UNMASKING_ROLES } from '../privacy/privacy.resolver';
import { actorOf, type CensusContext } from '../server/context';
import { longFormProblems } from './long-form.service';
import {
  HouseholdLongForm,
  LongFormAnswerState,
  LongFormItemAnswer,
  LongFormPayload,
  LongFormStatus,
  PersonLongForm,
  SaveLongFormInput,
  SetLongFormSampleInput,
} from './long-form.types';
import {
  answerValueText,
  isSealedAnswer,
  ITEMS,
  type LongFormColumns,
  type LongFormEntity,
  openSealed,
  readAnswers,
} from './long-form-answers';

const UNMASKED = {
  defaultValue: false,
  description:
    'true: sealed answers in full (audited; only roles that need them, and the resident for its own form).',
};

/**
 * The recorded items of a row, in the form's order. Sealed values are opened only for `unmasked` reads, which are
 * checked and audited like citizen IDs (one audit statement per request); a masked read decrypts nothing.
 */
async function itemAnswers(
  context: CensusContext,
  entity: LongFormEntity,
  row: LongFormColumns,
  unmasked: boolean,
  record: { entityType: string; entityId: string; smallZoneCode: string },
): Promise<LongFormItemAnswer[]> {
  const answers = readAnswers(row);
  const sealedFields = ITEMS[entity].filter((item) => isSealedAnswer(row, item.field));
  let opened: Record<string, unknown> = {};
  if (unmasked && sealedFields.length) {
    if (!mayUnmask(context)) {
      throw codedError(
        'auth.unmaskForbidden',
        { item: sealedFields[0].key, allowed: UNMASKING_ROLES.join(', ') },
        { code: 'FORBIDDEN' },
      );
    }
    opened = openSealed(context.services.crypto, row);
    await context.loaders.unmaskLog.load({ action: AuditAction.UNMASK, item: 'longForm', ...record });
  }
  const result: LongFormItemAnswer[] = [];
  for (const item of ITEMS[entity]) {
    const answer = answers[item.field];
    if (!answer) continue;
    const refused = answer.refused === true;
    const sealedValue = isSealedAnswer(row, item.field);
    const masked = sealedValue && !unmasked;
    const value = sealedValue ? opened[item.field] : refused ? undefined : answer.value;
    const shown = refused ? answer : { value };
    result.push({
      item: item.key,
      field: item.field,
      state: refused ? LongFormAnswerState.REFUSED : LongFormAnswerState.ANSWERED,
      value: masked || refused ? null : answerValueText(item, value),
      text: masked ? null : longFormAnswerText(item.key, shown, context.lang),
      sealed: item.sealed,
      masked,
    });
  }
  return result;
}

@Resolver(() => Household)
export class HouseholdLongFormFieldResolver {
  @FieldResolver(() => HouseholdLongForm, {
    description: '长表: whether the household is sampled for the long form, its answers and where it stands.',
  })
  longForm(@Root() household: Household): HouseholdLongForm {
    return { household, sampled: household.longFormSampled === true };
  }
}

@Resolver(() => HouseholdLongForm)
export class HouseholdLongFormResolver {
  @FieldResolver(() => LongFormStatus, {
    description: 'NOT_SAMPLED, NOT_STARTED, INCOMPLETE (submitting lists every problem) or COMPLETE.',
  })
  async status(@Root() form: HouseholdLongForm, @Ctx() context: CensusContext): Promise<LongFormStatus> {
    const { household } = form;
    if (!form.sampled) return LongFormStatus.NOT_SAMPLED;
    const persons = await context.loaders
      .personsByHousehold()
      .load(countyRowKey(household.countyCode, household.rowId));
    // Complete when nothing is missing or wrong (a household where no item applies has nothing to answer).
    const options = await context.loaders.longFormOptions.load(household.smallZoneCode);
    if (!longFormProblems(household, persons, context.services.crypto, options).length)
      return LongFormStatus.COMPLETE;
    return household.longForm == null && persons.every((person) => person.longForm == null)
      ? LongFormStatus.NOT_STARTED
      : LongFormStatus.INCOMPLETE;
  }

  @FieldResolver(() => [LongFormItemAnswer], {
    description: 'H8-H18 (and vehicles where asked): the items answered or refused, in the form’s order.',
  })
  answers(
    @Root() { household }: HouseholdLongForm,
    @Arg('unmasked', () => Boolean, UNMASKED) unmasked: boolean,
    @Ctx() context: CensusContext,
  ): Promise<LongFormItemAnswer[]> {
    return itemAnswers(context, 'household', household, unmasked, {
      entityType: 'Household',
      entityId: household.id,
      smallZoneCode: household.smallZoneCode,
    });
  }

  @FieldResolver(() => [String], {
    description: "The household items refused (拒答), as item keys: 'household.housingSource'.",
  })
  refusedItems(@Root() { household }: HouseholdLongForm): string[] {
    return refusedItems(readAnswers(household), 'household');
  }
}

@Resolver(() => Person)
export class PersonLongFormFieldResolver {
  @FieldResolver(() => PersonLongForm, {
    description: "长表: the person's long-form items (C12-C28), when the household is sampled.",
  })
  longForm(@Root() person: Person): PersonLongForm {
    return { person };
  }
}

@Resolver(() => PersonLongForm)
export class PersonLongFormResolver {
  @FieldResolver(() => [LongFormItemAnswer], {
    description: 'C12-C28: the items answered or refused, in the form’s order.',
  })
  answers(
    @Root() { person }: PersonLongForm,
    @Arg('unmasked', () => Boolean, UNMASKED) unmasked: boolean,
    @Ctx() context: CensusContext,
  ): Promise<LongFormItemAnswer[]> {
    return itemAnswers(context, 'person', person, unmasked, {
      entityType: 'Person',
      entityId: person.id,
      smallZoneCode: person.smallZoneCode,
    });
  }

  @FieldResolver(() => [String], {
    description: "The person's items refused (拒答), as item keys: 'person.occupation'.",
  })
  refusedItems(@Root() { person }: PersonLongForm): string[] {
    return refusedItems(readAnswers(person), 'person');
  }
}

const FILLERS = [Role.ENUMERATOR, Role.SUPERVISOR, Role.TOWNSHIP_OFFICER] as const;

@Resolver()
export class LongFormMutationResolver {
  @Allow(...FILLERS)
  @Mutation(() => LongFormPayload, {
    description:
      "保存长表: a sampled household's long-form answers (household and persons) in one change, under the household's " +
      'version. Incomplete answers may be saved (submitHousehold needs them complete); anything wrong is refused, ' +
      'every problem at once at its place.',
  })
  saveLongForm(
    @Arg('input', { description: 'The household, its version and the answers.' }) input: SaveLongFormInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.longForm.save(input, actorOf(context));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => LongFormPayload, {
    description:
      '调整长表抽样: an office moves a household into or out of the long-form sample by hand, with a reason ' +
      '(audited). The system chooses the sample; nobody else can change it.',
  })
  setLongFormSample(
    @Arg('input', { description: 'The household, its version, in or out, and why.' })
    input: SetLongFormSampleInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.longForm.setSample(input, actorOf(context));
  }
}
