import type { EntityManager } from 'typeorm';
import { ANONYMISED_TEXT, PERSONAL_DATA_RETENTION_YEARS, type CalendarDate } from '@gdp/domain';
import type { Clock } from '../../../clock.js';
import { appendAudit } from '../../../shared/audit/audit-writer.js';
import { todayOf } from '../../deadline/deadline.service.js';
import { ANONYMISED_APPLICANT } from '../application.applicant.js';
import { Application, ApplicationApplicant, ApplicationEvent } from '../application.entity.js';

/** How many cases one run anonymises at most; the rest wait for the next day. */
const BATCH = 500;

/** The day before which a case must have closed to be anonymised today. */
export function retentionCutoff(today: CalendarDate): CalendarDate {
  const years = PERSONAL_DATA_RETENTION_YEARS.APPLICATION;
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

/**
 * Anonymises the personal data of applications closed more than the retention period ago (SPEC §2.4): the
 * applicant's identity and contacts, the texts that may describe them (notices are records of fact and stay as sent). The
 * case stays — type, dates, result — for the statistics and the annual report. Scheduled daily.
 */
export async function anonymiseExpiredApplicants(manager: EntityManager, clock: Clock): Promise<number> {
  const cutoff = retentionCutoff(todayOf(clock));
  const due = await manager
    .getRepository(Application)
    .createQueryBuilder('application')
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked')
    .where("application.state = 'CLOSED'")
    .andWhere('application.anonymisedAt IS NULL')
    .andWhere('application.replyDate < :cutoff', { cutoff })
    .orderBy('application.replyDate', 'ASC')
    .addOrderBy('application.id', 'ASC')
    .take(BATCH)
    .getMany();
  const now = clock.now();
  for (const application of due) {
    await manager.update(ApplicationApplicant, { id: application.id }, { ...ANONYMISED_APPLICANT, updatedAt: now });
    await manager.update(
      Application,
      { id: application.id },
      {
        description: ANONYMISED_TEXT,
        purpose: null,
        correctedDescription: application.correctedDescription ? ANONYMISED_TEXT : null,
        correctionRequest: application.correctionRequest ? ANONYMISED_TEXT : null,
        replyText: application.replyText ? ANONYMISED_TEXT : null,
        applicantFingerprint: null,
        anonymisedAt: now,
        updatedAt: now,
      },
    );
    await manager.update(ApplicationEvent, { applicationId: application.id, action: 'REVEAL_ID_NUMBER' }, { note: ANONYMISED_TEXT });
    await manager.insert(ApplicationEvent, {
      applicationId: application.id,
      action: 'ANONYMISE',
      fromState: 'CLOSED',
      toState: 'CLOSED',
      onDate: todayOf(clock),
      actorId: null,
      note: `办结满 ${PERSONAL_DATA_RETENTION_YEARS.APPLICATION} 年，个人信息已匿名化`,
      at: now,
    });
  }
  if (due.length > 0) {
    await appendAudit(manager, {
      at: now,
      actor: { kind: 'anonymous' },
      action: 'System.anonymiseApplicants',
      outcome: 'SUCCESS',
      changes: { anonymised: due.length },
    });
  }
  return due.length;
}
