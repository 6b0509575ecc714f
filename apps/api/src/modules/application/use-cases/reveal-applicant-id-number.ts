import { APPLICATION_LIMITS, requiredTextSchema } from '@gdp/domain';
import { z } from 'zod';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { todayOf } from '../../deadline/deadline.service.js';
import { loadApplicant, openIdNumber } from '../application.applicant.js';
import { Application } from '../application.entity.js';
import { APPLICATION_LABEL, recordApplicationEvent } from '../application.steps.js';
import type { ApplicantIdNumberReveal } from '../application.types.js';

const revealSchema = z.object({ reason: requiredTextSchema('查看理由', APPLICATION_LIMITS.reason) });

/**
 * The applicant's full ID number for a handler who needs it (SPEC §2.4): a mutation so that every read is
 * recorded — who, when, why — in the case's history and the audit row, neither of which holds the number.
 */
export async function revealApplicantIdNumber(
  context: RequestContext,
  id: string,
  rawReason: string,
): Promise<ApplicantIdNumberReveal> {
  const { reason } = parseInput(revealSchema, { reason: rawReason });
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const application = isUuid(id) ? await manager.findOneBy(Application, { id }) : null;
  if (!application) throw notFound(APPLICATION_LABEL);
  scope.subject = { entityType: 'Application', entityId: id };
  const applicant = await loadApplicant(manager, id);
  const idNumber = openIdNumber(context.services.fieldEncryption, applicant);
  const event = await recordApplicationEvent(
    manager,
    context,
    id,
    'REVEAL_ID_NUMBER',
    application.state,
    application.state,
    todayOf(context.services.clock),
    reason,
  );
  recordChange(context, 'ApplicationEvent', event.id, null, event);
  return { idType: applicant.idType, idNumber };
}
