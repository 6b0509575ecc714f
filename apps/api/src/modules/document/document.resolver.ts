import { IsNull, Not } from 'typeorm';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ACCESS_RULES,
  availableDocumentActions,
  proposeDocumentAttribute,
  type DisclosureAttribute,
  type DocumentAction,
  type DocumentPurpose,
  type DocumentType,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { CatalogEntry, findCatalogEntriesOfSubject } from '../catalog/index.js';
import { hasOpenAgencyConsultation } from '../consultation/consultation.steps.js';
import { Review } from '../review/review.entity.js';
import { findReadableDocument } from './document.access.js';
import { needsDeclassification } from './document.declassification.js';
import { assertContentEditable } from './document.content.js';
import { Document, DocumentAttachment, DocumentContentVersion, DocumentEvent } from './document.entity.js';
import {
  DisclosureAttributeEnum,
  DocumentActionEnum,
  DocumentPurposeEnum,
  DocumentTypeEnum,
} from './document.enums.js';
import { findDocuments } from './document.queries.js';
import { AttributeProposalView, DocumentDraftInput, DocumentFilter, DocumentPage } from './document.types.js';
import { removeDocumentAttachment, uploadDocumentAttachment } from './use-cases/attachments.js';
import {
  confirmDocumentAttribute,
  discardDocument,
  recordDocumentDeclassification,
  redetermineDocumentAttribute,
  reviseDocument,
  setDocumentAttribute,
  signDocument,
  submitDocumentForReview,
} from './use-cases/document-steps.js';
import { attributeProposalFor, createDocument, updateDocument } from './use-cases/draft-document.js';
import { prepareRedactedVersion, updateRedactedVersion } from './use-cases/redaction.js';

// Field resolvers run after a mutation's transaction has ended: they read through the pool, never its manager.
const managerOf = (context: RequestContext) => context.services.db.dataSource.manager;

