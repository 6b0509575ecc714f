import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Evidence of an art. 15 disclosure exception uploaded at level 2 — the rights-holder's consent letter, or
 * the leadership group's decision [seed §4-6]. It belongs to the review's internal record: served to the
 * review's readers through the staff file route only, never copied into what is published.
 */
@ObjectType({ description: '例外公开的证明材料（权利人同意书或领导小组决定）' })
@Entity('review_evidence_file')
@Index('IDX_review_evidence_file_review', ['reviewId'])
export class ReviewEvidenceFile {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  reviewId: string;

  @Field(() => String, { description: '文件名' })
  @Column('varchar', { length: 200 })
  fileName: string;

  @Field(() => String, { description: '文件类型（按内容识别）' })
  @Column('varchar', { length: 100 })
  contentType: string;

  @Field(() => Int, { description: '大小（字节）' })
  @Column('integer')
  sizeBytes: number;

  @Field(() => String, { description: 'SHA-256' })
  @Column('char', { length: 64 })
  sha256: string;

  @Column('varchar', { length: 200 })
  storageKey: string;

  @Field(() => ID, { description: '上传人' })
  @Column('uuid')
  uploadedById: string;

  @Field(() => Date, { description: '上传时间' })
  @Column('timestamptz')
  uploadedAt: Date;

  /** Through the staff file route, which serves the file only to the review's readers. */
  @Field(() => String, { description: '下载地址（仅限能查看本审查的工作人员）' })
  get url(): string {
    return `/files/${this.id}`;
  }
}
