import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { RuleCategory, RuleStatus } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { RuleVersion } from './rule-version.entity.js';
import { RuleCategoryEnum, RuleStatusEnum } from './rules-library.enums.js';

@ObjectType('Rule', { description: '制度（制度库，工作台账第二项）' })
export class RuleView {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '制度名称' })
  title: string;

  @Field(() => String, { description: '发布机关' })
  issuingBody: string;

  @Field(() => RuleCategoryEnum, { description: '类别' })
  category: RuleCategory;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber: string | null;

  @Field(() => Boolean, { description: '是否启用（停用而不删除）' })
  isActive: boolean;

  @Field(() => RuleStatusEnum, { description: '今日（Asia/Shanghai）的施行状态' })
  status: RuleStatus;

  @Field(() => RuleVersion, {
    nullable: true,
    description: '当前版本：施行日期不晚于今日（Asia/Shanghai）的最新版本；已废止时仍为最后施行的版本',
  })
  currentVersion: RuleVersion | null;

  @Field(() => Int, { description: '版本数' })
  versionCount: number;

  @Field(() => [RuleVersion], { description: '全部版本（按版本序号升序）' })
  versions: RuleVersion[];

  @Field(() => ID, { nullable: true, description: '录入人（系统载入的为空）' })
  createdById: string | null;

  @Field(() => Int, { description: '版本号（乐观锁）' })
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export const RulePage = PageOf(RuleView, 'RulePage');

@InputType({ description: '制度版本' })
export class RuleVersionInput {
  @Field(() => String, { description: '制度全文' })
  text: string;

  @Field(() => String, { description: '施行日期 YYYY-MM-DD' })
  effectiveDate: string;

  @Field(() => String, { nullable: true, description: '废止日期 YYYY-MM-DD' })
  repealDate?: string | null;

  @Field(() => String, { nullable: true, description: '版本说明' })
  note?: string | null;
}

@InputType({ description: '制度基本信息' })
export class RuleInput {
  @Field(() => String)
  title: string;

  @Field(() => String)
  issuingBody: string;

  @Field(() => RuleCategoryEnum)
  category: RuleCategory;

  @Field(() => String, { nullable: true, description: '文号' })
  documentNumber?: string | null;
}

@InputType({ description: '新建制度（含第一个版本）' })
export class CreateRuleInput extends RuleInput {
  @Field(() => RuleVersionInput)
  firstVersion: RuleVersionInput;
}

@InputType()
export class RuleFilter {
  @Field(() => String, { nullable: true, description: '名称或文号包含' })
  q?: string;

  @Field(() => RuleCategoryEnum, { nullable: true })
  category?: RuleCategory;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean;

  @Field(() => Boolean, { nullable: true, description: '仅今日现行有效的制度' })
  currentOnly?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}
