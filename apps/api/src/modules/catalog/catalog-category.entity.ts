import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CATALOG_CATEGORY_CODE_MAX, CATALOG_CATEGORY_NAME_MAX } from '@gdp/domain';

/** A category of the public catalog (政府信息公开目录分类), at most two levels deep; deactivated, never deleted. */
@ObjectType({ description: '政府信息公开目录分类' })
@Entity('catalog_category')
export class CatalogCategory {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: '分类代码（唯一）' })
  @Column('varchar', { length: CATALOG_CATEGORY_CODE_MAX, unique: true })
  code: string;

  @Field(() => String, { description: '分类名称' })
  @Column('varchar', { length: CATALOG_CATEGORY_NAME_MAX })
  name: string;

  @Field(() => Int, { description: '排序号' })
  @Column('integer')
  sortOrder: number;

  @Field(() => ID, { nullable: true, description: '上级分类' })
  @Column('uuid', { nullable: true })
  parentId: string | null;

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

/** What external apps see of a category: the active ones, without bookkeeping. */
@ObjectType({ description: '政府信息公开目录分类（公开）' })
export class PublicCatalogCategory {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  sortOrder: number;

  @Field(() => ID, { nullable: true })
  parentId: string | null;
}
