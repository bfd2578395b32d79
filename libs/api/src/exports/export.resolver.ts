import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { Allow, staffOf } from '../auth/access';
import { Role } from '../auth/role';
import { connectionType, PageArgs } from '../common/connection';
import { NO_FILTER } from '../common/page-loader';
import { UserError } from '../common/user-error';
import { UNMASKING_ROLES } from '../privacy/privacy.resolver';
import { actorOf, type CensusContext } from '../server/context';
import { ExportEntity, ExportFormat } from './export-formats';
import { ExportFile, ExportJob, ExportStatus } from './export-job.entity';

@InputType({ description: 'What to export.' })
export class StartExportInput {
  @Field({ description: 'Zone code (canonical or 12-digit padded): the zone and everything below it.' })
  zoneCode!: string;

  @Field(() => [ExportEntity], { description: 'What to export; one file each.' })
  entities!: ExportEntity[];

  @Field(() => ExportFormat, { description: 'File format.' })
  format!: ExportFormat;

  @Field({
    defaultValue: false,
    description:
      'Citizen IDs and phone numbers in full instead of masked (integration accounts only; audited).',
  })
  unmasked!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Idempotency key (8-100 printable ASCII characters): a retry with the same key returns the job the first ' +
      'request created instead of starting another. Required for integration accounts.',
  })
  idempotencyKey!: string | null;
}

@ObjectType({ description: 'Result of startExport.' })
export class StartExportPayload {
  @Field(() => ExportJob, { nullable: true, description: 'The queued job; follow it with node(id).' })
  job!: ExportJob | null;

  @Field(() => [UserError], { description: 'Why the export was refused; empty on success.' })
  userErrors!: UserError[];
}

export const ExportJobConnection = connectionType(
  ExportJob,
  'ExportJob',
  'A page of the bulk export jobs you started, newest first.',
);

@Resolver(() => ExportJob)
export class ExportResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Query(() => ExportJobConnection, {
    description:
      '导出任务: the bulk exports you started, newest first, in any state (files are kept 24 hours). Only your ' +
      "own jobs: another account's jobs are never listed nor counted, even for a zone you hold.",
  })
  async exportJobs(@Args() page: PageArgs, @Ctx() { loaders }: CensusContext) {
    return ExportJobConnection.of(await loaders.exportJobs('', NO_FILTER, page));
  }

  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATION)
  @Mutation(() => StartExportPayload, {
    description:
      '批量导出: starts a bulk export of a zone into JSON Lines or CSV files. Answers at once with a QUEUED job; ' +
      'read its status, progress, files, checksums and signed download links through node(id). Only the account ' +
      'that started a job sees it.',
  })
  async startExport(
    @Arg('input', () => StartExportInput, { description: 'What to export.' }) input: StartExportInput,
    @Ctx() context: CensusContext,
  ): Promise<StartExportPayload> {
    const principal = staffOf(context);
    const result = await context.services.exports.start(
      actorOf(context),
      input,
      UNMASKING_ROLES.includes(principal.role),
      principal.role === Role.INTEGRATION,
    );
    if (result.job) context.services.exportRunner?.kick();
    return result;
  }

  @FieldResolver(() => [ExportFile], { description: 'The files, once the job is COMPLETED (empty before).' })
  files(@Root() job: ExportJob, @Ctx() context: CensusContext): ExportFile[] {
    const live = job.status === ExportStatus.COMPLETED;
    return job.files.map((file) => ({
      ...file,
      url: live ? context.services.exportLinks.sign(context.baseUrl, job.id, file.name) : null,
    }));
  }

  @FieldResolver(() => Number, {
    description: 'Share of the rows written, 0 to 1 (1 when COMPLETED).',
  })
  progress(@Root() job: ExportJob): number {
    if (job.status === ExportStatus.COMPLETED || job.status === ExportStatus.EXPIRED) return 1;
    if (!job.totalRows) return 0;
    return Math.min(1, job.rowsWritten / job.totalRows);
  }
}
