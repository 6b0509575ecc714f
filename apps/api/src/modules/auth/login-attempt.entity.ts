import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Sign-in attempts, shared by all replicas: the source of lockouts and of per-IP limits. */
@Entity('login_attempt')
@Index(['username', 'at'])
@Index(['ip', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column('varchar', { length: 64 })
  username: string;

  @Column('uuid', { nullable: true })
  userId: string | null;

  @Column('varchar', { length: 64 })
  ip: string;

  @Column('boolean')
  succeeded: boolean;

  @Column('varchar', { length: 48, nullable: true })
  reason: string | null;

  @Column('timestamptz')
  at: Date;
}
