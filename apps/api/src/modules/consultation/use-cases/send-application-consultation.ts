import { In } from 'typeorm';
import {
  CONSULTATION_POLICIES,
  badInput,
  consultationLetterSchema,
  consultationTaskKindOf,
  type ConsultationUse,
  type NoticeChannel,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { startCaseDeadline } from '../../deadline/deadline.service.js';
import { ExternalAgency } from '../../external-agency/external-agency.entity.js';
import { recordNoticeInMutation } from '../../notice/index.js';
import { Department } from '../../organisation/department.entity.js';
import { openTask, taskAuditOf } from '../../task/index.js';
import { Consultation } from '../consultation.entity.js';
import { SENT_CONSULTATION, deadlineActorOf, recordConsultationEvent } from '../consultation.steps.js';
import { recordAgencyLetter } from './agency-letters.js';

export const APPLICATION_CONSULTATION_USES = ['APPLICATION_THIRD_PARTY', 'APPLICATION_JOINT_AGENCY'] as const;

export interface ApplicationConsultationInput {
  applicationId: string;
  /** The case number only: the letters and lists name no applicant. */
  title: string;
  use: ConsultationUse;
  agencyIds: string[];
  thirdParties: Array<{ name: string; channel: NoticeChannel; contactAddress?: string | null }>;
  basicFacts: string;
  opinion: string;
  basis: string;
}

/**
 * Sends an application's consultations (条例 art. 32 third parties, art. 34 joint agencies), one per
 * consultee, each with its 15-working-day reply deadline and task: agencies by letter, third parties by a
 * notice (recipient THIRD_PARTY, the address kept encrypted by the notice). The letters never name the
 * applicant. The calling module checks the application's own workflow and suspends its clock.
 */
export async function sendApplicationConsultations(
  context: RequestContext,
  input: ApplicationConsultationInput,
): Promise<Consultation[]> {
  const { manager } = requireMutationScope(context);
  if (!(APPLICATION_CONSULTATION_USES as readonly string[]).includes(input.use)) {
    throw badInput('CONSULTATION.USE_NOT_AVAILABLE', '申请只能征求第三方或共同制作机关的意见', {
      use: ['请选择征求第三方意见或征求共同制作机关意见'],
    });
  }
  const letter = parseInput(consultationLetterSchema, input);
  const policy = CONSULTATION_POLICIES[input.use];
  const isAgency = policy.consulteeKind === 'AGENCY';
  const agencyIds = [...new Set(input.agencyIds)];
  const thirdParties = input.thirdParties.map((party) => ({ ...party, name: party.name?.trim() ?? '' }));
  if (
    (isAgency ? agencyIds.length : thirdParties.length) === 0 ||
    (isAgency ? thirdParties.length : agencyIds.length) > 0
  ) {
    const field = isAgency ? 'agencyIds' : 'thirdParties';
    const message = isAgency ? '请选择共同制作机关（不填写第三方）' : '请填写第三方（不选择其他行政机关）';
    throw badInput('CONSULTATION.CONSULTEE_REQUIRED', message, { [field]: [message] });
  }
  if (thirdParties.some((party) => party.name.length === 0 || party.name.length > 100)) {
    throw badInput('CONSULTATION.INVALID_THIRD_PARTY', '第三方名称须为 1—100 个字', {
      thirdParties: ['第三方名称须为 1—100 个字'],
    });
  }
  const agencies = new Map<string, ExternalAgency>();
  if (isAgency) {
    const ids = agencyIds.filter(isUuid);
    const found = ids.length ? await manager.findBy(ExternalAgency, { id: In(ids), isActive: true }) : [];
    for (const agency of found) agencies.set(agency.id, agency);
    if (agencies.size !== agencyIds.length) {
      throw badInput('CONSULTATION.UNKNOWN_AGENCY', '所选机关不存在或已停用', {
        agencyIds: ['机关不存在或已停用'],
      });
    }
  }
  // The disclosure office answers for applications: it sits in the bureau's office (办公室).
  const office = await manager.findOne(Department, {
    where: { kind: 'OFFICE', isActive: true },
    order: { sortOrder: 'ASC', id: 'ASC' },
  });
  if (!office)
    throw badInput('CONSULTATION.NO_OFFICE', '未设置办公室，无法登记征求意见', { use: ['未设置办公室'] });

  const now = context.services.clock.now();
  const by = deadlineActorOf(context);
  const title = `${policy.label}：${input.title}`.slice(0, 200);
  const consultees = isAgency
    ? agencyIds.map((id) => ({ agencyId: id, thirdParty: null as (typeof thirdParties)[number] | null }))
    : thirdParties.map((party) => ({ agencyId: null as string | null, thirdParty: party }));
  const sent: Consultation[] = [];
  for (const consultee of consultees) {
    const consultation = manager.create(Consultation, {
      subjectKind: 'APPLICATION',
      subjectId: input.applicationId,
      use: input.use,
      departmentId: office.id,
      consulteeAgencyId: consultee.agencyId,
      consulteeDepartmentId: null,
      consulteeThirdParty: consultee.thirdParty?.name ?? null,
      ...letter,
      ...SENT_CONSULTATION,
      sentById: staffIdOf(context) as string,
      sentAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await manager.save(consultation);
    const deadline = await startCaseDeadline(manager, by, {
      kind: policy.deadlineKind,
      caseId: consultation.id,
      title,
    });
    consultation.deadlineId = deadline.id;
    await manager.save(consultation);
    await openTask(
      manager,
      context.services.clock,
      // Bureau-level, like the application's own task: it waits for the application handlers, not the office's queue.
      {
        kind: consultationTaskKindOf(input.use),
        caseId: consultation.id,
        title,
        departmentId: null,
        deadlineId: deadline.id,
        actorId: by.actorId,
      },
      taskAuditOf(context),
    );
    recordChange(context, 'Consultation', consultation.id, null, consultation);
    await recordConsultationEvent(manager, context, consultation.id, 'SEND', null, 'SENT', null);
    const content = `拟公开政府信息基本情况：${letter.basicFacts}\n本机关的意见：${letter.opinion}\n依据：${letter.basis}\n请于 ${deadline.dueDate ?? '15 个工作日内'} 前书面答复；逾期未答复的，${policy.silence === 'CONSENT' ? '视为同意公开' : '由本机关依法决定'}。`;
    if (consultee.agencyId) {
      await recordAgencyLetter(context, consultation, agencies.get(consultee.agencyId) as ExternalAgency, {
        subject: `征求意见函：${input.title}`,
        content,
      });
    } else if (consultee.thirdParty) {
      await recordNoticeInMutation(context, {
        caseKind: 'CONSULTATION',
        caseId: consultation.id,
        recipientKind: 'THIRD_PARTY',
        recipientRef: consultation.id,
        channel: consultee.thirdParty.channel,
        contactAddress: consultee.thirdParty.contactAddress ?? null,
        subject: `征求第三方意见函：${input.title}`,
        content,
      });
    }
    sent.push(consultation);
  }
  return sent;
}
