import { shanghaiDateOf } from '../shared/calendar-date.js';

/**
 * Scheduled jobs (SPEC §1 Scale-out, §2.3, §2.3c): work the system does by itself at set times —
 * marking deadlines overdue, reminding staff of tasks, sending queued notices, purging expired keys.
 * Each run covers one **slot** (the period it stands for); the API runs every slot at most once across
 * all its replicas and keeps a record of each run for the system administrator.
 */
export const SCHEDULED_JOBS = [
  'deadline.mark-overdue',
  'task.due-reminders',
  'calendar.confirmation-task',
  'notice.deliver-outbox',
  'document.reassess-withheld',
  'idempotency.purge-expired',
  'jobs.purge-history',
  'application.anonymise-personal-data',
  'consultation.lapse-silent',
] as const;
export type ScheduledJob = (typeof SCHEDULED_JOBS)[number];

export const SCHEDULED_JOB_LABELS: Record<ScheduledJob, string> = {
  'deadline.mark-overdue': '标记逾期期限',
  'task.due-reminders': '待办到期提醒',
  'calendar.confirmation-task': '工作日历确认提醒',
  'notice.deliver-outbox': '发送待发通知',
  'document.reassess-withheld': '不予公开信息定期评估提醒',
  'idempotency.purge-expired': '清理过期幂等键',
  'jobs.purge-history': '清理定时任务记录',
  'application.anonymise-personal-data': '申请人个人信息到期匿名化',
  'consultation.lapse-silent': '依申请公开征求意见逾期未答复处理',
};

/**
 * RUNNING is seen only for jobs that commit their own work step by step (sending notices): their claim
 * commits before they start, so a process that died mid-run leaves its slot RUNNING — the next slot runs.
 * Other jobs claim, work and record the outcome in one transaction, so a crash leaves no trace and the
 * slot is retried.
 */
export const JOB_RUN_OUTCOMES = ['RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type JobRunOutcome = (typeof JOB_RUN_OUTCOMES)[number];

export const JOB_RUN_OUTCOME_LABELS: Record<JobRunOutcome, string> = {
  RUNNING: '运行中（或已中断）',
  SUCCEEDED: '成功',
  FAILED: '失败',
};

/**
 * zh-CN names of the counts a run reports (its summary), for the console; a key without one is shown as is.
 */
export const JOB_SUMMARY_FIELD_LABELS: Readonly<Record<string, string>> = {
  marked: '新标记逾期',
  dueSoon: '到期提醒',
  overdue: '逾期提醒',
  year: '待确认年度',
  opened: '新建待办',
  closed: '关闭待办',
  claimed: '取出待发',
  sent: '已发送',
  retrying: '待重试',
  failed: '发送失败',
  deleted: '已删除',
  anonymised: '已匿名化',
  consentedBySilence: '逾期视为同意',
  lapsed: '逾期不视为同意',
  effects: '测试记录',
  error: '错误类别',
  reason: '错误原因',
  code: '错误代码',
};

/** Longest job name (the column's width). */
export const JOB_NAME_MAX = 64;

/**
 * When a job runs: once a day at a wall-clock time in Asia/Shanghai (`HH:MM`), or every so many seconds
 * (slots aligned on the epoch, so every replica computes the same ones).
 */
export type JobSchedule = { kind: 'daily'; at: string } | { kind: 'interval'; seconds: number };

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A schedule's problem, or null when it is valid (checked when the job list is built). */
export function scheduleProblem(schedule: JobSchedule): string | null {
  if (schedule.kind === 'daily') {
    return TIME_OF_DAY.test(schedule.at) ? null : `每日执行时间须为 HH:MM，收到“${schedule.at}”`;
  }
  if (!Number.isInteger(schedule.seconds) || schedule.seconds < 1 || schedule.seconds > DAY_MS / 1000) {
    return `执行间隔须为 1 到 86400 之间的整数秒，收到 ${schedule.seconds}`;
  }
  return null;
}

/**
 * The slot a job is due for at `now`: the latest period whose start has passed.
 * - daily: the Asia/Shanghai date (`2026-11-26`) of the latest run time reached — today's once its time
 *   has come, otherwise yesterday's, so a run missed while no server was up happens at the next check;
 *   older missed days are not replayed (each job brings the state up to date, whatever day it last ran).
 * - interval: the Asia/Shanghai start of the current period, `2026-11-26T10:05` (`…T10:05:30` when the
 *   period is not a whole number of minutes).
 */
export function dueJobSlot(schedule: JobSchedule, now: Date): string {
  const problem = scheduleProblem(schedule);
  if (problem) throw new Error(problem);
  if (schedule.kind === 'daily') {
    const [hours, minutes] = schedule.at.split(':').map(Number);
    const runOffsetMs = (hours * 60 + minutes) * 60_000;
    // Shift so that the run time becomes midnight: the Shanghai date of the shifted instant is the slot.
    return shanghaiDateOf(new Date(now.getTime() - runOffsetMs));
  }
  const periodMs = schedule.seconds * 1000;
  const start = Math.floor(now.getTime() / periodMs) * periodMs;
  const local = new Date(start + SHANGHAI_OFFSET_MS).toISOString();
  return schedule.seconds % 60 === 0 ? local.slice(0, 16) : local.slice(0, 19);
}

/** The schedule in words, for the console and logs. */
export function describeJobSchedule(schedule: JobSchedule): string {
  if (schedule.kind === 'daily') return `每天 ${schedule.at}（北京时间）`;
  if (schedule.seconds % 60 === 0)
    return schedule.seconds === 60 ? '每分钟' : `每 ${schedule.seconds / 60} 分钟`;
  return `每 ${schedule.seconds} 秒`;
}
