import { Field, InputType } from 'type-graphql';

import { Role } from '../auth/role';
import { ImportBatchInput, ImportRowInput } from '../imports/import.types';

/** Most rows one `importStaff` call accepts (every password is hashed with argon2id). */
export const MAX_STAFF_IMPORT_ROWS = 500;

@InputType({ description: '人员名册: one staff member of an imported roster.' })
export class StaffRowInput extends ImportRowInput {
  @Field({
    description:
      '用户名: 3-50 letters, digits, dots, dashes or underscores. A new username creates the account; a known one ' +
      'you may manage is updated.',
  })
  username!: string;

  @Field({ description: '姓名: 1-50 characters.' })
  name!: string;

  @Field(() => Role, {
    description: 'A role you may create; the role of a known account cannot be changed by an import.',
  })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description:
      'At least 10 characters; required for new accounts of every role but INTEGRATION (which takes none). ' +
      'Given for a known account, it resets its password.',
  })
  password?: string | null;

  @Field(() => [String], {
    description:
      'Zones the account holds, each existing and within your zones. For ENUMERATOR rows: small zones, assigned ' +
      'to this enumerator (their previous enumerator loses them; the assignment history keeps both).',
  })
  zoneCodes!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "普查指导员: username of an ENUMERATOR's supervisor, a SUPERVISOR row of the same batch or an existing " +
      'supervisor you can see.',
  })
  supervisorUsername?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '所属单位: office zone (township or above, within yours) a NEW account belongs to; default as in createAccount. ' +
      'An import never moves a known account to another office.',
  })
  homeZoneCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Contact phone (digits, spaces, + and -; at most 20 characters); checked, not stored.',
  })
  phone?: string | null;
}

@InputType({ description: 'A batch of the staff roster (at most 500 rows).' })
export class ImportStaffInput extends ImportBatchInput {
  @Field(() => [StaffRowInput], { description: 'The rows, at most 500.' })
  rows!: StaffRowInput[];
}
