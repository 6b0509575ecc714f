import { Field, ID, InputType } from 'type-graphql';
import type { ExternalAgencyKind } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { ExternalAgency } from './external-agency.entity.js';
import { ExternalAgencyKindEnum } from './external-agency.enums.js';

export const ExternalAgencyPage = PageOf(ExternalAgency, 'ExternalAgencyPage');

@InputType({ description: '其他行政机关' })
export class ExternalAgencyInput {
  @Field(() => String)
  name: string;

  @Field(() => ExternalAgencyKindEnum)
  kind: ExternalAgencyKind;

  @Field(() => String, { nullable: true })
  contactPerson?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class ExternalAgencyFilter {
  @Field(() => String, { nullable: true, description: '名称包含' })
  q?: string;

  @Field(() => ExternalAgencyKindEnum, { nullable: true })
  kind?: ExternalAgencyKind;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean;

  @Field(() => [ID], { nullable: true })
  ids?: string[];
}
