import type { EntityManager } from 'typeorm';
import type { JobSchedule } from '@gdp/domain';
import type { AppServices } from '../services.js';
import type { JobSummary } from './job-run.entity.js';

export interface JobSlotContext {
  jobName: string;
  /** The period this run covers (see dueJobSlot). */
  slot: string;
  /** The injected clock's time when the run started. */
  now: Date;
}

/**
 * A scheduled job. `run` gets the manager of the transaction that claimed the slot, so the job's writes,
 * the claim and the recorded outcome commit together — or, when anything fails or the process dies, none
 * of them does.
 *
 * `ownTransactions`: the job commits its work piece by piece through `services` (sending notices: a sent
 * message must stay recorded even if a later one fails). Its claim commits before it starts and `manager`
 * is not transactional. Such a job must itself be safe to run beside another replica's run of the next slot.
 */
export interface JobDefinition {
  name: string;
  /** zh-CN, shown in the console's run history. */
  label: string;
  schedule: JobSchedule;
  ownTransactions?: boolean;
  run(manager: EntityManager, services: AppServices, slot: JobSlotContext): Promise<JobSummary>;
}
