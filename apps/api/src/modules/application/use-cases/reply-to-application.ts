import { In } from 'typeorm';
import {
  AUTOMATIC_RESULT_CODES,
  DomainError,
  applicationResultCode,
  applicationResultOf,
  assertReplyResultAllowed,
  badInput,
  isWithholdingReason,
  replyApplicationSchema,
  type ComplaintChannel,
  type WithholdingReason,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CatalogEntry } from '../../catalog/catalog-entry.entity.js';
import { fileComplaint } from '../../complaint/index.js';
import { loadApplicant, openIdNumber } from '../application.applicant.js';
import { closeApplication } from '../application.closing.js';
import { findRequestedDocuments } from '../application.documents.js';
import type { Application } from '../application.entity.js';
import type { ReplyToApplicationInput } from '../application.types.js';
import { beginApplicationStep } from '../application.steps.js';

const COMPLAINT_CHANNEL_OF: Record<Application['channel'], ComplaintChannel> = {
  IN_PERSON: 'VISIT',
  REGISTERED_POST: 'LETTER',
  ORDINARY_POST: 'LETTER',
  FAX: 'FAX',
  EMAIL: 'EMAIL',
  ONLINE: 'ONLINE',
};

/**
 * Replies and closes the case with a result that supplies nothing through review: information already
 * proactively disclosed (art. 36(1), named by current catalog entries), withheld (with its reasons),
 * unavailable, not processed — a complaint is handed to the complaint procedure (art. 39) as a linked case
 * — or other handling. Supplying information (全部或部分公开) goes through the confidentiality review.
 */
export async function replyToApplication(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: ReplyToApplicationInput,
): Promise<Application> {
  const { withholdingReasons: rawReasons, ...fields } = rawInput;
  const input = parseInput(replyApplicationSchema, fields);
  const result = applicationResultOf(input.resultCategory, input.resultReason);
  const resultCode = applicationResultCode(result);
  if (AUTOMATIC_RESULT_CODES.includes(resultCode)) {
    throw badInput('APPLICATION.AUTOMATIC_RESULT', '逾期未补正、逾期未缴费请使用相应的办结操作', {
      resultReason: ['请使用“逾期未补正办结”或“逾期未缴费办结”'],
    });
  }
  const reasons = [...new Set(rawReasons ?? [])];
  if (reasons.some((reason) => !isWithholdingReason(reason))) {
    throw badInput('APPLICATION.INVALID_WITHHOLDING_REASON', '不予公开的理由无效', { withholdingReasons: ['理由无效'] });
  }
  if (result.category === 'WITHHELD' && reasons.length === 0) {
    throw badInput('APPLICATION.WITHHOLDING_REASON_REQUIRED', '不予公开须说明理由', { withholdingReasons: ['请选择不予公开的理由'] });
  }
  if (result.category !== 'WITHHELD' && reasons.length > 0) {
    throw badInput('APPLICATION.WITHHOLDING_REASON_UNEXPECTED', '只有不予公开才填写不予公开的理由', {
      withholdingReasons: ['只有不予公开才填写'],
    });
  }
  const indexNumbers = [...new Set(input.publishedIndexNumbers ?? [])];
  const step = await beginApplicationStep(context, id, version, 'REPLY');
  const { manager, application } = step;
  const linked = await findRequestedDocuments(manager, application.id);
  assertReplyResultAllowed(resultCode, {
    reasonsRequested: application.reasonsRequestedDate !== null,
    linkedDocumentCount: linked.length,
    jointlyIssued: linked.some((document) => document.jointlyIssued),
  });
  if (result.category === 'PARTIALLY_DISCLOSED' || (result.category === 'DISCLOSED' && indexNumbers.length === 0)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'APPLICATION.SUPPLY_NEEDS_REVIEW',
      '向申请人提供政府信息须先经保密审查（送保密审查后答复）；已主动公开的，请填写公开目录索引号',
      { allowedActions: [] },
    );
  }
  if (result.category === 'DISCLOSED') {
    const published = await manager.findBy(CatalogEntry, { indexNumber: In(indexNumbers), state: 'PUBLISHED' });
    const found = new Set(published.map((entry) => entry.indexNumber));
    const missing = indexNumbers.filter((number) => !found.has(number));
    if (missing.length > 0) {
      const message = `以下索引号不是现行公开的目录条目：${missing.join('、')}`;
      throw badInput('APPLICATION.UNKNOWN_INDEX_NUMBER', message, { publishedIndexNumbers: [message] });
    }
  } else if (indexNumbers.length > 0) {
    throw badInput('APPLICATION.INDEX_NUMBERS_UNEXPECTED', '只有“已主动公开”的答复才引用公开目录索引号', {
      publishedIndexNumbers: ['只有已主动公开的答复才填写'],
    });
  }

  let linkedComplaintId: string | null = null;
  if (resultCode === 'NOT_PROCESSED.COMPLAINT') {
    const applicant = await loadApplicant(manager, application.id);
    const idNumber = openIdNumber(context.services.fieldEncryption, applicant);
    const { complaint } = await fileComplaint(context, {
      violationKind: 'OTHER',
      channel: COMPLAINT_CHANNEL_OF[application.channel],
      receivedAt: context.services.clock.now(),
      summary: null,
      concernedDepartmentId: null,
      isAnonymous: false,
      wantsReply: true,
      issueAccessCode: false,
      sourceApplicationId: application.id,
      sealed: {
        name: applicant.name ?? applicant.contactPerson,
        workplace: applicant.organisationName,
        address: applicant.postalAddress,
        phone: applicant.phone,
        email: applicant.email,
        content: [
          `（由政府信息公开申请 ${application.caseNumber} 转入）`,
          application.correctedDescription ?? application.description,
          idNumber ? `申请人证件号码：${idNumber}` : null,
          applicant.creditCode ? `统一社会信用代码：${applicant.creditCode}` : null,
        ]
          .filter(Boolean)
          .join('\n'),
        concernedDepartment: null,
      },
    });
    linkedComplaintId = complaint.id;
    // The mutation's audit record names the application, whatever else it opened.
    requireMutationScope(context).subject = { entityType: 'Application', entityId: application.id };
  }
  return closeApplication(context, step, {
    resultCode,
    replyText: input.replyText ?? null,
    publishedIndexNumbers: indexNumbers,
    withholdingReasons: reasons as WithholdingReason[],
    responsibleAgency: result.category === 'UNAVAILABLE' && result.reason === 'NOT_HELD' ? (input.responsibleAgency ?? null) : null,
    linkedComplaintId,
    noticeChannel: input.noticeChannel,
  });
}
