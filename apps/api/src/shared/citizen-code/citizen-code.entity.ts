import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import {
  CITIZEN_CODE_REVOCATION_REASONS,
  NUMBERED_CASE_KINDS,
  type CaseKind,
  type CitizenCodeRevocationReason,
} from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';

/**
 * A citizen's access code to one case (SPEC §2.3b). Only the SHA-256 of the normalized code is kept: the
 * code carries 100 random bits, so no dictionary or brute force can invert it and a slow password hash
 * would add cost without adding safety. A case has at most one live code; reissuing revokes the old one,
 * which stays as a record of what was issued when.
 */
@Entity('citizen_code')
@Check('CHK_citizen_code_case_kind', oneOf('case_kind', NUMBERED_CASE_KINDS))
@Check('CHK_citizen_code_revoked_reason', oneOf('revoked_reason', CITIZEN_CODE_REVOCATION_REASONS))
@Check('CHK_citizen_code_revocation', '("revoked_at" IS NULL) = ("revoked_reason" IS NULL)')
@Index('UQ_citizen_code_live_case', ['caseKind', 'caseId'], { unique: true, where: '"revoked_at" IS NULL' })
@Index('UQ_citizen_code_live_number', ['caseNumber'], { unique: true, where: '"revoked_at" IS NULL' })
@Index('IDX_citizen_code_case_id', ['caseId'])
export class CitizenCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 24 })
  caseKind: CaseKind;

  /** The case in its module's own table: a link, never a join (see case-kinds.ts). */
  @Column('uuid')
  caseId: string;

  @Column('varchar', { length: 32 })
  caseNumber: string;

  @Column('char', { length: 64 })
  codeHash: string;

  @Column('timestamptz')
  issuedAt: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt: Date | null;

  @Column('varchar', { length: 16, nullable: true })
  revokedReason: CitizenCodeRevocationReason | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt: Date | null;
}
