import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type {
  AttributeRule,
  DisclosureAttribute,
  DocumentPurpose,
  DocumentState,
  DocumentType,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { Document } from './document.entity.js';
import {
  AttributeRuleEnum,
  DisclosureAttributeEnum,
  DocumentPurposeEnum,
  DocumentStateEnum,
  DocumentTypeEnum,
} from './document.enums.js';

@InputType({ description: '公文拟稿内容' })
export class DocumentDraftInput {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => DocumentTypeEnum)
  type: DocumentType;

  @Field(() => String, { nullable: true })
  otherTypeName?: string | null;

  @Field(() => DocumentPurposeEnum)
  purpose: DocumentPurpose;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  coDepartmentIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  jointAgencyIds: string[];

  @Field(() => ID, { nullable: true })
  catalogCategoryId?: string | null;

  @Field(() => ID, { nullable: true, description: '转发的公文（继承其公开属性）' })
  forwardedFromId?: string | null;

  @Field(() => String, { defaultValue: '', description: '正文' })
  body: string;
}

@InputType()
export class DocumentFilter {
  @Field(() => DocumentStateEnum, { nullable: true })
  state?: DocumentState | null;

  @Field(() => DisclosureAttributeEnum, { nullable: true })
  attribute?: DisclosureAttribute | null;

  @Field(() => DocumentTypeEnum, { nullable: true })
  type?: DocumentType | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: '标题或文号包含' })
  search?: string | null;
}

@ObjectType({ description: '系统建议的公开属性' })
export class AttributeProposalView {
  @Field(() => DisclosureAttributeEnum, { nullable: true, description: '建议的公开属性（无适用规则时为空）' })
  attribute: DisclosureAttribute | null;

  @Field(() => AttributeRuleEnum, { nullable: true })
  rule: AttributeRule | null;

  @Field(() => Boolean, { description: '转发的公文没有公开属性，须重新确定' })
  isForwardedSourceUnset: boolean;
}

export const DocumentPage = PageOf(Document, 'DocumentPage');
