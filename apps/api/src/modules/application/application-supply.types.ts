import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { NoticeChannel } from '@gdp/domain';
import { NoticeChannelEnum } from '../notice/notice.enums.js';
import { ReviewAssessmentInput } from '../review/review.types.js';

@InputType({ description: '提供给申请人的文件（Base64 编码；按内容识别类型）' })
export class SupplyFileInput {
  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentBase64: string;
}

@InputType({ description: '提供信息送保密审查' })
export class SubmitApplicationReplyForReviewInput {
  @Field(() => ID, { description: '信息所在处室（由其保密员、负责人审查）' })
  holdingDepartmentId: string;

  @Field(() => String, { description: '提供的信息内容（或所附文件的说明）' })
  suppliedText: string;

  @Field(() => [SupplyFileInput], { nullable: true, description: '提供的文件' })
  files?: SupplyFileInput[] | null;

  @Field(() => String, { nullable: true, description: '答复说明（写入答复书）' })
  replyText?: string | null;

  @Field(() => NoticeChannelEnum, { nullable: true, description: '提供后告知申请人的方式（默认系统内告知）' })
  noticeChannel?: NoticeChannel | null;

  @Field(() => String, { description: '初审意见（承办人）' })
  levelOneOpinion: string;

  @Field(() => ReviewAssessmentInput, { description: '初审：信息的性质判断' })
  levelOneAssessment: ReviewAssessmentInput;
}

@InputType({ description: '部分公开：区分处理后提供的内容' })
export class ApplicationSupplyRedactionInput {
  @Field(() => String, { description: '删除不应公开内容后的文字' })
  text: string;

  @Field(() => [ID], { nullable: true, description: '原样提供的原件文件' })
  keepFileIds?: string[] | null;

  @Field(() => [SupplyFileInput], { nullable: true, description: '区分处理后的文件' })
  files?: SupplyFileInput[] | null;
}

@ObjectType({ description: '提供给申请人的文件（凭案件编号和查询码读取）' })
export class SuppliedFileView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  /** Where the bytes are: read only by the field resolver, never shown. */
  storageKey: string;
}

@ObjectType({ description: '经保密审查提供给申请人的信息（部分公开为区分处理后的版本）' })
export class SuppliedContentView {
  @Field(() => String)
  text: string;

  @Field(() => [SuppliedFileView])
  files: SuppliedFileView[];
}
