import { badInput, complaintIntakeSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { fileComplaint, type FiledComplaint } from '../complaint.filing.js';
import type { ComplaintIntakeInput } from '../complaint.types.js';

/**
 * A complaint handler registers a complaint that came by letter, telephone, fax, e-mail or visit
 * [seed §11-3(1)]; the identity and material typed in are sealed at once.
 */
export async function registerComplaint(
  context: RequestContext,
  rawInput: ComplaintIntakeInput,
): Promise<FiledComplaint> {
  const input = parseInput(complaintIntakeSchema, rawInput);
  if (input.receivedAt.getTime() > context.services.clock.now().getTime()) {
    throw badInput('COMPLAINT.RECEIVED_IN_FUTURE', '收到时间不能晚于现在', {
      receivedAt: ['收到时间不能晚于现在'],
    });
  }
  return fileComplaint(context, {
    violationKind: input.violationKind,
    channel: input.channel,
    receivedAt: input.receivedAt,
    summary: input.summary ?? null,
    concernedDepartmentId: input.concernedDepartmentId ?? null,
    isAnonymous: input.isAnonymous,
    wantsReply: input.wantsReply,
    issueAccessCode: input.issueAccessCode,
    sealed: {
      name: input.sealed.name ?? null,
      workplace: input.sealed.workplace ?? null,
      address: input.sealed.address ?? null,
      phone: input.sealed.phone ?? null,
      email: input.sealed.email ?? null,
      content: input.sealed.content,
      concernedDepartment: null,
    },
  });
}
