import { externalApplicationSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { withIdempotency } from '../../../shared/idempotency/index.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { todayOf } from '../../deadline/deadline.service.js';
import { fileApplication } from '../application.filing.js';
import type { ApplicationSubmission, ExternalApplicationInput } from '../application.types.js';

/**
 * An application through an external app (SPEC M6, §2.3b): at most once per idempotency key, the privacy
 * notice accepted; the case number returned is the bureau's confirmation, so today (Asia/Shanghai) is the
 * day of receipt (条例 art. 31). The access code comes back once.
 */
export function submitApplication(
  context: RequestContext,
  idempotencyKey: string,
  rawInput: ExternalApplicationInput,
): Promise<ApplicationSubmission> {
  const payload = { ...rawInput, applicant: { ...rawInput.applicant } };
  return withIdempotency(context, idempotencyKey, 'submitApplication', payload, async () => {
    const input = parseInput(externalApplicationSchema, payload);
    const today = todayOf(context.services.clock);
    const { application, accessCode } = await fileApplication(context, {
      channel: 'ONLINE',
      arrivedDate: today,
      receivedDate: today,
      applicant: input.applicant,
      description: input.description,
      purpose: input.purpose ?? null,
      deliveryForm: input.deliveryForm,
      issueAccessCode: true,
    });
    if (!accessCode) throw new Error('an external submission always issues an access code');
    return { caseNumber: application.caseNumber, accessCode, receivedDate: application.receivedDate };
  });
}
