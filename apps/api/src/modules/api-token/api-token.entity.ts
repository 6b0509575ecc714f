import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import type { TokenScope } from '@gdp/domain';

@Entity('api_token')
export class ApiToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 64 })
  name: string;

  /** The first characters of the token, shown so staff can tell tokens apart. */
  @Column('varchar', { length: 16 })
  prefix: string;

  @Column('char', { length: 64, unique: true })
  tokenHash: string;

  @Column('text', { array: true })
  scopes: TokenScope[];

  @Column('int')
  rateLimitPerMinute: number;

  @Column('uuid')
  createdById: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  expiresAt: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { nullable: true })
  revokedById: string | null;

  @VersionColumn()
  version: number;
}

/** Requests per token per minute; replicas add their counts in batches. */
@Entity('api_token_usage')
export class ApiTokenUsage {
  @PrimaryColumn('uuid')
  tokenId: string;

  @ManyToOne(() => ApiToken, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'token_id' })
  token?: Relation<ApiToken>;

  @PrimaryColumn('timestamptz')
  minute: Date;

  @Column('int', { default: 0 })
  reads: number;

  @Column('int', { default: 0 })
  writes: number;
}
