import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { AUDIT_OUTCOMES, type ActorKind, type AuditOutcome } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';

/** Append-only (the database refuses UPDATE, DELETE and TRUNCATE) and hash-chained (SPEC §2.2). */
@Entity('audit_log')
@Check('CHK_audit_log_outcome', oneOf('outcome', AUDIT_OUTCOMES))
@Index(['actorId', 'seq'])
@Index(['entityType', 'entityId'])
@Index(['at'])
export class AuditLog {
  /** Assigned from the sequence under the chain lock, so order of seq = order of the chain. */
  @PrimaryColumn('bigint')
  seq: string;

  @Column('timestamptz')
  at: Date;

  @Column('varchar', { length: 16 })
  actorKind: ActorKind;

  @Column('varchar', { length: 64, nullable: true })
  actorId: string | null;

  @Column('varchar', { length: 128, nullable: true })
  actorName: string | null;

  @Column('varchar', { length: 96 })
  action: string;

  @Column('varchar', { length: 16 })
  outcome: AuditOutcome;

  @Column('varchar', { length: 64, nullable: true })
  entityType: string | null;

  @Column('varchar', { length: 64, nullable: true })
  entityId: string | null;

  @Column('jsonb', { nullable: true })
  changes: unknown;

  @Column('varchar', { length: 32, nullable: true })
  errorCode: string | null;

  @Column('varchar', { length: 96, nullable: true })
  reason: string | null;

  @Column('varchar', { length: 64, nullable: true })
  ip: string | null;

  @Column('varchar', { length: 64, nullable: true })
  requestId: string | null;

  @Column('char', { length: 64 })
  prevHash: string;

  @Column('char', { length: 64 })
  hash: string;
}
