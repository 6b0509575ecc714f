import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { CASE_NUMBER_PREFIX_VALUES, CATALOG_INDEX_SEQUENCE_PREFIX } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';

/** The last case number given per prefix and year; advanced by one atomic upsert (see issueCaseNumber). */
@Entity('case_number_sequence')
// The public catalog's index numbers (索引号) count in the same table under their own prefix.
@Check('CHK_case_number_sequence_prefix', oneOf('prefix', [...CASE_NUMBER_PREFIX_VALUES, CATALOG_INDEX_SEQUENCE_PREFIX]))
@Check('CHK_case_number_sequence_last', '"last" >= 1')
export class CaseNumberSequence {
  @PrimaryColumn('varchar', { length: 8 })
  prefix: string;

  @PrimaryColumn('int')
  year: number;

  @Column('int')
  last: number;
}
