import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addCalendarDays, shanghaiDateOf, type ApplicantInput, type CalendarDate } from '@gdp/domain';
import type { AppServices } from '../../services.js';
import { issueCaseNumber } from '../../shared/citizen-code/index.js';
import { markDeadlineMet, startCaseDeadline } from '../deadline/deadline.service.js';
import { closeTask, openTask } from '../task/index.js';
import { applicantFingerprintOf, applicantRecordOf } from './application.applicant.js';
import { Application, ApplicationApplicant, ApplicationEvent } from './application.entity.js';
import { applicationCaseTitle } from './application.steps.js';

interface DemoApplication {
  channel: Application['channel'];
  /** Calendar days before today that it was received. */
  daysAgo: number;
  applicant: ApplicantInput;
  description: string;
  reply?: { resultCode: string; responsibleAgency: string | null; replyText: string };
}

const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    channel: 'IN_PERSON',
    daysAgo: 3,
    applicant: {
      applicantType: 'NATURAL_PERSON', name: '张演示', idType: 'RESIDENT_ID', idNumber: '11010519491231002X',
      organisationName: null, creditCode: null, contactPerson: null, phone: '13800000001', email: null,
      postalAddress: '演示市演示路 1 号', postalCode: '100000',
    },
    description: '2026 年度市级文化产业发展专项资金分配结果',
  },
  {
    channel: 'REGISTERED_POST',
    daysAgo: 12,
    applicant: {
      applicantType: 'LEGAL_SERVICE_ORGANISATION', name: null, idType: null, idNumber: null,
      organisationName: '演示律师事务所', creditCode: null, contactPerson: '李演示', phone: null,
      email: 'demo-law@example.cn', postalAddress: null, postalCode: null,
    },
    description: '本局 2025 年对某旅行社作出的行政处罚决定书',
  },
  {
    channel: 'EMAIL',
    daysAgo: 25,
    applicant: {
      applicantType: 'NATURAL_PERSON', name: '王演示', idType: 'PASSPORT', idNumber: 'E12345678',
      organisationName: null, creditCode: null, contactPerson: null, phone: null, email: 'demo-wang@example.cn',
      postalAddress: null, postalCode: null,
    },
    description: '全市体育场馆年度开放时间安排',
    reply: {
      resultCode: 'UNAVAILABLE.NOT_HELD',
      responsibleAgency: '市体育局',
      replyText: '经检索，本机关未制作、获取该信息。',
    },
  },
];

/**
 * Demo mode: a few applications in different stages for the console (created once, when there are none).
 * The ID numbers are the standard's sample values, no real person's.
 */
export async function seedDemoApplications(manager: EntityManager, services: Pick<AppServices, 'clock' | 'fieldEncryption'>): Promise<number> {
  if ((await manager.count(Application)) > 0) return 0;
  const { clock, fieldEncryption } = services;
  const now = clock.now();
  const today = shanghaiDateOf(now);
  const by = { clock, actorId: null };
  for (const demo of DEMO_APPLICATIONS) {
    const receivedDate: CalendarDate = addCalendarDays(today, -demo.daysAgo);
    const id = randomUUID();
    const caseNumber = await issueCaseNumber(manager, 'APPLICATION', now);
    const closed = demo.reply ? today : null;
    await manager.insert(Application, {
      id, caseNumber, channel: demo.channel, arrivedDate: receivedDate, receivedDate, applicantType: demo.applicant.applicantType,
      description: demo.description, purpose: null, deliveryForm: 'ELECTRONIC', correctedDescription: null,
      state: demo.reply ? 'CLOSED' : 'PROCESSING', resultCode: demo.reply?.resultCode ?? null, replyText: demo.reply?.replyText ?? null,
      replyDate: closed, publishedIndexNumbers: [], responsibleAgency: demo.reply?.responsibleAgency ?? null, withholdingReasons: [],
      correctionRequest: null, correctionRequestedDate: null, correctionPeriodWorkingDays: null, correctionReceivedDate: null,
      feeMethod: null, feeBasis: null, feeAmount: null, feeNoticeDate: null, feePaymentPeriodWorkingDays: null, feePaidDate: null,
      feeReference: null, linkedComplaintId: null, applicantFingerprint: applicantFingerprintOf(fieldEncryption, demo.applicant),
      anonymisedAt: null, handlerId: null, version: 1, createdAt: now, updatedAt: now,
    });
    await manager.insert(ApplicationApplicant, applicantRecordOf(fieldEncryption, id, demo.applicant, now));
    await manager.insert(ApplicationEvent, {
      applicationId: id, action: 'REGISTER', fromState: null, toState: 'PROCESSING', onDate: receivedDate, actorId: null, note: null, at: now,
    });
    const title = applicationCaseTitle(caseNumber);
    const reply = await startCaseDeadline(manager, by, { kind: 'APPLICATION_REPLY', caseId: id, title, startDate: receivedDate });
    await openTask(manager, clock, { kind: 'APPLICATION_REPLY', caseId: id, title, deadlineId: reply.id, actorId: null });
    if (closed) {
      await markDeadlineMet(manager, by, reply.id);
      await closeTask(manager, clock, { kind: 'APPLICATION_REPLY', caseId: id }, null);
      await manager.insert(ApplicationEvent, {
        applicationId: id, action: 'REPLY', fromState: 'PROCESSING', toState: 'CLOSED', onDate: closed, actorId: null, note: null, at: now,
      });
    }
  }
  return DEMO_APPLICATIONS.length;
}
