import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Failed look-ups with a case number and access code, shared by all replicas: the source of the limits
 * per case number and per client IP (like login_attempt for sign-in). Kept for the limit's window only.
 */
@Entity('code_attempt')
@Index(['caseNumber', 'at'])
@Index(['ip', 'at'])
export class CodeAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Normalized; numbers that belong to no case are counted too, so a refusal tells nothing about existence. */
  @Column('varchar', { length: 32 })
  caseNumber: string;

  @Column('varchar', { length: 64 })
  ip: string;

  @Column('timestamptz')
  at: Date;
}
