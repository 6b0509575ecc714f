import { NOTICE_CONTENT_MAX, NOTICE_SUBJECT_MAX } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import type { ExternalAgency } from '../../external-agency/external-agency.entity.js';
import { recordNoticeInMutation } from '../../notice/index.js';
import type { Consultation } from '../consultation.entity.js';

/**
 * Records a letter to a consulted agency as a notice (SPEC §2.3a): sent in writing by post to the address
 * kept for the agency, or handed over in person where none is kept.
 */
export async function recordAgencyLetter(
  context: RequestContext,
  consultation: Consultation,
  agency: ExternalAgency,
  letter: { subject: string; content: string },
): Promise<void> {
  await recordNoticeInMutation(context, {
    caseKind: 'CONSULTATION',
    caseId: consultation.id,
    recipientKind: 'AGENCY',
    recipientRef: agency.id,
    channel: agency.address ? 'POST' : 'IN_PERSON',
    contactAddress: agency.address ?? null,
    subject: letter.subject.slice(0, NOTICE_SUBJECT_MAX),
    content: letter.content.slice(0, NOTICE_CONTENT_MAX),
  });
}
