import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { TokenScope } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { TokenScopeEnum } from '../organisation/organisation.enums.js';

@ObjectType({ description: '外部应用令牌（不含令牌本身）' })
export class ApiTokenView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: '令牌前缀，用于辨认' })
  prefix: string;

  @Field(() => [TokenScopeEnum])
  scopes: TokenScope[];

  @Field(() => Int)
  rateLimitPerMinute: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => String, { description: '令牌全文，仅此一次显示，请立即妥善保存' })
  token: string;

  @Field(() => ApiTokenView)
  apiToken: ApiTokenView;
}

@ObjectType({ description: '令牌每分钟用量' })
export class ApiTokenUsageView {
  @Field(() => Date)
  minute: Date;

  @Field(() => Int)
  reads: number;

  @Field(() => Int)
  writes: number;
}

export const ApiTokenPage = PageOf(ApiTokenView, 'ApiTokenPage');

@InputType()
export class ApiTokenInput {
  @Field(() => String)
  name: string;

  @Field(() => [TokenScopeEnum])
  scopes: TokenScope[];

  @Field(() => Int, { defaultValue: 600 })
  rateLimitPerMinute: number;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}
