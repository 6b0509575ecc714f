import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { DEPARTMENT_KINDS, type DepartmentKind } from '@gdp/domain';
import { oneOf } from '../../db/sql-checks.js';
import { DepartmentKindEnum } from './organisation.enums.js';

@ObjectType({ description: '处室/单位' })
@Entity('department')
@Index('IDX_department_list_order', ['sortOrder', 'code'])
@Check('CHK_department_kind', oneOf('kind', DEPARTMENT_KINDS))
export class Department {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '处室代码' })
  @Column('varchar', { length: 32, unique: true })
  code: string;

  @Field(() => String, { description: '名称' })
  @Column('varchar', { length: 64, unique: true })
  name: string;

  @Field(() => DepartmentKindEnum, { description: '类型' })
  @Column('varchar', { length: 24 })
  kind: DepartmentKind;

  @Field(() => Int, { description: '排序' })
  @Column('int', { default: 0 })
  sortOrder: number;

  @Field(() => String, { nullable: true, description: '办公电话' })
  @Column('varchar', { length: 32, nullable: true })
  phone: string | null;

  @Field(() => Boolean, { description: '是否启用' })
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
