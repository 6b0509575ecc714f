import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SESSION_STAGES, type SessionStage } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { User } from '../organisation/user.entity.js';

/** Sessions live in the database so that any API replica can verify and end them. */
@Entity('session')
@Check('CHK_session_stage', oneOf('stage', SESSION_STAGES))
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  /** SHA-256 of the 256-bit random session token; the token itself is never stored. */
  @Column('char', { length: 64, unique: true })
  tokenHash: string;

  @Column('varchar', { length: 24 })
  stage: SessionStage;

  @Column('varchar', { length: 64 })
  ip: string;

  @Column('varchar', { length: 256, nullable: true })
  userAgent: string | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  lastSeenAt: Date;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Column('varchar', { length: 32, nullable: true })
  endReason: string | null;
}
