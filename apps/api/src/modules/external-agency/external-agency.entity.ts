import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { EXTERNAL_AGENCY_KINDS, EXTERNAL_AGENCY_NAME_MAX, type ExternalAgencyKind } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { ExternalAgencyKindEnum } from './external-agency.enums.js';

@ObjectType({ description: '其他行政机关（联合发文、征求意见的对象）' })
@Entity('external_agency')
@Check('CHK_external_agency_kind', oneOf('kind', EXTERNAL_AGENCY_KINDS))
export class ExternalAgency {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '机关名称（唯一）' })
  @Column('varchar', { length: EXTERNAL_AGENCY_NAME_MAX, unique: true })
  name: string;

  @Field(() => ExternalAgencyKindEnum, { description: '类别（与本局的层级关系）' })
  @Column('varchar', { length: 24 })
  kind: ExternalAgencyKind;

  @Field(() => String, { nullable: true, description: '联系人（个人信息）' })
  @Column('varchar', { length: 32, nullable: true })
  contactPerson: string | null;

  @Field(() => String, { nullable: true, description: '联系电话（个人信息）' })
  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: '地址' })
  @Column('varchar', { length: 200, nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true, description: '备注' })
  @Column('varchar', { length: 1000, nullable: true })
  notes: string | null;

  @Field(() => Boolean, { description: '是否启用（停用而不删除）' })
  @Column('boolean', { default: true })
  isActive: boolean;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;
}
