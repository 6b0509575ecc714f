import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { IDEMPOTENCY_KEY_MAX } from '@gdp/domain';
import { ApiToken } from '../../modules/api-token/api-token.entity.js';

/**
 * The first answer of an external submission under a key chosen by the app (SPEC §2.3b), scoped to its
 * token and kept 24 hours. The response may hold a just-issued access code, so it is classified SECRET,
 * stored sealed with a key derived from the app's own token (which the database holds only as a hash),
 * and purged once expired.
 */
@Entity('idempotency_key')
@Index(['expiresAt'])
export class IdempotencyKey {
  @PrimaryColumn('uuid')
  tokenId: string;

  @ManyToOne(() => ApiToken, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'token_id' })
  token?: Relation<ApiToken>;

  @PrimaryColumn('varchar', { length: IDEMPOTENCY_KEY_MAX })
  key: string;

  /** The mutation that used the key (for people reading the table; the request hash covers it too). */
  @Column('varchar', { length: 64 })
  operation: string;

  /** SHA-256 of the canonical JSON of the operation and its arguments. */
  @Column('char', { length: 64 })
  requestHash: string;

  /** Null only while the first request runs (no other transaction sees that state). */
  @Column('jsonb', { nullable: true })
  response: SealedResponse | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;
}

/** AES-256-GCM, base64 parts. */
export interface SealedResponse {
  v: 1;
  iv: string;
  tag: string;
  data: string;
}
