import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { CONSULTATION_STATES, CONSULTATION_USES, silentLapseOf } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import type { JobSlotContext } from '../../../jobs/job-definition.js';
import type { AppServices } from '../../../services.js';
import { appendAudit } from '../../../shared/audit/audit-writer.js';
import { Deadline } from '../../deadline/deadline.entity.js';
import { todayOf } from '../../deadline/deadline.service.js';
import { Consultation } from '../consultation.entity.js';
import { notifyConsultationEnded } from '../consultation.listeners.js';
import { consultationFactsOf, finishConsultationStep } from '../consultation.steps.js';
import { endConsultationClock } from './consultation-steps.js';

/** How many consultations one run closes at most; the rest wait for the next day. */
const BATCH = 500;

/** The uses and states in which silence past the period closes a consultation by itself. */
const LAPSABLE = CONSULTATION_USES.flatMap((use) =>
  CONSULTATION_STATES.filter((state) => silentLapseOf({ use, state, isReplyOverdue: true }) !== null).map(
    (state) => ({ use, state }),
  ),
);
const LAPSABLE_USES = [...new Set(LAPSABLE.map(({ use }) => use))];
const LAPSABLE_STATES = [...new Set(LAPSABLE.map(({ state }) => state))];

/**
 * The system as the actor of a scheduled run: no person, no request; the run's changes collect in its own
 * scope and go to the audit log with the job's slot as the request id.
 */
function systemContextOf(manager: EntityManager, services: AppServices, requestId: string): RequestContext {
  return {
    requestId,
    ip: '',
    userAgent: '',
    actor: { kind: 'anonymous' },
    services,
    // Nothing a use case run by the system reaches reads the HTTP exchange.
    req: undefined as unknown as Request,
    res: undefined as unknown as Response,
    signal: new AbortController().signal,
    mutation: { manager, changes: [], onFailure: [] },
  };
}

/**
 * Closes every open application consultation whose reply period (15 working days) ended in silence, as its
 * policy says: a joint agency's silence is consent (条例 art. 34), a third party's is none and leaves the
 * decision to the bureau (art. 32). The reply deadline is cancelled (nobody answered), the task closed,
 * the history says why, and the application's reply clock resumes as of the period's last day — which ran
 * to its end, so counting starts again the day after, exactly as if the answer had come on that last day.
 * Document consultations are never closed by silence (an agency is escalated, a co-department reminded).
 * Scheduled daily; a consultation closed once is no longer open, so running again changes nothing.
 */
export async function lapseSilentConsultations(
  manager: EntityManager,
  services: AppServices,
  slot: Pick<JobSlotContext, 'jobName' | 'slot'>,
): Promise<{ consentedBySilence: number; lapsed: number }> {
  const today = todayOf(services.clock);
  const counts = { consentedBySilence: 0, lapsed: 0 };
  const candidates = await manager
    .getRepository(Consultation)
    .createQueryBuilder('consultation')
    .innerJoin(Deadline, 'deadline', 'deadline.id = consultation.deadlineId')
    .select('consultation.id', 'id')
    // A superset at most (every lapsable use by every lapsable state): the workflow decides each below.
    .where('consultation.use IN (:...uses)', { uses: LAPSABLE_USES })
    .andWhere('consultation.state IN (:...states)', { states: LAPSABLE_STATES })
    .andWhere('deadline.dueDate < :today', { today })
    // The earliest period first: an application's clock resumes on the last period to end.
    .orderBy('deadline.dueDate', 'ASC')
    .addOrderBy('consultation.id', 'ASC')
    .limit(BATCH)
    .getRawMany<{ id: string }>();
  for (const candidate of candidates) {
    const consultation = await manager
      .getRepository(Consultation)
      .createQueryBuilder('consultation')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('consultation.id = :id', { id: candidate.id })
      .getOne();
    const deadline = consultation?.deadlineId
      ? await manager.findOneBy(Deadline, { id: consultation.deadlineId })
      : null;
    if (!consultation || !deadline?.dueDate) continue;
    const context = systemContextOf(manager, services, `job:${slot.jobName}:${slot.slot}`);
    // The period's last day runs to its end: overdue from the day after, as the workflow's steps see it.
    const transition = silentLapseOf(consultationFactsOf(consultation, deadline.dueDate < today));
    if (!transition) continue;
    const step = { manager, consultation, before: { ...consultation }, document: null, transition };
    await endConsultationClock(context, step, 'LAPSED', transition.note ?? '');
    const finished = await finishConsultationStep(context, step);
    await notifyConsultationEnded(context, manager, finished, deadline.dueDate);
    counts[finished.state === 'CONSENTED_BY_SILENCE' ? 'consentedBySilence' : 'lapsed'] += 1;
    await appendAudit(manager, {
      at: services.clock.now(),
      actor: context.actor,
      action: 'System.lapseSilentConsultation',
      outcome: 'SUCCESS',
      entityType: 'Consultation',
      entityId: consultation.id,
      changes: context.mutation?.changes ?? [],
      requestId: context.requestId,
    });
  }
  return counts;
}
