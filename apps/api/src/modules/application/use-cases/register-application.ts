import { applicationIntakeSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { todayOf } from '../../deadline/deadline.service.js';
import { fileApplication, type FiledApplication } from '../application.filing.js';
import { assertRecordedDate } from '../application.steps.js';
import type { ApplicationIntakeInput } from '../application.types.js';

/**
 * A handler registers an application that came in person, by post, fax or e-mail; the day of receipt is the
 * one art. 31 names for the channel (shown beside the field), never a day still to come.
 */
export async function registerApplication(
  context: RequestContext,
  rawInput: ApplicationIntakeInput,
): Promise<FiledApplication> {
  const { issueAccessCode, ...fields } = rawInput;
  const input = parseInput(applicationIntakeSchema, fields);
  const today = todayOf(context.services.clock);
  assertRecordedDate(input.arrivedDate, today, 'arrivedDate', '到达日期');
  assertRecordedDate(input.receivedDate, today, 'receivedDate', '收到申请日期');
  return fileApplication(context, {
    channel: input.channel,
    arrivedDate: input.arrivedDate,
    receivedDate: input.receivedDate,
    applicant: input.applicant,
    description: input.description,
    purpose: input.purpose ?? null,
    deliveryForm: input.deliveryForm,
    issueAccessCode: issueAccessCode ?? true,
  });
}
