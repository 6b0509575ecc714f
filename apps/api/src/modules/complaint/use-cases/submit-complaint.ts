import { externalComplaintSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { withIdempotency } from '../../../shared/idempotency/index.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { fileComplaint } from '../complaint.filing.js';
import type { ComplaintSubmission, ExternalComplaintInput } from '../complaint.types.js';

/**
 * A citizen's complaint through an external app (SPEC M14, §2.3b): at most once per idempotency key, the
 * privacy notice accepted, anonymous or not — either way a case number and an access code come back, once,
 * so the complainant can read the progress and the reply.
 */
export function submitComplaint(
  context: RequestContext,
  idempotencyKey: string,
  rawInput: ExternalComplaintInput,
): Promise<ComplaintSubmission> {
  const payload = { ...rawInput };
  return withIdempotency(context, idempotencyKey, 'submitComplaint', payload, async () => {
    const input = parseInput(externalComplaintSchema, payload);
    const { complaint, accessCode } = await fileComplaint(context, {
      violationKind: input.violationKind,
      channel: 'ONLINE',
      receivedAt: context.services.clock.now(),
      summary: null,
      concernedDepartmentId: null,
      isAnonymous: input.isAnonymous,
      wantsReply: input.wantsReply,
      issueAccessCode: true,
      sealed: {
        name: input.name ?? null,
        workplace: input.workplace ?? null,
        address: input.address ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        content: input.content,
        concernedDepartment: input.concernedDepartment ?? null,
      },
    });
    if (!accessCode) throw new Error('an external submission always issues an access code');
    return { caseNumber: complaint.caseNumber, accessCode, receivedAt: complaint.receivedAt };
  });
}
