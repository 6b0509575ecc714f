import { Field, ID, InputType } from 'type-graphql';
import type { ConsultationState, ConsultationUse, SettlementDecision, SettlingBody } from '@gdp/domain';
import { PageOf } from '../../shared/graphql/pagination.js';
import { Consultation } from './consultation.entity.js';
import {
  ConsultationStateEnum,
  ConsultationUseEnum,
  SettlementDecisionEnum,
  SettlingBodyEnum,
} from './consultation.enums.js';

export const ConsultationPage = PageOf(Consultation, 'ConsultationPage');

@InputType({ description: '征求意见函（拟公开政府信息基本情况、本机关的意见和依据）' })
export class ConsultationLetterInput {
  @Field(() => String, { description: '拟公开政府信息基本情况' })
  basicFacts: string;

  @Field(() => String, { description: '本机关的意见' })
  opinion: string;

  @Field(() => String, { description: '意见的依据' })
  basis: string;
}

@InputType({ description: '上级机关对分歧的决定' })
export class ConsultationSettlementInput {
  @Field(() => SettlingBodyEnum)
  body: SettlingBody;

  @Field(() => SettlementDecisionEnum)
  decision: SettlementDecision;

  @Field(() => String, { description: '决定文号或凭证' })
  reference: string;

  @Field(() => String, { description: '决定内容' })
  summary: string;
}

@InputType()
export class ConsultationFilter {
  @Field(() => ID, { nullable: true, description: '公文' })
  documentId?: string | null;

  @Field(() => ConsultationUseEnum, { nullable: true })
  use?: ConsultationUse | null;

  @Field(() => ConsultationStateEnum, { nullable: true })
  state?: ConsultationState | null;

  @Field(() => ID, { nullable: true, description: '会办处室' })
  consulteeDepartmentId?: string | null;
}
