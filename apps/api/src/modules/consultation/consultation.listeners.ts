import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import type { Consultation, ConsultationSubjectKind } from './consultation.entity.js';

/**
 * What the subject's module does when one of its consultations ends (answered, lapsed, settled, withdrawn):
 * the application module resumes its reply clock (条例 art. 32, 34). Registered by that module, so this
 * module never imports it; run in the same transaction as the step.
 */
export type ConsultationEndedListener = (
  context: RequestContext,
  manager: EntityManager,
  consultation: Consultation,
  endedOn: CalendarDate,
) => Promise<void>;

const listeners = new Map<ConsultationSubjectKind, ConsultationEndedListener>();

export function onConsultationEnded(subjectKind: ConsultationSubjectKind, listener: ConsultationEndedListener): void {
  listeners.set(subjectKind, listener);
}

export async function notifyConsultationEnded(
  context: RequestContext,
  manager: EntityManager,
  consultation: Consultation,
  endedOn: CalendarDate,
): Promise<void> {
  await listeners.get(consultation.subjectKind)?.(context, manager, consultation, endedOn);
}
