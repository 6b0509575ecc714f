import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { GUIDE_LINE_MAX } from '@gdp/domain';

@ObjectType({ description: '政府信息公开工作机构（条例第十二条）' })
export class GuideOffice {
  @Field(() => String, { description: '机构名称' })
  name: string;

  @Field(() => String, { description: '办公地址' })
  address: string;

  @Field(() => String, { description: '办公时间' })
  officeHours: string;

  @Field(() => String, { description: '联系电话' })
  telephone: string;

  @Field(() => String, { description: '传真' })
  fax: string;

  @Field(() => String, { description: '网址' })
  website: string;

  @Field(() => String, { description: '电子邮箱' })
  email: string;
}

/**
 * One version of the public guide (公开指南). A draft (publishedAt null) is edited in place; publication
 * freezes it and makes it the current guide. Published versions are never changed nor deleted.
 */
@ObjectType({ description: '政府信息公开指南版本' })
@Entity('guide_version')
export class GuideVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: '版本号（1 起递增）' })
  @Column('integer', { unique: true })
  versionNumber: number;

  @Field(() => String, { description: '分类与编排体系' })
  @Column('text')
  classification: string;

  @Field(() => String, { description: '获取方式·主动公开' })
  @Column('text')
  proactiveDisclosure: string;

  @Field(() => String, { description: '获取方式·依申请公开的办理程序' })
  @Column('text')
  applicationProcedure: string;

  @Column('varchar', { length: 100 })
  officeName: string;

  @Column('varchar', { length: GUIDE_LINE_MAX })
  officeAddress: string;

  @Column('varchar', { length: GUIDE_LINE_MAX })
  officeHours: string;

  @Column('varchar', { length: 32 })
  officeTelephone: string;

  @Column('varchar', { length: 32 })
  officeFax: string;

  @Column('varchar', { length: GUIDE_LINE_MAX })
  officeWebsite: string;

  @Column('varchar', { length: 100 })
  officeEmail: string;

  @Field(() => String, { nullable: true, description: '其他说明' })
  @Column('text', { nullable: true })
  otherText: string | null;

  @Field(() => Date, { nullable: true, description: '发布时间（草稿为空）' })
  @Column('timestamptz', { nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: '发布人' })
  @Column('uuid', { nullable: true })
  publishedById: string | null;

  @Field(() => ID, { description: '起草人' })
  @Column('uuid')
  createdById: string;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  @VersionColumn()
  version: number;

  @Field(() => Date)
  @Column('timestamptz')
  createdAt: Date;

  @Field(() => Date)
  @Column('timestamptz')
  updatedAt: Date;

  @Field(() => GuideOffice, { description: '政府信息公开工作机构' })
  get office(): GuideOffice {
    return officeOf(this);
  }
}

export function officeOf(guide: GuideVersion): GuideOffice {
  return {
    name: guide.officeName,
    address: guide.officeAddress,
    officeHours: guide.officeHours,
    telephone: guide.officeTelephone,
    fax: guide.officeFax,
    website: guide.officeWebsite,
    email: guide.officeEmail,
  };
}

/** What external apps see of the current guide: its content, never who drafted or published it. */
@ObjectType({ description: '现行政府信息公开指南' })
export class PublicGuide {
  @Field(() => Int, { description: '版本号' })
  versionNumber: number;

  @Field(() => Date, { description: '发布时间' })
  publishedAt: Date;

  @Field(() => String, { description: '分类与编排体系' })
  classification: string;

  @Field(() => String, { description: '获取方式·主动公开' })
  proactiveDisclosure: string;

  @Field(() => String, { description: '获取方式·依申请公开的办理程序' })
  applicationProcedure: string;

  @Field(() => GuideOffice, { description: '政府信息公开工作机构' })
  office: GuideOffice;

  @Field(() => String, { nullable: true, description: '其他说明' })
  otherText: string | null;
}
