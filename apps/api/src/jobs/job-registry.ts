import {
  JOB_NAME_MAX,
  SCHEDULED_JOB_LABELS,
  scheduleProblem,
  type JobSchedule,
  type ScheduledJob,
} from '@gdp/domain';
import type { AppConfig } from '../config.js';
import { loadWorkingDayCalendar } from '../modules/calendar/calendar.service.js';
import { markOverdueDeadlines } from '../modules/deadline/deadline.service.js';
import { deliverPendingOutbox } from '../modules/notice/index.js';
import { openDueReassessments } from '../modules/document/document.reassessment.js';
import { lapseSilentConsultations } from '../modules/consultation/index.js';
import { anonymiseExpiredApplicants } from '../modules/application/index.js';
import { createDueNotifications, ensureCalendarConfirmationTask } from '../modules/task/index.js';
import { purgeExpiredIdempotencyKeys } from '../shared/idempotency/index.js';
import type { JobDefinition } from './job-definition.js';
import { purgeFrequentJobRuns } from './job-history.js';
import { testProbeJob } from './test-probe.job.js';

const daily = (at: string): JobSchedule => ({ kind: 'daily', at });
const EVERY_MINUTE: JobSchedule = { kind: 'interval', seconds: 60 };
/** Messages one outbox run sends at most; the rest wait for the next minute. */
const OUTBOX_BATCH = 50;

/** A product job: its label comes from the domain's list of scheduled jobs. */
const productJob = (
  name: ScheduledJob,
  schedule: JobSchedule,
  run: JobDefinition['run'],
  options: Pick<JobDefinition, 'ownTransactions'> = {},
): JobDefinition => ({ name, label: SCHEDULED_JOB_LABELS[name], schedule, run, ...options });

/**
 * The product's scheduled jobs. Times are Asia/Shanghai: overdue marking just after midnight (a due date
 * runs to the end of its day), reminders before the working day starts, housekeeping at night.
 */
export function productJobs(config: AppConfig): JobDefinition[] {
  return [
    productJob('deadline.mark-overdue', daily('00:05'), async (manager, services) => ({
      marked: await markOverdueDeadlines(manager, services.clock),
    })),
    productJob('task.due-reminders', daily('08:00'), async (manager, services) => {
      const calendar = await loadWorkingDayCalendar(manager);
      const counts = await createDueNotifications(
        manager,
        services.clock,
        calendar,
        config.reminderWorkingDays,
      );
      return { dueSoon: counts.dueSoon, overdue: counts.overdue };
    }),
    productJob('calendar.confirmation-task', daily('00:15'), async (manager, services) => {
      const result = await ensureCalendarConfirmationTask(manager, services.clock);
      return { year: result.year, opened: result.opened, closed: result.closed };
    }),
    // Sends commit one by one (a sent message stays sent); replicas take different messages (SKIP LOCKED).
    productJob(
      'notice.deliver-outbox',
      EVERY_MINUTE,
      async (_manager, services) => ({ ...(await deliverPendingOutbox(services, OUTBOX_BATCH)) }),
      {
        ownTransactions: true,
      },
    ),
    // After overdue marking, before the reminders: a silence that ended yesterday is not reminded of.
    productJob('consultation.lapse-silent', daily('00:10'), async (manager, services, slot) => ({
      ...(await lapseSilentConsultations(manager, services, slot)),
    })),
    productJob('document.reassess-withheld', daily('01:00'), async (manager, services) => ({
      opened: await openDueReassessments(manager, services.clock, config.reassessmentIntervalMonths),
    })),
    productJob('application.anonymise-personal-data', daily('02:30'), async (manager, services) => ({
      anonymised: await anonymiseExpiredApplicants(manager, services.clock),
    })),
    productJob('idempotency.purge-expired', daily('03:00'), async (manager, _services, { now }) => ({
      deleted: await purgeExpiredIdempotencyKeys(manager, now),
    })),
    productJob('jobs.purge-history', daily('03:30'), async (manager, services, { now }) => {
      const frequent = services.jobs.filter((job) => job.schedule.kind === 'interval').map((job) => job.name);
      return { deleted: await purgeFrequentJobRuns(manager, now, frequent) };
    }),
  ];
}

/**
 * The jobs a process checks: the product's, the scheduler's test probe when configured (tests only), and
 * any a caller adds (tests). Names must be unique and schedules valid — a mistake stops the start.
 */
export function buildJobList(config: AppConfig, extraJobs: readonly JobDefinition[] = []): JobDefinition[] {
  const jobs = [...productJobs(config), ...(config.jobsTestProbe ? [testProbeJob] : []), ...extraJobs];
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`定时任务重名：${job.name}`);
    if (job.name.length === 0 || job.name.length > JOB_NAME_MAX)
      throw new Error(`定时任务代码长度须为 1 到 ${JOB_NAME_MAX}：${job.name}`);
    const problem = scheduleProblem(job.schedule);
    if (problem) throw new Error(`定时任务 ${job.name}：${problem}`);
    names.add(job.name);
  }
  return jobs;
}
