import { GraphQLJSON } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { JOB_NAME_MAX, JOB_RUN_OUTCOMES, type JobRunOutcome } from '@gdp/domain';
import { oneOf } from '../db/sql-checks.js';
import { JobRunOutcomeEnum } from './job-run.enums.js';

/** Counts and error classes a run reports: never names, texts or other personal data. */
export type JobSummary = Record<string, string | number | boolean | null>;

/**
 * One run of a scheduled job for one slot. The primary key (job, slot) is the lock: the replica whose
 * insert of this row succeeds runs the slot, every other replica's insert conflicts and skips it.
 */
@ObjectType({ description: '定时任务执行记录（每个任务每个时段最多执行一次）' })
@Entity('job_run')
@Check('CHK_job_run_outcome', oneOf('outcome', JOB_RUN_OUTCOMES))
@Index('IDX_job_run_started_at', ['startedAt'])
export class JobRun {
  @Field(() => String, { description: '任务代码' })
  @PrimaryColumn('varchar', { length: JOB_NAME_MAX })
  jobName: string;

  @Field(() => String, {
    description: '时段：每日任务为北京时间日期（2026-11-26），周期任务为时段开始（2026-11-26T10:05）',
  })
  @PrimaryColumn('varchar', { length: 32 })
  slot: string;

  @Field(() => Date, { description: '开始时间' })
  @Column('timestamptz')
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: '结束时间' })
  @Column('timestamptz', { nullable: true })
  finishedAt: Date | null;

  @Field(() => JobRunOutcomeEnum, { description: '结果' })
  @Column('varchar', { length: 16 })
  outcome: JobRunOutcome;

  @Field(() => GraphQLJSON, { nullable: true, description: '执行摘要（计数、错误类别；不含个人信息）' })
  @Column('jsonb', { nullable: true })
  summary: JobSummary | null;

  @Field(() => String, { description: '执行的服务实例（主机名:进程号）' })
  @Column('varchar', { length: 128 })
  replica: string;
}
