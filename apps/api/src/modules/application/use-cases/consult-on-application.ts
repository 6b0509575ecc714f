import type { EntityManager } from 'typeorm';
import type { CalendarDate } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { onConsultationEnded, sendApplicationConsultations, type Consultation } from '../../consultation/index.js';
import { resumeCaseDeadline, suspendCaseDeadline } from '../../deadline/deadline.service.js';
import { Application } from '../application.entity.js';
import {
  applicationCaseTitle,
  applicationDeadline,
  beginApplicationStep,
  deadlineActorOf,
  finishApplicationStep,
  hasOpenConsultation,
  recordApplicationEvent,
} from '../application.steps.js';
import type { ConsultOnApplicationInput } from '../application.types.js';

/**
 * Consults third parties (条例 art. 32) or the agencies that made the information jointly (art. 34): the
 * time they take does not count towards the reply period, so the reply clock stops the day the letters go
 * out and resumes when the last consultation ends (see the listener below).
 */
export async function consultOnApplication(
  context: RequestContext,
  id: string,
  version: number,
  input: ConsultOnApplicationInput,
): Promise<Application> {
  const step = await beginApplicationStep(context, id, version, 'CONSULT');
  const { manager, application, today } = step;
  await sendApplicationConsultations(context, {
    applicationId: application.id,
    title: applicationCaseTitle(application.caseNumber),
    use: input.use,
    agencyIds: input.agencyIds ?? [],
    thirdParties: input.thirdParties ?? [],
    basicFacts: input.basicFacts,
    opinion: input.opinion,
    basis: input.basis,
  });
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state === 'OPEN' && !reply.isSuspended) {
    await suspendCaseDeadline(manager, deadlineActorOf(context), reply.id, { on: today, reason: '征求意见' });
  }
  return finishApplicationStep(context, step);
}

/**
 * The last open consultation of an application ended (answered, or lapsed — a joint agency's silence is
 * consent, art. 34; a third party's leaves the decision to the bureau, art. 32): the reply clock resumes
 * after that day and the case's history says so.
 */
async function resumeAfterConsultations(
  context: RequestContext,
  manager: EntityManager,
  consultation: Consultation,
  endedOn: CalendarDate,
): Promise<void> {
  const application = await manager
    .getRepository(Application)
    .createQueryBuilder('application')
    .setLock('pessimistic_write')
    .where('application.id = :id', { id: consultation.subjectId })
    .getOne();
  if (!application || (await hasOpenConsultation(manager, application.id))) return;
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state === 'OPEN' && reply.isSuspended && application.state === 'PROCESSING') {
    await resumeCaseDeadline(manager, deadlineActorOf(context), reply.id, { on: endedOn });
  }
  const before = { ...application };
  application.version = before.version + 1;
  application.updatedAt = context.services.clock.now();
  await manager.save(application);
  recordChange(context, 'Application', application.id, before, application);
  await recordApplicationEvent(
    manager,
    context,
    application.id,
    'CONSULTATION_ENDED',
    application.state,
    application.state,
    endedOn,
    '征求意见均已结束，答复期限恢复计算',
  );
}

let registered = false;
/** Registers the listener once; the resolver's import does it, so any process serving the API has it. */
export function registerApplicationConsultationListener(): void {
  if (registered) return;
  registered = true;
  onConsultationEnded('APPLICATION', resumeAfterConsultations);
}
registerApplicationConsultationListener();
