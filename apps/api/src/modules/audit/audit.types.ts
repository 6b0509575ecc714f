import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import {
  ACTOR_KINDS,
  ACTOR_KIND_LABELS,
  AUDIT_ENTITY_TYPES,
  AUDIT_OUTCOMES,
  AUDIT_OUTCOME_LABELS,
  ENTITY_TYPE_LABELS,
} from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';

/** `SUCCESS 成功 / DENIED 拒绝 / FAILED 失败`: the values of a column with their labels, from the domain. */
const valuesWithLabels = (values: readonly string[], labels: Record<string, string>) =>
  values.map((value) => `${value} ${labels[value]}`).join(' / ');

const ACTOR_KIND_VALUES = valuesWithLabels(ACTOR_KINDS, ACTOR_KIND_LABELS);
const OUTCOME_VALUES = valuesWithLabels(AUDIT_OUTCOMES, AUDIT_OUTCOME_LABELS);
const ENTITY_TYPE_VALUES = valuesWithLabels(AUDIT_ENTITY_TYPES, ENTITY_TYPE_LABELS);

@ObjectType({ description: '审计记录（值已按敏感度分级屏蔽）' })
export class AuditLogView {
  @Field(() => ID)
  seq: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { description: ACTOR_KIND_VALUES })
  actorKind: string;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String)
  action: string;

  @Field(() => String, { description: OUTCOME_VALUES })
  outcome: string;

  @Field(() => String, { nullable: true, description: ENTITY_TYPE_VALUES })
  entityType: string | null;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  changes: unknown;

  @Field(() => String, { nullable: true })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String)
  hash: string;
}

export const AuditLogPage = PageOf(AuditLogView, 'AuditLogPage');

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => String, { nullable: true, description: '操作，如 Mutation.createDepartment；可只填前缀' })
  action?: string;

  @Field(() => String, { nullable: true, description: ENTITY_TYPE_VALUES })
  entityType?: string;

  @Field(() => String, { nullable: true })
  entityId?: string;

  @Field(() => String, { nullable: true, description: OUTCOME_VALUES })
  outcome?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

@ObjectType()
export class ExportFile {
  @Field(() => String)
  filename: string;

  @Field(() => String)
  contentType: string;

  @Field(() => String, { description: '文件内容（UTF-8 文本）' })
  content: string;

  @Field(() => Int)
  rows: number;
}

@ObjectType({ description: '审计日志哈希链校验结果' })
export class AuditChainCheck {
  @Field(() => Boolean)
  ok: boolean;

  @Field(() => Int)
  checkedRows: number;

  @Field(() => ID, { nullable: true, description: '第一条校验失败的记录序号' })
  brokenAtSeq: string | null;
}
