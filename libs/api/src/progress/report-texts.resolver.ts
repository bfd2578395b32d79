import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { Allow } from '../auth/access';
import { Role } from '../auth/role';
import { payloadType } from '../common/payload';
import { actorOf, type CensusContext } from '../server/context';
import { ZoneReportText } from './report-texts.entity';
import { SaveReportTextsInput } from './report-texts.inputs';

const ReportTextsPayload = payloadType(
  ZoneReportText,
  'reportTexts',
  'ReportTextsPayload',
  'Result of saveReportTexts.',
);

@Resolver()
export class ReportTextsResolver {
  @Allow(Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER)
  @Mutation(() => ReportTextsPayload, {
    description:
      '保存汇报填写内容: saves what the office writes into the progress report of a zone it holds (or lies above): ' +
      'the pilot, the start month, 主要做法 and 工作建议. Replaces the saved texts; audited.',
  })
  saveReportTexts(
    @Arg('input', { description: 'The texts.' }) input: SaveReportTextsInput,
    @Ctx() context: CensusContext,
  ) {
    return context.services.reportTexts.save(input, actorOf(context));
  }
}