/** Documents (SPEC M2) for staff: drafting, the attribute, 签发, the way into review, corrections. */
@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentPage, { description: '公文列表（本处室主办或会办的；领导小组办公室全部）' })
  @Access(ACCESS_RULES['Query.documents'])
  documents(
    @Ctx() context: RequestContext,
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter?: DocumentFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('documents') })
    sort?: SortInput,
  ) {
    return findDocuments(context.services.db.dataSource.manager, context.actor, filter, page, sort);
  }

  @Query(() => Document, { description: '公文' })
  @Access(ACCESS_RULES['Query.document'])
  document(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findReadableDocument(context.services.db.dataSource.manager, context.actor, id);
  }

  @Query(() => AttributeProposalView, { description: '按种类和内容性质（或转发的公文）建议公开属性' })
  @Access(ACCESS_RULES['Query.documentAttributeProposal'])
  async documentAttributeProposal(
    @Ctx() context: RequestContext,
    @Arg('type', () => DocumentTypeEnum) type: DocumentType,
    @Arg('purpose', () => DocumentPurposeEnum) purpose: DocumentPurpose,
    @Arg('forwardedFromId', () => ID, { nullable: true }) forwardedFromId?: string | null,
  ) {
    const manager = context.services.db.dataSource.manager;
    const source = forwardedFromId
      ? await findReadableDocument(manager, context.actor, forwardedFromId)
      : null;
    return proposeDocumentAttribute({
      type,
      purpose,
      forwardedSource: source ? { attribute: source.attribute } : null,
    });
  }

  @Mutation(() => Document, { description: '起草公文' })
  @Access(ACCESS_RULES['Mutation.createDocument'])
  createDocument(
    @Ctx() context: RequestContext,
    @Arg('departmentId', () => ID, { description: '主办处室' }) departmentId: string,
    @Arg('input', () => DocumentDraftInput) input: DocumentDraftInput,
  ) {
    return createDocument(context, departmentId, input);
  }

  @Mutation(() => Document, { description: '修改拟稿（审查退回初审时只能修改正文和附件）' })
  @Access(ACCESS_RULES['Mutation.updateDocument'])
  updateDocument(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DocumentDraftInput) input: DocumentDraftInput,
  ) {
    return updateDocument(context, id, version, input);
  }

  @Mutation(() => Document, { description: '确定公开属性（与系统建议不同须说明理由）' })
  @Access(ACCESS_RULES['Mutation.setDocumentAttribute'])
  setDocumentAttribute(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('attribute', () => DisclosureAttributeEnum) attribute: DisclosureAttribute,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return setDocumentAttribute(context, id, version, attribute, reason);
  }

  @Mutation(() => Document, { description: '作废拟稿' })
  @Access(ACCESS_RULES['Mutation.discardDocument'])
  discardDocument(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return discardDocument(context, id, version);
  }

  @Mutation(() => Document, { description: '签发' })
  @Access(ACCESS_RULES['Mutation.signDocument'])
  signDocument(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return signDocument(context, id, version);
  }

  @Mutation(() => Document, { description: '提交公开前保密审查' })
  @Access(ACCESS_RULES['Mutation.submitDocumentForReview'])
  submitDocumentForReview(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return submitDocumentForReview(context, id, version);
  }

  @Mutation(() => Document, { description: '重新确定公开属性（须说明理由）' })
  @Access(ACCESS_RULES['Mutation.redetermineDocumentAttribute'])
  redetermineDocumentAttribute(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('attribute', () => DisclosureAttributeEnum) attribute: DisclosureAttribute,
    @Arg('reason', () => String) reason: string,
  ) {
    return redetermineDocumentAttribute(context, id, version, attribute, reason);
  }

  @Mutation(() => Document, { description: '定期评估后维持公开属性（须说明理由；条例第十八条）' })
  @Access(ACCESS_RULES['Mutation.confirmDocumentAttribute'])
  confirmDocumentAttribute(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String) reason: string,
  ) {
    return confirmDocumentAttribute(context, id, version, reason);
  }

  @Mutation(() => Document, { description: '登记解密手续（曾确定为国家秘密的信息公开前）' })
  @Access(ACCESS_RULES['Mutation.recordDocumentDeclassification'])
  recordDocumentDeclassification(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reference', () => String, { description: '解密手续的文号或依据' }) reference: string,
  ) {
    return recordDocumentDeclassification(context, id, version, reference);
  }

  @Mutation(() => Document, { description: '更正已公开信息（新版本重新审查后公开）' })
  @Access(ACCESS_RULES['Mutation.reviseDocument'])
  reviseDocument(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return reviseDocument(context, id, version);
  }

  @Mutation(() => DocumentAttachment, { description: '上传附件（按内容识别类型；Base64 编码）' })
  @Access(ACCESS_RULES['Mutation.uploadDocumentAttachment'])
  uploadDocumentAttachment(
    @Ctx() context: RequestContext,
    @Arg('contentVersionId', () => ID) contentVersionId: string,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
  ) {
    return uploadDocumentAttachment(context, contentVersionId, fileName, contentBase64);
  }

  @Mutation(() => Boolean, { description: '删除尚未送审版本的附件' })
  @Access(ACCESS_RULES['Mutation.removeDocumentAttachment'])
  removeDocumentAttachment(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return removeDocumentAttachment(context, id);
  }

  @Mutation(() => DocumentContentVersion, { description: '准备区分处理后的版本（保密员审查时）' })
  @Access(ACCESS_RULES['Mutation.prepareRedactedVersion'])
  prepareRedactedVersion(
    @Ctx() context: RequestContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('reviewVersion', () => Int) reviewVersion: number,
    @Arg('body', () => String) body: string,
  ) {
    return prepareRedactedVersion(context, reviewId, reviewVersion, body);
  }

  @Mutation(() => DocumentContentVersion, { description: '修改区分处理后的版本' })
  @Access(ACCESS_RULES['Mutation.updateRedactedVersion'])
  updateRedactedVersion(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('body', () => String) body: string,
  ) {
    return updateRedactedVersion(context, id, version, body);
  }

  @FieldResolver(() => [DocumentActionEnum], { description: '当前用户现在可以执行的操作' })
  async availableActions(
    @Root() document: Document,
    @Ctx() context: RequestContext,
  ): Promise<DocumentAction[]> {
    if (context.actor.kind !== 'staff') return [];
    return availableDocumentActions(
      {
        state: document.state,
        departmentId: document.departmentId,
        attribute: document.attribute,
        hasOpenConsultation: await hasOpenAgencyConsultation(managerOf(context), document.id),
        needsDeclassification: await needsDeclassification(managerOf(context), document),
      },
      { userId: context.actor.userId, grants: context.actor.grants },
    );
  }

  @FieldResolver(() => AttributeProposalView, { description: '系统建议的公开属性' })
  attributeProposal(@Root() document: Document, @Ctx() context: RequestContext) {
    return attributeProposalFor(managerOf(context), document);
  }

  @FieldResolver(() => DocumentContentVersion, { nullable: true, description: '当前原件版本' })
  currentContent(@Root() document: Document, @Ctx() context: RequestContext) {
    if (!document.currentContentVersionId) return null;
    return managerOf(context).findOneBy(DocumentContentVersion, { id: document.currentContentVersionId });
  }

  @FieldResolver(() => [DocumentContentVersion], { description: '全部内容版本' })
  contentVersions(@Root() document: Document, @Ctx() context: RequestContext) {
    return managerOf(context).find(DocumentContentVersion, {
      where: { documentId: document.id },
      order: { seq: 'ASC' },
    });
  }

  @FieldResolver(() => [DocumentEvent], { description: '办理记录（时间顺序）' })
  events(@Root() document: Document, @Ctx() context: RequestContext) {
    return managerOf(context).find(DocumentEvent, {
      where: { documentId: document.id },
      order: { id: 'ASC' },
    });
  }

  @FieldResolver(() => [Review], { description: '保密审查（时间顺序）' })
  reviews(@Root() document: Document, @Ctx() context: RequestContext) {
    return managerOf(context).find(Review, {
      where: { subjectKind: 'DOCUMENT', subjectId: document.id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  @FieldResolver(() => [CatalogEntry], { description: '公开目录条目（各更正版本）' })
  catalogEntries(@Root() document: Document, @Ctx() context: RequestContext) {
    return findCatalogEntriesOfSubject(managerOf(context), 'DOCUMENT', document.id);
  }
}

/** A content version's text and files, and whether the caller may change it now. */
@Resolver(() => DocumentContentVersion)
export class DocumentContentVersionResolver {
  @FieldResolver(() => String, { nullable: true, description: '正文（国家秘密内容删除后为空）' })
  body(@Root() version: DocumentContentVersion) {
    return version.body;
  }

  @FieldResolver(() => [DocumentAttachment], { description: '附件（送审、审批的文件）' })
  attachments(@Root() version: DocumentContentVersion, @Ctx() context: RequestContext) {
    return managerOf(context).find(DocumentAttachment, {
      where: { contentVersionId: version.id, sanitizedFromId: IsNull() },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }

  @FieldResolver(() => [DocumentAttachment], { description: '公开的文件（已清理修订、批注和元数据的副本）' })
  publishedAttachments(@Root() version: DocumentContentVersion, @Ctx() context: RequestContext) {
    return managerOf(context).find(DocumentAttachment, {
      where: { contentVersionId: version.id, sanitizedFromId: Not(IsNull()) },
      order: { uploadedAt: 'ASC', id: 'ASC' },
    });
  }

  @FieldResolver(() => Boolean, { description: '当前用户现在可以修改此版本' })
  async isEditable(
    @Root() version: DocumentContentVersion,
    @Ctx() context: RequestContext,
  ): Promise<boolean> {
    const manager = managerOf(context);
    const document = await manager.findOneBy(Document, { id: version.documentId });
    if (!document) return false;
    try {
      await assertContentEditable(manager, context.actor, document, version);
      return true;
    } catch {
      return false;
    }
  }
}

/** Staff download address of a file (served only to those who read the document). */
@Resolver(() => DocumentAttachment)
export class DocumentAttachmentResolver {
  @FieldResolver(() => String, { nullable: true, description: '下载地址（内容已删除时为空）' })
  url(@Root() attachment: DocumentAttachment) {
    return attachment.removedAt ? null : `/files/${attachment.id}`;
  }
}
