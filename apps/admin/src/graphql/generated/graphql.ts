/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ApiTokenInput = {
  expiresAt?: string | null | undefined;
  name: string;
  rateLimitPerMinute?: number;
  scopes: Array<TokenScope>;
};

export type AttributeRule =
  /** 转发类公文，依所转发公文的公开属性确定 */
  | 'FORWARDED'
  /** 向有关部门征求意见和答复有关部门意见的公文，应不予公开 */
  | 'INTERDEPARTMENTAL_CONSULTATION'
  /** 属机关内部管理事务的公文，应依申请公开 */
  | 'INTERNAL_MANAGEMENT'
  /** 内部资料，应依申请公开 */
  | 'INTERNAL_MATERIAL'
  /** 反映本机关机构设置、职能、办事程序等情况的公文，应主动公开 */
  | 'ORGANISATION_AND_PROCEDURES'
  /** 涉及个人隐私的公文，应依申请公开 */
  | 'PERSONAL_PRIVACY'
  /** 需要社会公众广泛知晓或参与的公文，应主动公开 */
  | 'PUBLIC_AWARENESS'
  /** 公告、通告用于向社会公布事项，需要社会公众广泛知晓，应主动公开 */
  | 'PUBLIC_DOCUMENT_TYPE'
  /** 报上级机关的请示和报告，应不予公开 */
  | 'REPORT_TO_SUPERIOR'
  /** 涉及国家秘密的公文，应不予公开 */
  | 'STATE_SECRET'
  /** 涉及公民、法人或其他组织切身利益的公文，应主动公开 */
  | 'VITAL_INTERESTS'
  /** 涉及工作秘密的公文，应不予公开 */
  | 'WORK_SECRET';

export type AuditLogFilter = {
  /** 操作，如 Mutation.createDepartment；可只填前缀 */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  entityId?: string | null | undefined;
  /** Department 处室 / User 用户 / RoleGrant 角色授权 / PermissionGrant 权限授权 / Session 会话 / ApiToken 外部应用令牌 / ExternalAgency 其他行政机关 / StaffChange 人员变动 / Rule 制度 / RuleVersion 制度版本 / GuideVersion 公开指南版本 / CatalogCategory 公开目录分类 / CatalogEntry 公开目录条目 / CalendarOverride 节假日调整 / CalendarConfirmedYear 年度节假日安排确认 / Notice 告知记录 / OutboxMessage 发送队列消息 / CitizenCode 案件查询码 / Task 待办 / Complaint 投诉举报 / CorrectionOrder 责令改正 / ComplaintIdentityReveal 查看举报人身份记录 / Document 公文 / DocumentContentVersion 公文内容版本 / DocumentAttachment 公文附件 / Review 保密审查 / Consultation 征求意见 / AuditLog 审计日志 */
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  /** SUCCESS 成功 / DENIED 拒绝 / FAILED 失败 */
  outcome?: string | null | undefined;
  to?: string | null | undefined;
};

/** 修改节假日调整（日期不可改：改日期即另一项调整） */
export type CalendarOverrideChangeInput = {
  kind: CalendarOverrideKind;
  note: string;
};

export type CalendarOverrideFilter = {
  ids?: Array<string | number> | null | undefined;
  isActive?: boolean | null | undefined;
  year?: number | null | undefined;
};

/** 节假日调整 */
export type CalendarOverrideInput = {
  /** 日期 YYYY-MM-DD */
  date: string;
  kind: CalendarOverrideKind;
  note: string;
};

export type CalendarOverrideKind =
  /** 休息日（放假） */
  | 'OFF'
  /** 工作日（调休上班） */
  | 'WORK';

export type CaseKind =
  /** 政府信息公开申请 */
  | 'APPLICATION'
  /** 节假日安排 */
  | 'CALENDAR_YEAR'
  /** 投诉举报 */
  | 'COMPLAINT'
  /** 征求意见 */
  | 'CONSULTATION'
  /** 政府信息 */
  | 'DOCUMENT'
  /** 会议（社会代表列席） */
  | 'MEETING'
  /** 保密审查 */
  | 'REVIEW';

export type CatalogCategoryFilter = {
  ids?: Array<string | number> | null | undefined;
  isActive?: boolean | null | undefined;
  /** 上级分类 */
  parentId?: string | number | null | undefined;
  /** 代码或名称包含 */
  q?: string | null | undefined;
  /** 只看顶级分类 */
  topLevelOnly?: boolean | null | undefined;
};

/** 政府信息公开目录分类 */
export type CatalogCategoryInput = {
  code: string;
  name: string;
  parentId?: string | number | null | undefined;
  sortOrder: number;
};

export type CatalogEntryAction =
  /** 紧急撤下 */
  | 'EMERGENCY_WITHDRAW'
  /** 撤下 */
  | 'WITHDRAW';

export type CatalogEntryFilter = {
  /** 公开目录分类（含其下级分类） */
  categoryId?: string | number | null | undefined;
  /** 发布机构（主办处室） */
  departmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** 标题、概述或索引号包含 */
  search?: string | null | undefined;
  state?: CatalogEntryState | null | undefined;
  /** 信息类别 */
  subjectKind?: CatalogSubjectKind | null | undefined;
};

export type CatalogEntryState =
  /** 已发布 */
  | 'PUBLISHED'
  /** 已被更正版本取代 */
  | 'SUPERSEDED'
  /** 已撤下 */
  | 'WITHDRAWN';

export type CatalogSubjectKind =
  /** 公文 */
  | 'DOCUMENT'
  /** 会议结果 */
  | 'MEETING_RESULT'
  /** 舆情回应 */
  | 'OPINION_RESPONSE'
  /** 民意调查决策 */
  | 'SURVEY_DECISION';

export type ComplaintAction =
  /** 受理 */
  | 'ACCEPT'
  /** 办结 */
  | 'CLOSE'
  /** 延期办理 */
  | 'EXTEND'
  /** 作出处理 */
  | 'HANDLE'
  /** 登记转办结果 */
  | 'RECORD_TRANSFER_RESULT'
  /** 不予受理 */
  | 'REJECT'
  /** 查看举报人身份 */
  | 'REVEAL_IDENTITY'
  /** 转办 */
  | 'TRANSFER';

export type ComplaintChannel =
  /** 电子邮件 */
  | 'EMAIL'
  /** 传真 */
  | 'FAX'
  /** 信函 */
  | 'LETTER'
  /** 网上提交（外部应用） */
  | 'ONLINE'
  /** 电话 */
  | 'TELEPHONE'
  /** 走访 */
  | 'VISIT';

export type ComplaintFilter = {
  channel?: ComplaintChannel | null | undefined;
  /** 被投诉举报的处室 */
  concernedDepartmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  outcome?: ComplaintOutcome | null | undefined;
  /** 有逾期的办理时限（true）或没有（false） */
  overdue?: boolean | null | undefined;
  /** 案件编号或事项摘要包含 */
  q?: string | null | undefined;
  /** 收到日期不早于（YYYY-MM-DD） */
  receivedFrom?: string | null | undefined;
  /** 收到日期不晚于（YYYY-MM-DD） */
  receivedTo?: string | null | undefined;
  state?: ComplaintState | null | undefined;
  violationKind?: ComplaintViolationKind | null | undefined;
};

/** 登记投诉举报（信函、电话、传真、电子邮件、走访） */
export type ComplaintIntakeInput = {
  /** 投诉举报方式（网上提交的由外部应用提交，不在此登记） */
  channel: ComplaintChannel;
  /** 被投诉举报的处室 */
  concernedDepartmentId?: string | number | null | undefined;
  isAnonymous: boolean;
  /** 发放查询码（仅显示一次，请转告投诉举报人） */
  issueAccessCode: boolean;
  /** 收到时间 */
  receivedAt: string;
  sealed: ComplaintSealedInput;
  /** 事项摘要（也可在受理时填写） */
  summary?: string | null | undefined;
  violationKind: ComplaintViolationKind;
  wantsReply: boolean;
};

export type ComplaintNotAcceptedReason =
  /** 同一事项已处理完毕且无新情况 */
  | 'ALREADY_HANDLED'
  /** 其他 */
  | 'OTHER'
  /** 不属于政务公开投诉举报范围 */
  | 'OUT_OF_SCOPE'
  /** 事实不清且无法联系补充 */
  | 'UNCLEAR';

export type ComplaintOutcome =
  /** 部分属实 */
  | 'PARTLY_SUBSTANTIATED'
  /** 属实 */
  | 'SUBSTANTIATED'
  /** 不属实 */
  | 'UNSUBSTANTIATED';

/** 投诉举报人身份和原始材料（加密保存，任何列表和详情中都不显示） */
export type ComplaintSealedInput = {
  /** 住址 */
  address?: string | null | undefined;
  /** 投诉举报内容（来信、记录等原文） */
  content: string;
  /** 电子邮箱 */
  email?: string | null | undefined;
  /** 姓名（匿名时不填） */
  name?: string | null | undefined;
  /** 联系电话 */
  phone?: string | null | undefined;
  /** 工作单位 */
  workplace?: string | null | undefined;
};

export type ComplaintState =
  /** 已办结 */
  | 'CLOSED'
  /** 已处理 */
  | 'HANDLED'
  /** 已受理调查中 */
  | 'INVESTIGATING'
  /** 不予受理 */
  | 'NOT_ACCEPTED'
  /** 已接收待受理 */
  | 'RECEIVED'
  /** 已转办 */
  | 'TRANSFERRED';

export type ComplaintStatisticsFilter = {
  /** 收到日期不早于（YYYY-MM-DD） */
  receivedFrom?: string | null | undefined;
  /** 收到日期不晚于（YYYY-MM-DD） */
  receivedTo?: string | null | undefined;
};

export type ComplaintViolationKind =
  /** 对公民、法人和其他组织要求提供政务信息的申请无正当理由不受理、拖延办理或者不按批准的申请要求提供政务信息 */
  | 'APPLICATION_MISHANDLED'
  /** 制发违背上级关于政务公开决定和要求的文件或作出违背上级有关规定的决策、决定 */
  | 'CONTRARY_DOCUMENTS'
  /** 违反国家法律法规和有关规定公开不准公开的政务信息 */
  | 'DISCLOSED_PROHIBITED'
  /** 公开的政务信息内容不真实，搞虚假公开 */
  | 'FALSE_DISCLOSURE'
  /** 不按照规定的时间、期限公开政务信息或不及时更新政务公开信息 */
  | 'LATE_OR_STALE'
  /** 故意泄露或者利用尚未公开的政务信息谋取个人利益 */
  | 'LEAK_FOR_GAIN'
  /** 不传达贯彻、落实有关政务公开的决定和要求 */
  | 'NOT_IMPLEMENTING'
  /** 其他违反政务公开规定的行为 */
  | 'OTHER'
  /** 不按本单位政务公开目录规定的内容、形式和范围公开政务信息 */
  | 'OUTSIDE_CATALOG'
  /** 未经审查批准擅自公开政务信息 */
  | 'UNAPPROVED_DISCLOSURE';

export type ConsultationAction =
  /** 同意公开 */
  | 'CONSENT'
  /** 报请上级 */
  | 'ESCALATE'
  /** 登记逾期未答复 */
  | 'LAPSE'
  /** 登记书面答复 */
  | 'RECORD_REPLY'
  /** 不同意公开 */
  | 'REFUSE'
  /** 催告 */
  | 'REMIND'
  /** 登记上级机关决定 */
  | 'SETTLE'
  /** 撤回 */
  | 'WITHDRAW';

export type ConsultationFilter = {
  /** 会办处室 */
  consulteeDepartmentId?: string | number | null | undefined;
  /** 公文 */
  documentId?: string | number | null | undefined;
  state?: ConsultationState | null | undefined;
  use?: ConsultationUse | null | undefined;
};

/** 征求意见函（拟公开政府信息基本情况、本机关的意见和依据） */
export type ConsultationLetterInput = {
  /** 拟公开政府信息基本情况 */
  basicFacts: string;
  /** 意见的依据 */
  basis: string;
  /** 本机关的意见 */
  opinion: string;
};

/** 上级机关对分歧的决定 */
export type ConsultationSettlementInput = {
  body: SettlingBody;
  decision: SettlementDecision;
  /** 决定文号或凭证 */
  reference: string;
  /** 决定内容 */
  summary: string;
};

export type ConsultationState =
  /** 同意 */
  | 'AGREED'
  /** 逾期未答复，视为同意 */
  | 'CONSENTED_BY_SILENCE'
  /** 不同意 */
  | 'DISAGREED'
  /** 逾期未答复，已报请上级 */
  | 'ESCALATED'
  /** 逾期未答复（不视为同意） */
  | 'LAPSED'
  /** 已催告 */
  | 'REMINDED'
  /** 已发出，待答复 */
  | 'SENT'
  /** 分歧已由上级机关决定 */
  | 'SETTLED'
  /** 已撤回 */
  | 'WITHDRAWN';

export type ConsultationUse =
  /** 征求其他行政机关意见 */
  | 'AGENCY_RELEASE'
  /** 征求共同制作机关意见 */
  | 'APPLICATION_JOINT_AGENCY'
  /** 征求第三方意见 */
  | 'APPLICATION_THIRD_PARTY'
  /** 会办处室书面同意 */
  | 'CO_DEPARTMENT_CONSENT';

export type ContentVersionKind =
  /** 原件 */
  | 'ORIGINAL'
  /** 区分处理后版本 */
  | 'REDACTED';

export type CorrectionOrderAction =
  /** 报告整改情况 */
  | 'REPORT'
  /** 核实整改完成 */
  | 'VERIFY';

export type CorrectionOrderFilter = {
  complaintId?: string | number | null | undefined;
  departmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  state?: CorrectionOrderState | null | undefined;
};

/** 责令改正 */
export type CorrectionOrderInput = {
  /** 被责令改正的处室 */
  departmentId: string | number;
  /** 整改期限（YYYY-MM-DD） */
  dueDate: string;
  /** 整改要求（不得含投诉举报人身份） */
  requirement: string;
};

export type CorrectionOrderState =
  /** 已责令改正 */
  | 'ORDERED'
  /** 已报告整改 */
  | 'REPORTED'
  /** 已核实整改完成 */
  | 'VERIFIED';

/** 新建制度（含第一个版本） */
export type CreateRuleInput = {
  category: RuleCategory;
  /** 文号 */
  documentNumber?: string | null | undefined;
  firstVersion: RuleVersionInput;
  issuingBody: string;
  title: string;
};

export type DayStatusSource =
  /** 按法定节日推算（待确认） */
  | 'DERIVED'
  /** 国务院办公厅安排 */
  | 'OFFICIAL'
  /** 本局调整 */
  | 'OVERRIDE';

export type DeadlineEventAction =
  /** 撤销 */
  | 'CANCELLED'
  /** 延长 */
  | 'EXTENDED'
  /** 办结 */
  | 'MET'
  /** 因节假日调整重算 */
  | 'RECOMPUTED'
  /** 重新起算 */
  | 'RESTARTED'
  /** 恢复计时 */
  | 'RESUMED'
  /** 开始计时 */
  | 'STARTED'
  /** 暂停计时 */
  | 'SUSPENDED';

export type DeadlineFilter = {
  /** 承办人 */
  assigneeId?: string | number | null | undefined;
  caseId?: string | number | null | undefined;
  caseKind?: CaseKind | null | undefined;
  /** 承办处室 */
  departmentId?: string | number | null | undefined;
  /** 截止日不早于 */
  dueFrom?: string | null | undefined;
  /** 截止日不晚于 */
  dueTo?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  /** 截止日涉及未确认的年度 */
  isProvisional?: boolean | null | undefined;
  kind?: DeadlineKind | null | undefined;
  /** 计时中的时限今天所处情况 */
  standing?: DeadlineStanding | null | undefined;
  /** 状态（默认：计时中；按 ids 查找时不限） */
  state?: DeadlineState | null | undefined;
};

export type DeadlineKind =
  /** 补正告知 */
  | 'APPLICATION_CORRECTION_NOTICE'
  /** 依申请公开答复 */
  | 'APPLICATION_REPLY'
  /** 不予受理告知 */
  | 'COMPLAINT_ACCEPTANCE_NOTICE'
  /** 投诉举报办结 */
  | 'COMPLAINT_HANDLING'
  /** 投诉举报转办 */
  | 'COMPLAINT_TRANSFER'
  /** 征求意见答复 */
  | 'CONSULTATION_REPLY'
  /** 会办处室同意公开 */
  | 'CO_DEPARTMENT_CONSENT'
  /** 会议意见反馈及结果公开 */
  | 'MEETING_FEEDBACK'
  /** 主动公开信息公开时限 */
  | 'PROACTIVE_PUBLICATION';

export type DeadlineStanding =
  /** 即将到期 */
  | 'DUE_SOON'
  /** 正常 */
  | 'ON_TRACK'
  /** 已逾期 */
  | 'OVERDUE'
  /** 暂停计时 */
  | 'SUSPENDED';

export type DeadlineState =
  /** 已撤销 */
  | 'CANCELLED'
  /** 已办结 */
  | 'MET'
  /** 计时中 */
  | 'OPEN';

export type DepartmentFilter = {
  ids?: Array<string | number> | null | undefined;
  isActive?: boolean | null | undefined;
  kind?: DepartmentKind | null | undefined;
  /** 名称或代码包含 */
  q?: string | null | undefined;
};

export type DepartmentInput = {
  code: string;
  kind: DepartmentKind;
  name: string;
  phone?: string | null | undefined;
  sortOrder?: number;
};

export type DepartmentKind =
  /** 直属单位 */
  | 'AFFILIATED_UNIT'
  /** 业务处室 */
  | 'DIVISION'
  /** 办公室 */
  | 'OFFICE';

export type DisclosureAttribute =
  /** 不予公开 */
  | 'NOT_DISCLOSED'
  /** 依申请公开 */
  | 'ON_APPLICATION'
  /** 主动公开 */
  | 'PROACTIVE';

export type DisclosureExceptionGround =
  /** 领导小组认定不公开可能对公共利益造成重大影响 */
  | 'PUBLIC_INTEREST'
  /** 权利人同意公开 */
  | 'RIGHTS_HOLDER_CONSENT';

/** 例外公开：权利人同意或领导小组公共利益认定 */
export type DisclosureExceptionInput = {
  /** 同意书或领导小组决定（文号） */
  evidence: string;
  ground: DisclosureExceptionGround;
  reason: WithholdingReason;
};

export type DocumentAction =
  /** 定期评估：维持公开属性 */
  | 'CONFIRM_ATTRIBUTE'
  /** 作废 */
  | 'DISCARD'
  /** 编辑 */
  | 'EDIT'
  /** 登记解密手续 */
  | 'RECORD_DECLASSIFICATION'
  /** 重新确定公开属性 */
  | 'REDETERMINE_ATTRIBUTE'
  /** 更正已公开信息 */
  | 'REVISE'
  /** 确定公开属性 */
  | 'SET_ATTRIBUTE'
  /** 签发 */
  | 'SIGN'
  /** 提交保密审查 */
  | 'SUBMIT_FOR_REVIEW';

/** 公文拟稿内容 */
export type DocumentDraftInput = {
  /** 正文 */
  body?: string;
  catalogCategoryId?: string | number | null | undefined;
  coDepartmentIds?: Array<string | number>;
  documentNumber?: string | null | undefined;
  /** 转发的公文（继承其公开属性） */
  forwardedFromId?: string | number | null | undefined;
  jointAgencyIds?: Array<string | number>;
  otherTypeName?: string | null | undefined;
  purpose: DocumentPurpose;
  summary?: string | null | undefined;
  title: string;
  type: DocumentType;
};

export type DocumentFilter = {
  attribute?: DisclosureAttribute | null | undefined;
  departmentId?: string | number | null | undefined;
  /** 标题或文号包含 */
  search?: string | null | undefined;
  state?: DocumentState | null | undefined;
  type?: DocumentType | null | undefined;
};

export type DocumentPurpose =
  /** 向有关部门征求意见或答复有关部门意见 */
  | 'INTERDEPARTMENTAL_CONSULTATION'
  /** 属机关内部管理事务 */
  | 'INTERNAL_MANAGEMENT'
  /** 内部资料 */
  | 'INTERNAL_MATERIAL'
  /** 反映本机关机构设置、职能、办事程序等情况 */
  | 'ORGANISATION_AND_PROCEDURES'
  /** 其他 */
  | 'OTHER'
  /** 涉及个人隐私 */
  | 'PERSONAL_PRIVACY'
  /** 需要社会公众广泛知晓或参与 */
  | 'PUBLIC_AWARENESS'
  /** 报上级机关的请示、报告 */
  | 'REPORT_TO_SUPERIOR'
  /** 涉及国家秘密 */
  | 'STATE_SECRET'
  /** 涉及公民、法人或其他组织切身利益 */
  | 'VITAL_INTERESTS'
  /** 涉及工作秘密 */
  | 'WORK_SECRET';

export type DocumentState =
  /** 已作废 */
  | 'DISCARDED'
  /** 拟稿 */
  | 'DRAFT'
  /** 保密审查中 */
  | 'IN_REVIEW'
  /** 已主动公开 */
  | 'PUBLISHED'
  /** 已区分处理后公开 */
  | 'PUBLISHED_REDACTED'
  /** 更正中（已公开版本仍有效） */
  | 'REVISING'
  /** 已签发 */
  | 'SIGNED'
  /** 经审查不予公开 */
  | 'WITHHELD';

export type DocumentType =
  /** 公告 */
  | 'ANNOUNCEMENT'
  /** 通报 */
  | 'CIRCULAR'
  /** 决定 */
  | 'DECISION'
  /** 批复 */
  | 'INSTRUCTION_REPLY'
  /** 函 */
  | 'LETTER'
  /** 会议纪要 */
  | 'MEETING_MINUTES'
  /** 通知 */
  | 'NOTICE'
  /** 意见 */
  | 'OPINION'
  /** 其他 */
  | 'OTHER'
  /** 通告 */
  | 'PUBLIC_NOTICE'
  /** 报告 */
  | 'REPORT'
  /** 请示 */
  | 'REQUEST';

export type ExternalAgencyFilter = {
  ids?: Array<string | number> | null | undefined;
  isActive?: boolean | null | undefined;
  kind?: ExternalAgencyKind | null | undefined;
  /** 名称包含 */
  q?: string | null | undefined;
};

/** 其他行政机关 */
export type ExternalAgencyInput = {
  address?: string | null | undefined;
  contactPerson?: string | null | undefined;
  kind: ExternalAgencyKind;
  name: string;
  notes?: string | null | undefined;
  phone?: string | null | undefined;
};

export type ExternalAgencyKind =
  /** 其他 */
  | 'OTHER'
  /** 同级部门 */
  | 'PEER'
  /** 下级单位 */
  | 'SUBORDINATE'
  /** 上级机关 */
  | 'SUPERIOR';

export type FineGrainedPermission =
  /** 批准依申请公开延期答复 */
  | 'APPLICATION_EXTENSION_APPROVE'
  /** 查看举报人身份信息 */
  | 'COMPLAINT_IDENTITY_REVEAL';

/** 政府信息公开指南内容 */
export type GuideInput = {
  applicationProcedure: string;
  classification: string;
  office: GuideOfficeInput;
  otherText?: string | null | undefined;
  proactiveDisclosure: string;
};

/** 政府信息公开工作机构 */
export type GuideOfficeInput = {
  address: string;
  email: string;
  fax: string;
  name: string;
  officeHours: string;
  telephone: string;
  website: string;
};

export type GuideVersionFilter = {
  /** 是否已发布 */
  isPublished?: boolean | null | undefined;
};

/** 作出处理 */
export type HandleComplaintInput = {
  /** 责令改正事项（属实或部分属实时） */
  correctionOrders?: Array<CorrectionOrderInput> | null | undefined;
  /** 调查处理意见（内部） */
  findings: string;
  /** 答复的告知方式（默认系统内告知） */
  noticeChannel?: NoticeChannel | null | undefined;
  outcome: ComplaintOutcome;
  /** 答复内容（要求答复且能收到答复的，必填） */
  replyText?: string | null | undefined;
};

/** 定时任务执行记录筛选 */
export type JobRunFilter = {
  /** 任务代码（如 deadline.mark-overdue） */
  jobName?: string | null | undefined;
  outcome?: JobRunOutcome | null | undefined;
};

export type JobRunOutcome =
  /** 失败 */
  | 'FAILED'
  /** 运行中（或已中断） */
  | 'RUNNING'
  /** 成功 */
  | 'SUCCEEDED';

/** 我的待办筛选 */
export type MyTaskFilter = {
  /** 截止日不晚于（YYYY-MM-DD） */
  dueBefore?: string | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: TaskKind | null | undefined;
  /** 是：只看已逾期的待办理事项；否：排除它们 */
  overdue?: boolean | null | undefined;
  /** 状态（不填：全部） */
  state?: TaskState | null | undefined;
};

export type NoticeChannel =
  /** 电子邮件 */
  | 'EMAIL'
  /** 传真 */
  | 'FAX'
  /** 当面 */
  | 'IN_PERSON'
  /** 系统内告知（凭查询码查看） */
  | 'IN_SYSTEM'
  /** 电话 */
  | 'PHONE'
  /** 邮寄 */
  | 'POST'
  /** 短信 */
  | 'SMS';

export type OutboxAction =
  /** 重新发送 */
  'RETRY';

export type OutboxMessageFilter = {
  channel?: NoticeChannel | null | undefined;
  state?: OutboxState | null | undefined;
};

export type OutboxState =
  /** 发送失败 */
  | 'FAILED'
  /** 待发送 */
  | 'PENDING'
  /** 已发送 */
  | 'SENT';

/** 分页（页码从 1 开始） */
export type PageInput = {
  page?: number;
  /** 每页条数，最多 100 */
  perPage?: number;
};

export type Permission =
  /** 管理其他行政机关 */
  | 'AGENCY_MANAGE'
  /** 查看其他行政机关 */
  | 'AGENCY_READ'
  /** 管理外部应用令牌 */
  | 'API_TOKEN_MANAGE'
  /** 批准依申请公开延期答复 */
  | 'APPLICATION_EXTENSION_APPROVE'
  /** 查阅和导出审计日志 */
  | 'AUDIT_READ'
  /** 维护节假日安排 */
  | 'CALENDAR_MANAGE'
  /** 维护政府信息公开目录分类 */
  | 'CATALOG_MANAGE'
  /** 办理投诉举报 */
  | 'COMPLAINT_HANDLE'
  /** 查看举报人身份信息 */
  | 'COMPLAINT_IDENTITY_REVEAL'
  /** 查看投诉举报 */
  | 'COMPLAINT_READ'
  /** 会办处室同意公开（本处室） */
  | 'CONSULTATION_CONSENT'
  /** 征求其他机关意见和会办处室同意 */
  | 'CONSULTATION_MANAGE'
  /** 报告整改情况（本处室） */
  | 'CORRECTION_REPORT'
  /** 查看办理时限和待办总览 */
  | 'DEADLINE_OVERVIEW'
  /** 重新确定公开属性 */
  | 'DOCUMENT_ATTRIBUTE_REDETERMINE'
  /** 起草公文并提出公开属性 */
  | 'DOCUMENT_DRAFT'
  /** 签发公文 */
  | 'DOCUMENT_SIGN'
  /** 分配角色和权限 */
  | 'GRANT_MANAGE'
  /** 维护政府信息公开指南 */
  | 'GUIDE_MANAGE'
  /** 查看工作台账 */
  | 'LEDGER_READ'
  /** 登记台账事项（人员变动等） */
  | 'LEDGER_RECORD_MANAGE'
  /** 管理处室和用户 */
  | 'ORGANISATION_MANAGE'
  /** 查看组织机构 */
  | 'ORGANISATION_READ'
  /** 发布经审批的政府信息 */
  | 'PUBLISH'
  /** 撤回保密审查 */
  | 'REVIEW_CANCEL'
  /** 保密审查初审 */
  | 'REVIEW_LEVEL_1'
  /** 保密审查（信息安全保密员） */
  | 'REVIEW_LEVEL_2'
  /** 保密审查审批并指定信息发布人 */
  | 'REVIEW_LEVEL_3'
  /** 保密审查提请确定及涉密处理审核确认 */
  | 'REVIEW_OVERSIGHT'
  /** 向申请人提供经审查的信息 */
  | 'REVIEW_SUPPLY'
  /** 管理制度库 */
  | 'RULES_MANAGE'
  /** 查看制度库 */
  | 'RULES_READ'
  /** 系统设置 */
  | 'SETTINGS_MANAGE'
  /** 分派待办 */
  | 'TASK_ASSIGN';

export type ReviewAction =
  /** 审批通过 */
  | 'APPROVE'
  /** 撤回审查 */
  | 'CANCEL'
  /** 审核确认涉密处理 */
  | 'CONFIRM'
  /** 提请领导小组确定 */
  | 'ESCALATE'
  /** 提交初审意见 */
  | 'INITIAL_REVIEW'
  /** 发布 */
  | 'PUBLISH'
  /** 登记确定意见 */
  | 'RECORD_DETERMINATION'
  /** 报市保密局确定 */
  | 'REFER_TO_SECRECY_BUREAU'
  /** 退回上一级 */
  | 'RETURN'
  /** 提出保密审查意见 */
  | 'SECRECY_REVIEW'
  /** 提供给申请人 */
  | 'SUPPLY';

/** 初审意见：信息的性质；不予公开或部分公开时的理由和依据 */
export type ReviewAssessmentInput = {
  /** 依据 */
  basis?: string | null | undefined;
  outcome: ReviewOutcomeKind;
  reasons?: Array<WithholdingReason>;
};

export type ReviewFilter = {
  departmentId?: string | number | null | undefined;
  /** 只看未办结的 */
  isOpen?: boolean | null | undefined;
  state?: ReviewState | null | undefined;
  /** 某一事项的审查 */
  subjectId?: string | number | null | undefined;
  subjectKind?: ReviewSubjectKind | null | undefined;
};

export type ReviewFinalAction =
  /** 公开发布 */
  | 'PUBLISH'
  /** 提供给申请人 */
  | 'SUPPLY';

/** 保密审查结论 */
export type ReviewOutcomeInput = {
  /** 依据 */
  basis?: string | null | undefined;
  exceptions?: Array<DisclosureExceptionInput>;
  outcome: ReviewOutcomeKind;
  reasons?: Array<WithholdingReason>;
  /** 部分公开：区分处理后的版本 */
  redactedContentVersionId?: string | number | null | undefined;
  stateSecret?: StateSecretInput | null | undefined;
};

export type ReviewOutcomeKind =
  /** 予以公开 */
  | 'DISCLOSE'
  /** 部分公开（区分处理） */
  | 'PARTIAL'
  /** 不予公开 */
  | 'WITHHOLD';

export type ReviewStage =
  /** 初审（信息制作人员） */
  | 'LEVEL_1'
  /** 保密审查（信息安全保密员） */
  | 'LEVEL_2'
  /** 审批（处室负责人） */
  | 'LEVEL_3'
  /** 领导小组办公室 */
  | 'OFFICE';

export type ReviewState =
  /** 已审批，待公开或提供 */
  | 'APPROVED'
  /** 待领导小组办公室审核确认 */
  | 'AWAITING_CONFIRMATION'
  /** 已撤回 */
  | 'CANCELLED'
  /** 待领导小组确定 */
  | 'ESCALATED'
  /** 待初审 */
  | 'LEVEL_1'
  /** 待保密员审查 */
  | 'LEVEL_2'
  /** 待处室负责人审批 */
  | 'LEVEL_3'
  /** 已公开 */
  | 'PUBLISHED'
  /** 待市保密局确定 */
  | 'REFERRED'
  /** 已提供申请人 */
  | 'SUPPLIED'
  /** 不予公开 */
  | 'WITHHELD';

export type ReviewSubjectKind =
  /** 依申请公开答复材料 */
  | 'APPLICATION_REPLY'
  /** 公文 */
  | 'DOCUMENT'
  /** 会议结果 */
  | 'MEETING_RESULT'
  /** 舆情回应 */
  | 'OPINION_RESPONSE'
  /** 民意调查决策 */
  | 'SURVEY_DECISION';

export type Role =
  /** 依申请公开办理人员 */
  | 'APPLICATION_HANDLER'
  /** 安全审计员 */
  | 'AUDITOR'
  /** 局领导 */
  | 'BUREAU_LEADER'
  /** 投诉举报处理人员 */
  | 'COMPLAINT_HANDLER'
  /** 信息安全保密员 */
  | 'CONFIDENTIALITY_OFFICER'
  /** 处室负责人 */
  | 'DEPARTMENT_HEAD'
  /** 信息制作人员 */
  | 'DRAFTER'
  /** 办公室 */
  | 'GENERAL_OFFICE'
  /** 政务公开领导小组办公室 */
  | 'LEADERSHIP_OFFICE'
  /** 会议组织人员 */
  | 'MEETING_ORGANIZER'
  /** 舆情监测人员 */
  | 'OPINION_MONITOR'
  /** 信息发布人 */
  | 'PUBLISHER'
  /** 安全管理员 */
  | 'SECURITY_ADMIN'
  /** 系统管理员 */
  | 'SYSTEM_ADMIN';

export type RuleCategory =
  /** 依申请公开 */
  | 'APPLICATION'
  /** 考核 */
  | 'ASSESSMENT'
  /** 投诉举报 */
  | 'COMPLAINT'
  /** 保密审查 */
  | 'CONFIDENTIALITY_REVIEW'
  /** 工作台账 */
  | 'LEDGER'
  /** 其他 */
  | 'OTHER'
  /** 舆情收集研判和回应 */
  | 'PUBLIC_OPINION'
  /** 公众参与 */
  | 'PUBLIC_PARTICIPATION'
  /** 信息发布协调 */
  | 'RELEASE_COORDINATION'
  /** 社会评议 */
  | 'SOCIAL_EVALUATION'
  /** 源头管理 */
  | 'SOURCE_MANAGEMENT'
  /** 培训宣传 */
  | 'TRAINING';

export type RuleFilter = {
  category?: RuleCategory | null | undefined;
  /** 仅今日现行有效的制度 */
  currentOnly?: boolean | null | undefined;
  ids?: Array<string | number> | null | undefined;
  isActive?: boolean | null | undefined;
  /** 名称或文号包含 */
  q?: string | null | undefined;
};

/** 制度基本信息 */
export type RuleInput = {
  category: RuleCategory;
  /** 文号 */
  documentNumber?: string | null | undefined;
  issuingBody: string;
  title: string;
};

export type RuleStatus =
  /** 现行有效 */
  | 'IN_FORCE'
  /** 尚未施行 */
  | 'NOT_YET_EFFECTIVE'
  /** 已废止 */
  | 'REPEALED';

/** 制度版本 */
export type RuleVersionInput = {
  /** 施行日期 YYYY-MM-DD */
  effectiveDate: string;
  /** 版本说明 */
  note?: string | null | undefined;
  /** 废止日期 YYYY-MM-DD */
  repealDate?: string | null | undefined;
  /** 制度全文 */
  text: string;
};

export type SecrecyLevel =
  /** 秘密 */
  | 'CONFIDENTIAL'
  /** 机密 */
  | 'SECRET'
  /** 绝密 */
  | 'TOP_SECRET';

export type SessionStage =
  /** 正常 */
  | 'FULL'
  /** 须修改初始密码 */
  | 'PASSWORD_CHANGE'
  /** 须绑定动态验证码 */
  | 'TOTP_ENROLMENT';

export type SettlementDecision =
  /** 决定公开 */
  | 'DISCLOSE'
  /** 决定不公开 */
  | 'NOT_DISCLOSE';

export type SettlingBody =
  /** 共同上一级行政机关 */
  | 'COMMON_SUPERIOR'
  /** 政府信息公开主管部门 */
  | 'DISCLOSURE_AUTHORITY';

export type SignInStatus =
  /** 已登录 */
  | 'SIGNED_IN'
  /** 需要输入动态验证码 */
  | 'TOTP_REQUIRED';

/** 排序：按列表可排序的某个字段升序或降序（字段见各列表说明）；值相同的记录之间保持列表的默认顺序 */
export type SortInput = {
  /** 字段名，与列表项的字段同名，如 name */
  field: string;
  order: SortOrder;
};

export type SortOrder =
  /** 升序 */
  | 'ASC'
  /** 降序 */
  | 'DESC';

export type StaffChangeFilter = {
  /** 变动日期不早于（YYYY-MM-DD，含当日） */
  dateFrom?: string | null | undefined;
  /** 变动日期不晚于（YYYY-MM-DD，含当日） */
  dateTo?: string | null | undefined;
  departmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: StaffChangeKind | null | undefined;
  /** 姓名或文号包含 */
  q?: string | null | undefined;
  userId?: string | number | null | undefined;
};

/** 人员变动 */
export type StaffChangeInput = {
  departmentId?: string | number | null | undefined;
  description?: string | null | undefined;
  /** 文号 */
  documentNumber?: string | null | undefined;
  /** 变动日期 YYYY-MM-DD */
  effectiveDate: string;
  kind: StaffChangeKind;
  personName: string;
  userId?: string | number | null | undefined;
};

export type StaffChangeKind =
  /** 分管领导变动 */
  | 'LEADER_CHANGE'
  /** 其他 */
  | 'OTHER'
  /** 岗位调整 */
  | 'POST_CHANGE'
  /** 工作人员调入 */
  | 'TRANSFER_IN'
  /** 工作人员调出 */
  | 'TRANSFER_OUT';

/** 通知筛选 */
export type StaffNotificationFilter = {
  /** 只看未读 */
  unreadOnly?: boolean | null | undefined;
};

export type StaffNotificationKind =
  /** 新待办 */
  | 'TASK_ASSIGNED'
  /** 即将到期 */
  | 'TASK_DUE_SOON'
  /** 已逾期 */
  | 'TASK_OVERDUE'
  /** 待办转交 */
  | 'TASK_REASSIGNED';

/** 国家秘密的元数据（内容不在本系统保存） */
export type StateSecretInput = {
  /** 定密依据 */
  basis: string;
  /** 密级 */
  level: SecrecyLevel;
  /** 知悉范围 */
  scope: string;
  /** 保密期限 */
  term: string;
};

export type TaskAction =
  /** 分派 */
  'REASSIGN';

/** 待办总览筛选（限于本人可查看的处室） */
export type TaskFilter = {
  /** 承办人 */
  assigneeId?: string | number | null | undefined;
  /** 承办处室 */
  departmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  kind?: TaskKind | null | undefined;
  /** 是：只看已逾期的待办理事项；否：排除它们 */
  overdue?: boolean | null | undefined;
  /** 状态（不填：全部） */
  state?: TaskState | null | undefined;
  /** 是：只看尚未分派（在处室待分派）的 */
  unassigned?: boolean | null | undefined;
};

export type TaskKind =
  /** 告知申请人补正 */
  | 'APPLICATION_CORRECTION_NOTICE'
  /** 答复政府信息公开申请 */
  | 'APPLICATION_REPLY'
  /** 确认下一年度节假日安排 */
  | 'CALENDAR_CONFIRM_YEAR'
  /** 决定是否受理投诉举报（不予受理的告知理由） */
  | 'COMPLAINT_ACCEPTANCE_NOTICE'
  /** 办结投诉举报 */
  | 'COMPLAINT_HANDLING'
  /** 转办投诉举报 */
  | 'COMPLAINT_TRANSFER'
  /** 办理征求意见答复 */
  | 'CONSULTATION_REPLY'
  /** 整改并报告（责令改正） */
  | 'CORRECTION_ORDER'
  /** 会办处室审核是否同意公开 */
  | 'CO_DEPARTMENT_CONSENT'
  /** 定期评估不予公开的信息 */
  | 'DOCUMENT_REASSESSMENT'
  /** 反馈会议意见并公开结果 */
  | 'MEETING_FEEDBACK'
  /** 按时限主动公开信息 */
  | 'PROACTIVE_PUBLICATION'
  /** 保密审查初审 */
  | 'REVIEW_LEVEL_1'
  /** 保密审查（信息安全保密员） */
  | 'REVIEW_LEVEL_2'
  /** 保密审查审批 */
  | 'REVIEW_LEVEL_3'
  /** 保密审查提请确定或涉密处理审核确认 */
  | 'REVIEW_OFFICE'
  /** 发布经审批的信息 */
  | 'REVIEW_PUBLISH';

export type TaskState =
  /** 已撤销 */
  | 'CANCELLED'
  /** 已办结 */
  | 'DONE'
  /** 待办理 */
  | 'OPEN';

export type TokenScope =
  /** 提交政府信息公开申请 */
  | 'APPLICATIONS_SUBMIT'
  /** 提交投诉举报 */
  | 'COMPLAINTS_SUBMIT'
  /** 提交社会评议 */
  | 'EVALUATIONS_SUBMIT'
  /** 答复会议邀请 */
  | 'INVITATIONS_RESPOND'
  /** 提交代表意见 */
  | 'OPINIONS_SUBMIT'
  /** 读取公开信息 */
  | 'PUBLIC_READ';

export type UserFilter = {
  departmentId?: string | number | null | undefined;
  ids?: Array<string | number> | null | undefined;
  isActive?: boolean | null | undefined;
  /** 用户名或姓名包含 */
  q?: string | null | undefined;
  role?: Role | null | undefined;
};

export type UserInput = {
  departmentId?: string | number | null | undefined;
  displayName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  username: string;
};

export type WithholdingReason =
  /** 属于工商、不动产登记资料等有特别规定的行政查询事项 */
  | 'ADMINISTRATIVE_QUERY'
  /** 涉及商业秘密，公开会对第三方合法权益造成损害 */
  | 'COMMERCIAL_SECRET'
  /** 公开后可能危及国家安全、公共安全、经济安全、社会稳定 */
  | 'ENDANGERS_SECURITY_STABILITY'
  /** 属于行政执法案卷信息 */
  | 'ENFORCEMENT_CASE_FILE'
  /** 属于人事管理、后勤管理、内部工作流程等内部事务信息 */
  | 'INTERNAL_AFFAIRS'
  /** 法律、行政法规禁止公开 */
  | 'LAW_FORBIDS'
  /** 涉及个人隐私，公开会对第三方合法权益造成损害 */
  | 'PERSONAL_PRIVACY'
  /** 属于讨论记录、过程稿、磋商信函、请示报告等过程性信息 */
  | 'PROCESS_INFORMATION'
  /** 属于国家秘密 */
  | 'STATE_SECRET';

export type ServerInfoQueryVariables = Exact<{ [key: string]: never }>;

export type ServerInfoQuery = { serverInfo: { name: string; demoMode: boolean } };

export type MeFieldsFragment = {
  id: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  stage: SessionStage;
  permissions: Array<Permission>;
  fineGrainedPermissions: Array<Permission>;
  totpEnabled: boolean;
  isDemo: boolean;
  department: { id: string; name: string } | null;
  roles: Array<{ id: string; role: Role; departmentId: string | null }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    stage: SessionStage;
    permissions: Array<Permission>;
    fineGrainedPermissions: Array<Permission>;
    totpEnabled: boolean;
    isDemo: boolean;
    department: { id: string; name: string } | null;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
  totpCode?: string | null | undefined;
}>;

export type LoginMutation = { login: { status: SignInStatus; stage: SessionStage | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangePasswordMutation = {
  changePassword: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    stage: SessionStage;
    permissions: Array<Permission>;
    fineGrainedPermissions: Array<Permission>;
    totpEnabled: boolean;
    isDemo: boolean;
    department: { id: string; name: string } | null;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type BeginTotpEnrolmentMutationVariables = Exact<{ [key: string]: never }>;

export type BeginTotpEnrolmentMutation = { beginTotpEnrolment: { secret: string; otpauthUri: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: string;
}>;

export type ConfirmTotpEnrolmentMutation = {
  confirmTotpEnrolment: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    stage: SessionStage;
    permissions: Array<Permission>;
    fineGrainedPermissions: Array<Permission>;
    totpEnabled: boolean;
    isDemo: boolean;
    department: { id: string; name: string } | null;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type MyAuditLogsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;

export type MyAuditLogsQuery = {
  myAuditLogs: {
    total: number;
    items: Array<{
      seq: string;
      at: string;
      actorKind: string;
      actorId: string | null;
      actorName: string | null;
      action: string;
      outcome: string;
      entityType: string | null;
      entityId: string | null;
      changes: unknown;
      errorCode: string | null;
      reason: string | null;
      ip: string | null;
      requestId: string | null;
      hash: string;
    }>;
  };
};

export type ApiTokenFieldsFragment = {
  id: string;
  name: string;
  prefix: string;
  scopes: Array<TokenScope>;
  rateLimitPerMinute: number;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  version: number;
};

export type ApiTokensQueryVariables = Exact<{
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type ApiTokensQuery = {
  apiTokens: {
    total: number;
    items: Array<{
      id: string;
      name: string;
      prefix: string;
      scopes: Array<TokenScope>;
      rateLimitPerMinute: number;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      version: number;
    }>;
  };
};

export type ApiTokenQueryVariables = Exact<{
  id: string | number;
}>;

export type ApiTokenQuery = {
  apiToken: {
    id: string;
    name: string;
    prefix: string;
    scopes: Array<TokenScope>;
    rateLimitPerMinute: number;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    version: number;
  };
};

export type CreateApiTokenMutationVariables = Exact<{
  input: ApiTokenInput;
}>;

export type CreateApiTokenMutation = {
  createApiToken: {
    token: string;
    apiToken: {
      id: string;
      name: string;
      prefix: string;
      scopes: Array<TokenScope>;
      rateLimitPerMinute: number;
      createdAt: string;
      expiresAt: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      version: number;
    };
  };
};

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type RevokeApiTokenMutation = {
  revokeApiToken: {
    id: string;
    name: string;
    prefix: string;
    scopes: Array<TokenScope>;
    rateLimitPerMinute: number;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
    version: number;
  };
};

export type ApiTokenUsageQueryVariables = Exact<{
  id: string | number;
  minutes: number;
}>;

export type ApiTokenUsageQuery = { apiTokenUsage: Array<{ minute: string; reads: number; writes: number }> };

export type AuditLogFieldsFragment = {
  seq: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  outcome: string;
  entityType: string | null;
  entityId: string | null;
  changes: unknown;
  errorCode: string | null;
  reason: string | null;
  ip: string | null;
  requestId: string | null;
  hash: string;
};

export type AuditLogsQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type AuditLogsQuery = {
  auditLogs: {
    total: number;
    items: Array<{
      seq: string;
      at: string;
      actorKind: string;
      actorId: string | null;
      actorName: string | null;
      action: string;
      outcome: string;
      entityType: string | null;
      entityId: string | null;
      changes: unknown;
      errorCode: string | null;
      reason: string | null;
      ip: string | null;
      requestId: string | null;
      hash: string;
    }>;
  };
};

export type AuditLogQueryVariables = Exact<{
  seq: string | number;
}>;

export type AuditLogQuery = {
  auditLog: {
    seq: string;
    at: string;
    actorKind: string;
    actorId: string | null;
    actorName: string | null;
    action: string;
    outcome: string;
    entityType: string | null;
    entityId: string | null;
    changes: unknown;
    errorCode: string | null;
    reason: string | null;
    ip: string | null;
    requestId: string | null;
    hash: string;
  };
};

export type ExportAuditLogsQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
}>;

export type ExportAuditLogsQuery = {
  exportAuditLogs: { filename: string; contentType: string; content: string; rows: number };
};

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyAuditChainQuery = {
  verifyAuditChain: { ok: boolean; checkedRows: number; brokenAtSeq: string | null };
};

export type CalendarOverrideFieldsFragment = {
  id: string;
  date: string;
  kind: CalendarOverrideKind;
  note: string;
  isActive: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CalendarYearFieldsFragment = {
  year: number;
  hasOfficialData: boolean;
  isConfirmed: boolean;
  isProvisional: boolean;
  confirmedAt: string | null;
  workingDays: number;
  specialDays: Array<{ date: string; isWorkingDay: boolean; source: DayStatusSource; name: string | null }>;
};

export type CalendarChangeFieldsFragment = {
  override: {
    id: string;
    date: string;
    kind: CalendarOverrideKind;
    note: string;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  } | null;
  year: {
    year: number;
    hasOfficialData: boolean;
    isConfirmed: boolean;
    isProvisional: boolean;
    confirmedAt: string | null;
    workingDays: number;
    specialDays: Array<{ date: string; isWorkingDay: boolean; source: DayStatusSource; name: string | null }>;
  };
  movedDeadlines: Array<{
    dueDateBefore: string | null;
    dueDateAfter: string | null;
    provisionalBefore: boolean;
    provisionalAfter: boolean;
    deadline: { id: string; title: string; dueDate: string | null; isProvisional: boolean };
  }>;
};

export type WorkingDayCalendarQueryVariables = Exact<{
  year: number;
}>;

export type WorkingDayCalendarQuery = {
  workingDayCalendar: {
    year: number;
    hasOfficialData: boolean;
    isConfirmed: boolean;
    isProvisional: boolean;
    confirmedAt: string | null;
    workingDays: number;
    specialDays: Array<{ date: string; isWorkingDay: boolean; source: DayStatusSource; name: string | null }>;
  };
};

export type CalendarOverridesQueryVariables = Exact<{
  filter?: CalendarOverrideFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type CalendarOverridesQuery = {
  calendarOverrides: {
    total: number;
    items: Array<{
      id: string;
      date: string;
      kind: CalendarOverrideKind;
      note: string;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type CreateCalendarOverrideMutationVariables = Exact<{
  input: CalendarOverrideInput;
}>;

export type CreateCalendarOverrideMutation = {
  createCalendarOverride: {
    override: {
      id: string;
      date: string;
      kind: CalendarOverrideKind;
      note: string;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    year: {
      year: number;
      hasOfficialData: boolean;
      isConfirmed: boolean;
      isProvisional: boolean;
      confirmedAt: string | null;
      workingDays: number;
      specialDays: Array<{
        date: string;
        isWorkingDay: boolean;
        source: DayStatusSource;
        name: string | null;
      }>;
    };
    movedDeadlines: Array<{
      dueDateBefore: string | null;
      dueDateAfter: string | null;
      provisionalBefore: boolean;
      provisionalAfter: boolean;
      deadline: { id: string; title: string; dueDate: string | null; isProvisional: boolean };
    }>;
  };
};

export type UpdateCalendarOverrideMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CalendarOverrideChangeInput;
}>;

export type UpdateCalendarOverrideMutation = {
  updateCalendarOverride: {
    override: {
      id: string;
      date: string;
      kind: CalendarOverrideKind;
      note: string;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    year: {
      year: number;
      hasOfficialData: boolean;
      isConfirmed: boolean;
      isProvisional: boolean;
      confirmedAt: string | null;
      workingDays: number;
      specialDays: Array<{
        date: string;
        isWorkingDay: boolean;
        source: DayStatusSource;
        name: string | null;
      }>;
    };
    movedDeadlines: Array<{
      dueDateBefore: string | null;
      dueDateAfter: string | null;
      provisionalBefore: boolean;
      provisionalAfter: boolean;
      deadline: { id: string; title: string; dueDate: string | null; isProvisional: boolean };
    }>;
  };
};

export type RemoveCalendarOverrideMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type RemoveCalendarOverrideMutation = {
  removeCalendarOverride: {
    override: {
      id: string;
      date: string;
      kind: CalendarOverrideKind;
      note: string;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    year: {
      year: number;
      hasOfficialData: boolean;
      isConfirmed: boolean;
      isProvisional: boolean;
      confirmedAt: string | null;
      workingDays: number;
      specialDays: Array<{
        date: string;
        isWorkingDay: boolean;
        source: DayStatusSource;
        name: string | null;
      }>;
    };
    movedDeadlines: Array<{
      dueDateBefore: string | null;
      dueDateAfter: string | null;
      provisionalBefore: boolean;
      provisionalAfter: boolean;
      deadline: { id: string; title: string; dueDate: string | null; isProvisional: boolean };
    }>;
  };
};

export type ConfirmCalendarYearMutationVariables = Exact<{
  year: number;
}>;

export type ConfirmCalendarYearMutation = {
  confirmCalendarYear: {
    override: {
      id: string;
      date: string;
      kind: CalendarOverrideKind;
      note: string;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    } | null;
    year: {
      year: number;
      hasOfficialData: boolean;
      isConfirmed: boolean;
      isProvisional: boolean;
      confirmedAt: string | null;
      workingDays: number;
      specialDays: Array<{
        date: string;
        isWorkingDay: boolean;
        source: DayStatusSource;
        name: string | null;
      }>;
    };
    movedDeadlines: Array<{
      dueDateBefore: string | null;
      dueDateAfter: string | null;
      provisionalBefore: boolean;
      provisionalAfter: boolean;
      deadline: { id: string; title: string; dueDate: string | null; isProvisional: boolean };
    }>;
  };
};

export type CatalogCategoryFieldsFragment = {
  id: string;
  code: string;
  name: string;
  sortOrder: number;
  parentId: string | null;
  isActive: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CatalogCategoriesQueryVariables = Exact<{
  filter?: CatalogCategoryFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type CatalogCategoriesQuery = {
  catalogCategories: {
    total: number;
    items: Array<{
      id: string;
      code: string;
      name: string;
      sortOrder: number;
      parentId: string | null;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type CatalogCategoryQueryVariables = Exact<{
  id: string | number;
}>;

export type CatalogCategoryQuery = {
  catalogCategory: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    parentId: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CreateCatalogCategoryMutationVariables = Exact<{
  input: CatalogCategoryInput;
}>;

export type CreateCatalogCategoryMutation = {
  createCatalogCategory: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    parentId: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type UpdateCatalogCategoryMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: CatalogCategoryInput;
}>;

export type UpdateCatalogCategoryMutation = {
  updateCatalogCategory: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    parentId: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type SetCatalogCategoryActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  isActive: boolean;
}>;

export type SetCatalogCategoryActiveMutation = {
  setCatalogCategoryActive: {
    id: string;
    code: string;
    name: string;
    sortOrder: number;
    parentId: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CatalogEntryFieldsFragment = {
  id: string;
  indexNumber: string;
  title: string;
  documentNumber: string | null;
  subjectKind: CatalogSubjectKind;
  subjectId: string;
  reviewId: string;
  categoryId: string | null;
  owningDepartmentId: string;
  state: CatalogEntryState;
  entryVersion: number;
  formedDate: string;
  publishedAt: string;
  publisherId: string;
  summary: string | null;
  body: string;
  attachmentIds: Array<string>;
  contentVersionId: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  availableActions: Array<CatalogEntryAction>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CatalogEntriesQueryVariables = Exact<{
  filter?: CatalogEntryFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type CatalogEntriesQuery = {
  catalogEntries: {
    total: number;
    items: Array<{
      id: string;
      indexNumber: string;
      title: string;
      documentNumber: string | null;
      subjectKind: CatalogSubjectKind;
      subjectId: string;
      reviewId: string;
      categoryId: string | null;
      owningDepartmentId: string;
      state: CatalogEntryState;
      entryVersion: number;
      formedDate: string;
      publishedAt: string;
      publisherId: string;
      summary: string | null;
      body: string;
      attachmentIds: Array<string>;
      contentVersionId: string;
      withdrawnAt: string | null;
      withdrawalReason: string | null;
      availableActions: Array<CatalogEntryAction>;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type CatalogEntryQueryVariables = Exact<{
  id: string | number;
}>;

export type CatalogEntryQuery = {
  catalogEntry: {
    id: string;
    indexNumber: string;
    title: string;
    documentNumber: string | null;
    subjectKind: CatalogSubjectKind;
    subjectId: string;
    reviewId: string;
    categoryId: string | null;
    owningDepartmentId: string;
    state: CatalogEntryState;
    entryVersion: number;
    formedDate: string;
    publishedAt: string;
    publisherId: string;
    summary: string | null;
    body: string;
    attachmentIds: Array<string>;
    contentVersionId: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    availableActions: Array<CatalogEntryAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type WithdrawCatalogEntryMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type WithdrawCatalogEntryMutation = {
  withdrawCatalogEntry: {
    id: string;
    indexNumber: string;
    title: string;
    documentNumber: string | null;
    subjectKind: CatalogSubjectKind;
    subjectId: string;
    reviewId: string;
    categoryId: string | null;
    owningDepartmentId: string;
    state: CatalogEntryState;
    entryVersion: number;
    formedDate: string;
    publishedAt: string;
    publisherId: string;
    summary: string | null;
    body: string;
    attachmentIds: Array<string>;
    contentVersionId: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    availableActions: Array<CatalogEntryAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type EmergencyWithdrawCatalogEntryMutationVariables = Exact<{
  indexNumber: string;
  reason: string;
}>;

export type EmergencyWithdrawCatalogEntryMutation = {
  emergencyWithdrawCatalogEntry: {
    id: string;
    indexNumber: string;
    title: string;
    documentNumber: string | null;
    subjectKind: CatalogSubjectKind;
    subjectId: string;
    reviewId: string;
    categoryId: string | null;
    owningDepartmentId: string;
    state: CatalogEntryState;
    entryVersion: number;
    formedDate: string;
    publishedAt: string;
    publisherId: string;
    summary: string | null;
    body: string;
    attachmentIds: Array<string>;
    contentVersionId: string;
    withdrawnAt: string | null;
    withdrawalReason: string | null;
    availableActions: Array<CatalogEntryAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type ComplaintListFieldsFragment = {
  id: string;
  caseNumber: string;
  violationKind: ComplaintViolationKind;
  channel: ComplaintChannel;
  receivedAt: string;
  receivedDate: string;
  concernedDepartmentId: string | null;
  isAnonymous: boolean;
  wantsReply: boolean;
  state: ComplaintState;
  outcome: ComplaintOutcome | null;
  isOverdue: boolean;
  handlingDueDate: string | null;
  hasAccessCode: boolean;
  handlerId: string | null;
  availableActions: Array<ComplaintAction>;
  version: number;
  createdAt: string;
  updatedAt: string;
  deadlines: Array<{
    id: string;
    kind: DeadlineKind;
    caseKind: CaseKind;
    caseId: string;
    title: string;
    departmentId: string | null;
    assigneeId: string | null;
    startDate: string;
    periodWorkingDays: number;
    extensionsWorkingDays: number;
    extensionCount: number;
    dueDate: string | null;
    isProvisional: boolean;
    isSuspended: boolean;
    isOverdue: boolean;
    state: DeadlineState;
    closedAt: string | null;
    workingDaysLeft: number | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  }>;
};

export type ComplaintFieldsFragment = {
  summary: string | null;
  notAcceptedReason: ComplaintNotAcceptedReason | null;
  notAcceptedText: string | null;
  transferredToDepartmentId: string | null;
  transferredToAgencyId: string | null;
  transferredAt: string | null;
  transferResult: string | null;
  findings: string | null;
  replyText: string | null;
  handledAt: string | null;
  closedAt: string | null;
  id: string;
  caseNumber: string;
  violationKind: ComplaintViolationKind;
  channel: ComplaintChannel;
  receivedAt: string;
  receivedDate: string;
  concernedDepartmentId: string | null;
  isAnonymous: boolean;
  wantsReply: boolean;
  state: ComplaintState;
  outcome: ComplaintOutcome | null;
  isOverdue: boolean;
  handlingDueDate: string | null;
  hasAccessCode: boolean;
  handlerId: string | null;
  availableActions: Array<ComplaintAction>;
  version: number;
  createdAt: string;
  updatedAt: string;
  correctionOrders: Array<{
    id: string;
    departmentId: string;
    requirement: string;
    dueDate: string;
    state: CorrectionOrderState;
    reportText: string | null;
    reportedAt: string | null;
    verifiedAt: string | null;
  }>;
  notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
  identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
  deadlines: Array<{
    id: string;
    kind: DeadlineKind;
    caseKind: CaseKind;
    caseId: string;
    title: string;
    departmentId: string | null;
    assigneeId: string | null;
    startDate: string;
    periodWorkingDays: number;
    extensionsWorkingDays: number;
    extensionCount: number;
    dueDate: string | null;
    isProvisional: boolean;
    isSuspended: boolean;
    isOverdue: boolean;
    state: DeadlineState;
    closedAt: string | null;
    workingDaysLeft: number | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  }>;
};

export type ComplaintsQueryVariables = Exact<{
  filter?: ComplaintFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type ComplaintsQuery = {
  complaints: {
    total: number;
    items: Array<{
      id: string;
      caseNumber: string;
      violationKind: ComplaintViolationKind;
      channel: ComplaintChannel;
      receivedAt: string;
      receivedDate: string;
      concernedDepartmentId: string | null;
      isAnonymous: boolean;
      wantsReply: boolean;
      state: ComplaintState;
      outcome: ComplaintOutcome | null;
      isOverdue: boolean;
      handlingDueDate: string | null;
      hasAccessCode: boolean;
      handlerId: string | null;
      availableActions: Array<ComplaintAction>;
      version: number;
      createdAt: string;
      updatedAt: string;
      deadlines: Array<{
        id: string;
        kind: DeadlineKind;
        caseKind: CaseKind;
        caseId: string;
        title: string;
        departmentId: string | null;
        assigneeId: string | null;
        startDate: string;
        periodWorkingDays: number;
        extensionsWorkingDays: number;
        extensionCount: number;
        dueDate: string | null;
        isProvisional: boolean;
        isSuspended: boolean;
        isOverdue: boolean;
        state: DeadlineState;
        closedAt: string | null;
        workingDaysLeft: number | null;
        version: number;
        createdAt: string;
        updatedAt: string;
      }>;
    }>;
  };
};

export type ComplaintQueryVariables = Exact<{
  id: string | number;
}>;

export type ComplaintQuery = {
  complaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type ComplaintStatisticsQueryVariables = Exact<{
  filter?: ComplaintStatisticsFilter | null | undefined;
}>;

export type ComplaintStatisticsQuery = {
  complaintStatistics: {
    total: number;
    overdue: number;
    byKind: Array<{ count: number; key: ComplaintViolationKind }>;
    byChannel: Array<{ count: number; key: ComplaintChannel }>;
    byOutcome: Array<{ count: number; key: ComplaintOutcome }>;
    byState: Array<{ count: number; key: ComplaintState }>;
    byConcernedDepartment: Array<{ count: number; key: string | null }>;
  };
};

export type RegisterComplaintMutationVariables = Exact<{
  input: ComplaintIntakeInput;
}>;

export type RegisterComplaintMutation = {
  registerComplaint: {
    accessCode: string | null;
    complaint: {
      summary: string | null;
      notAcceptedReason: ComplaintNotAcceptedReason | null;
      notAcceptedText: string | null;
      transferredToDepartmentId: string | null;
      transferredToAgencyId: string | null;
      transferredAt: string | null;
      transferResult: string | null;
      findings: string | null;
      replyText: string | null;
      handledAt: string | null;
      closedAt: string | null;
      id: string;
      caseNumber: string;
      violationKind: ComplaintViolationKind;
      channel: ComplaintChannel;
      receivedAt: string;
      receivedDate: string;
      concernedDepartmentId: string | null;
      isAnonymous: boolean;
      wantsReply: boolean;
      state: ComplaintState;
      outcome: ComplaintOutcome | null;
      isOverdue: boolean;
      handlingDueDate: string | null;
      hasAccessCode: boolean;
      handlerId: string | null;
      availableActions: Array<ComplaintAction>;
      version: number;
      createdAt: string;
      updatedAt: string;
      correctionOrders: Array<{
        id: string;
        departmentId: string;
        requirement: string;
        dueDate: string;
        state: CorrectionOrderState;
        reportText: string | null;
        reportedAt: string | null;
        verifiedAt: string | null;
      }>;
      notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
      identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
      deadlines: Array<{
        id: string;
        kind: DeadlineKind;
        caseKind: CaseKind;
        caseId: string;
        title: string;
        departmentId: string | null;
        assigneeId: string | null;
        startDate: string;
        periodWorkingDays: number;
        extensionsWorkingDays: number;
        extensionCount: number;
        dueDate: string | null;
        isProvisional: boolean;
        isSuspended: boolean;
        isOverdue: boolean;
        state: DeadlineState;
        closedAt: string | null;
        workingDaysLeft: number | null;
        version: number;
        createdAt: string;
        updatedAt: string;
      }>;
    };
  };
};

export type AcceptComplaintMutationVariables = Exact<{
  id: string | number;
  version: number;
  needsTransfer: boolean;
  summary?: string | null | undefined;
}>;

export type AcceptComplaintMutation = {
  acceptComplaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type RejectComplaintMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: ComplaintNotAcceptedReason;
  text: string;
  noticeChannel?: NoticeChannel | null | undefined;
}>;

export type RejectComplaintMutation = {
  rejectComplaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type TransferComplaintMutationVariables = Exact<{
  id: string | number;
  version: number;
  toDepartmentId?: string | number | null | undefined;
  toAgencyId?: string | number | null | undefined;
  summary: string;
}>;

export type TransferComplaintMutation = {
  transferComplaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type RecordComplaintTransferResultMutationVariables = Exact<{
  id: string | number;
  version: number;
  text: string;
}>;

export type RecordComplaintTransferResultMutation = {
  recordComplaintTransferResult: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type ExtendComplaintMutationVariables = Exact<{
  id: string | number;
  version: number;
  byWorkingDays: number;
  reason: string;
  noticeChannel?: NoticeChannel | null | undefined;
}>;

export type ExtendComplaintMutation = {
  extendComplaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type HandleComplaintMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: HandleComplaintInput;
}>;

export type HandleComplaintMutation = {
  handleComplaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type CloseComplaintMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type CloseComplaintMutation = {
  closeComplaint: {
    summary: string | null;
    notAcceptedReason: ComplaintNotAcceptedReason | null;
    notAcceptedText: string | null;
    transferredToDepartmentId: string | null;
    transferredToAgencyId: string | null;
    transferredAt: string | null;
    transferResult: string | null;
    findings: string | null;
    replyText: string | null;
    handledAt: string | null;
    closedAt: string | null;
    id: string;
    caseNumber: string;
    violationKind: ComplaintViolationKind;
    channel: ComplaintChannel;
    receivedAt: string;
    receivedDate: string;
    concernedDepartmentId: string | null;
    isAnonymous: boolean;
    wantsReply: boolean;
    state: ComplaintState;
    outcome: ComplaintOutcome | null;
    isOverdue: boolean;
    handlingDueDate: string | null;
    hasAccessCode: boolean;
    handlerId: string | null;
    availableActions: Array<ComplaintAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
    correctionOrders: Array<{
      id: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      verifiedAt: string | null;
    }>;
    notices: Array<{ id: string; subject: string; channel: NoticeChannel; sentAt: string }>;
    identityReveals: Array<{ id: string; revealedAt: string; revealedById: string; reason: string }>;
    deadlines: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type RevealComplaintIdentityMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type RevealComplaintIdentityMutation = {
  revealComplaintIdentity: {
    name: string | null;
    workplace: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    concernedDepartment: string | null;
    content: string;
  };
};

export type ConsultationFieldsFragment = {
  id: string;
  subjectKind: string;
  subjectId: string;
  use: ConsultationUse;
  state: ConsultationState;
  departmentId: string;
  consulteeAgencyId: string | null;
  consulteeDepartmentId: string | null;
  consulteeName: string;
  basicFacts: string;
  opinion: string;
  basis: string;
  replyAgrees: boolean | null;
  replyText: string | null;
  repliedOn: string | null;
  settlementBody: SettlingBody | null;
  settlementDecision: SettlementDecision | null;
  settlementReference: string | null;
  settlementSummary: string | null;
  dueDate: string | null;
  sentAt: string;
  availableActions: Array<ConsultationAction>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type ConsultationsQueryVariables = Exact<{
  filter?: ConsultationFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type ConsultationsQuery = {
  consultations: {
    total: number;
    items: Array<{
      id: string;
      subjectKind: string;
      subjectId: string;
      use: ConsultationUse;
      state: ConsultationState;
      departmentId: string;
      consulteeAgencyId: string | null;
      consulteeDepartmentId: string | null;
      consulteeName: string;
      basicFacts: string;
      opinion: string;
      basis: string;
      replyAgrees: boolean | null;
      replyText: string | null;
      repliedOn: string | null;
      settlementBody: SettlingBody | null;
      settlementDecision: SettlementDecision | null;
      settlementReference: string | null;
      settlementSummary: string | null;
      dueDate: string | null;
      sentAt: string;
      availableActions: Array<ConsultationAction>;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type ConsultationQueryVariables = Exact<{
  id: string | number;
}>;

export type ConsultationQuery = {
  consultation: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type DocumentPublicationBlockerQueryVariables = Exact<{
  id: string | number;
}>;

export type DocumentPublicationBlockerQuery = { document: { id: string; publicationBlocker: string | null } };

export type SendConsultationMutationVariables = Exact<{
  documentId: string | number;
  use: ConsultationUse;
  consulteeIds: Array<string | number> | string | number;
  letter: ConsultationLetterInput;
}>;

export type SendConsultationMutation = {
  sendConsultation: Array<{
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  }>;
};

export type RecordConsultationReplyMutationVariables = Exact<{
  id: string | number;
  version: number;
  agrees: boolean;
  reply: string;
  repliedOn: string;
}>;

export type RecordConsultationReplyMutation = {
  recordConsultationReply: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type RemindConsultationMutationVariables = Exact<{
  id: string | number;
  version: number;
  note: string;
}>;

export type RemindConsultationMutation = {
  remindConsultation: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type EscalateConsultationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type EscalateConsultationMutation = {
  escalateConsultation: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type RecordConsultationSettlementMutationVariables = Exact<{
  id: string | number;
  version: number;
  settlement: ConsultationSettlementInput;
}>;

export type RecordConsultationSettlementMutation = {
  recordConsultationSettlement: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type WithdrawConsultationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type WithdrawConsultationMutation = {
  withdrawConsultation: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type GiveCoDepartmentConsentMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion?: string | null | undefined;
}>;

export type GiveCoDepartmentConsentMutation = {
  giveCoDepartmentConsent: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type RefuseCoDepartmentConsentMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type RefuseCoDepartmentConsentMutation = {
  refuseCoDepartmentConsent: {
    id: string;
    subjectKind: string;
    subjectId: string;
    use: ConsultationUse;
    state: ConsultationState;
    departmentId: string;
    consulteeAgencyId: string | null;
    consulteeDepartmentId: string | null;
    consulteeName: string;
    basicFacts: string;
    opinion: string;
    basis: string;
    replyAgrees: boolean | null;
    replyText: string | null;
    repliedOn: string | null;
    settlementBody: SettlingBody | null;
    settlementDecision: SettlementDecision | null;
    settlementReference: string | null;
    settlementSummary: string | null;
    dueDate: string | null;
    sentAt: string;
    availableActions: Array<ConsultationAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CorrectionOrderFieldsFragment = {
  id: string;
  complaintId: string;
  caseNumber: string;
  departmentId: string;
  requirement: string;
  dueDate: string;
  state: CorrectionOrderState;
  reportText: string | null;
  reportedAt: string | null;
  reportedById: string | null;
  verifiedAt: string | null;
  verifiedById: string | null;
  availableActions: Array<CorrectionOrderAction>;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type CorrectionOrdersQueryVariables = Exact<{
  filter?: CorrectionOrderFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type CorrectionOrdersQuery = {
  correctionOrders: {
    total: number;
    items: Array<{
      id: string;
      complaintId: string;
      caseNumber: string;
      departmentId: string;
      requirement: string;
      dueDate: string;
      state: CorrectionOrderState;
      reportText: string | null;
      reportedAt: string | null;
      reportedById: string | null;
      verifiedAt: string | null;
      verifiedById: string | null;
      availableActions: Array<CorrectionOrderAction>;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type CorrectionOrderQueryVariables = Exact<{
  id: string | number;
}>;

export type CorrectionOrderQuery = {
  correctionOrder: {
    id: string;
    complaintId: string;
    caseNumber: string;
    departmentId: string;
    requirement: string;
    dueDate: string;
    state: CorrectionOrderState;
    reportText: string | null;
    reportedAt: string | null;
    reportedById: string | null;
    verifiedAt: string | null;
    verifiedById: string | null;
    availableActions: Array<CorrectionOrderAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type ReportCorrectionMutationVariables = Exact<{
  id: string | number;
  version: number;
  text: string;
}>;

export type ReportCorrectionMutation = {
  reportCorrection: {
    id: string;
    complaintId: string;
    caseNumber: string;
    departmentId: string;
    requirement: string;
    dueDate: string;
    state: CorrectionOrderState;
    reportText: string | null;
    reportedAt: string | null;
    reportedById: string | null;
    verifiedAt: string | null;
    verifiedById: string | null;
    availableActions: Array<CorrectionOrderAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type VerifyCorrectionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type VerifyCorrectionMutation = {
  verifyCorrection: {
    id: string;
    complaintId: string;
    caseNumber: string;
    departmentId: string;
    requirement: string;
    dueDate: string;
    state: CorrectionOrderState;
    reportText: string | null;
    reportedAt: string | null;
    reportedById: string | null;
    verifiedAt: string | null;
    verifiedById: string | null;
    availableActions: Array<CorrectionOrderAction>;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type DeadlineListFieldsFragment = {
  id: string;
  kind: DeadlineKind;
  caseKind: CaseKind;
  caseId: string;
  title: string;
  departmentId: string | null;
  assigneeId: string | null;
  startDate: string;
  periodWorkingDays: number;
  extensionsWorkingDays: number;
  extensionCount: number;
  dueDate: string | null;
  isProvisional: boolean;
  isSuspended: boolean;
  isOverdue: boolean;
  state: DeadlineState;
  closedAt: string | null;
  workingDaysLeft: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type DeadlineFieldsFragment = {
  id: string;
  kind: DeadlineKind;
  caseKind: CaseKind;
  caseId: string;
  title: string;
  departmentId: string | null;
  assigneeId: string | null;
  startDate: string;
  periodWorkingDays: number;
  extensionsWorkingDays: number;
  extensionCount: number;
  dueDate: string | null;
  isProvisional: boolean;
  isSuspended: boolean;
  isOverdue: boolean;
  state: DeadlineState;
  closedAt: string | null;
  workingDaysLeft: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  suspensions: Array<{ from: string; to: string | null; reason: string }>;
  events: Array<{
    id: string;
    action: DeadlineEventAction;
    onDate: string | null;
    reason: string | null;
    byWorkingDays: number | null;
    dueDateBefore: string | null;
    dueDateAfter: string | null;
    actorId: string | null;
    approverId: string | null;
    at: string;
  }>;
};

export type DeadlineCountFieldsFragment = {
  key: string | null;
  open: number;
  overdue: number;
  dueSoon: number;
  suspended: number;
  provisional: number;
};

export type DeadlinesQueryVariables = Exact<{
  filter?: DeadlineFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type DeadlinesQuery = {
  deadlines: {
    total: number;
    items: Array<{
      id: string;
      kind: DeadlineKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      departmentId: string | null;
      assigneeId: string | null;
      startDate: string;
      periodWorkingDays: number;
      extensionsWorkingDays: number;
      extensionCount: number;
      dueDate: string | null;
      isProvisional: boolean;
      isSuspended: boolean;
      isOverdue: boolean;
      state: DeadlineState;
      closedAt: string | null;
      workingDaysLeft: number | null;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type DeadlineQueryVariables = Exact<{
  id: string | number;
}>;

export type DeadlineQuery = {
  deadline: {
    id: string;
    kind: DeadlineKind;
    caseKind: CaseKind;
    caseId: string;
    title: string;
    departmentId: string | null;
    assigneeId: string | null;
    startDate: string;
    periodWorkingDays: number;
    extensionsWorkingDays: number;
    extensionCount: number;
    dueDate: string | null;
    isProvisional: boolean;
    isSuspended: boolean;
    isOverdue: boolean;
    state: DeadlineState;
    closedAt: string | null;
    workingDaysLeft: number | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    suspensions: Array<{ from: string; to: string | null; reason: string }>;
    events: Array<{
      id: string;
      action: DeadlineEventAction;
      onDate: string | null;
      reason: string | null;
      byWorkingDays: number | null;
      dueDateBefore: string | null;
      dueDateAfter: string | null;
      actorId: string | null;
      approverId: string | null;
      at: string;
    }>;
  };
};

export type DeadlineSummaryQueryVariables = Exact<{
  filter?: DeadlineFilter | null | undefined;
}>;

export type DeadlineSummaryQuery = {
  deadlineSummary: {
    today: string;
    dueSoonUntil: string;
    total: {
      key: string | null;
      open: number;
      overdue: number;
      dueSoon: number;
      suspended: number;
      provisional: number;
    };
    byDepartment: Array<{
      key: string | null;
      open: number;
      overdue: number;
      dueSoon: number;
      suspended: number;
      provisional: number;
    }>;
    byAssignee: Array<{
      key: string | null;
      open: number;
      overdue: number;
      dueSoon: number;
      suspended: number;
      provisional: number;
    }>;
  };
};

export type DepartmentFieldsFragment = {
  id: string;
  code: string;
  name: string;
  kind: DepartmentKind;
  sortOrder: number;
  phone: string | null;
  isActive: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type DepartmentsQueryVariables = Exact<{
  filter?: DepartmentFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type DepartmentsQuery = {
  departments: {
    total: number;
    items: Array<{
      id: string;
      code: string;
      name: string;
      kind: DepartmentKind;
      sortOrder: number;
      phone: string | null;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type DepartmentQueryVariables = Exact<{
  id: string | number;
}>;

export type DepartmentQuery = {
  department: {
    id: string;
    code: string;
    name: string;
    kind: DepartmentKind;
    sortOrder: number;
    phone: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CreateDepartmentMutationVariables = Exact<{
  input: DepartmentInput;
}>;

export type CreateDepartmentMutation = {
  createDepartment: {
    id: string;
    code: string;
    name: string;
    kind: DepartmentKind;
    sortOrder: number;
    phone: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type UpdateDepartmentMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DepartmentInput;
}>;

export type UpdateDepartmentMutation = {
  updateDepartment: {
    id: string;
    code: string;
    name: string;
    kind: DepartmentKind;
    sortOrder: number;
    phone: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type SetDepartmentActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  isActive: boolean;
}>;

export type SetDepartmentActiveMutation = {
  setDepartmentActive: {
    id: string;
    code: string;
    name: string;
    kind: DepartmentKind;
    sortOrder: number;
    phone: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type ContentVersionFieldsFragment = {
  id: string;
  documentId: string;
  kind: ContentVersionKind;
  seq: number;
  body: string | null;
  isEditable: boolean;
  sealedAt: string | null;
  contentRemovedAt: string | null;
  basedOnId: string | null;
  version: number;
  attachments: Array<{
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    url: string | null;
    removedAt: string | null;
  }>;
};

export type DocumentListFieldsFragment = {
  id: string;
  title: string;
  documentNumber: string | null;
  type: DocumentType;
  otherTypeName: string | null;
  purpose: DocumentPurpose;
  state: DocumentState;
  attribute: DisclosureAttribute | null;
  proposedAttribute: DisclosureAttribute | null;
  departmentId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type DocumentFieldsFragment = {
  availableActions: Array<DocumentAction>;
  summary: string | null;
  coDepartmentIds: Array<string>;
  jointAgencyIds: Array<string>;
  catalogCategoryId: string | null;
  forwardedFromId: string | null;
  drafterId: string;
  signedAt: string | null;
  signedById: string | null;
  formedDate: string | null;
  lastAssessedAt: string | null;
  declassifiedAt: string | null;
  declassificationReference: string | null;
  attributeReason: string | null;
  attributeRule: AttributeRule | null;
  isAttributeDeviation: boolean;
  id: string;
  title: string;
  documentNumber: string | null;
  type: DocumentType;
  otherTypeName: string | null;
  purpose: DocumentPurpose;
  state: DocumentState;
  attribute: DisclosureAttribute | null;
  proposedAttribute: DisclosureAttribute | null;
  departmentId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  attributeProposal: {
    attribute: DisclosureAttribute | null;
    rule: AttributeRule | null;
    isForwardedSourceUnset: boolean;
  };
  currentContent: {
    id: string;
    documentId: string;
    kind: ContentVersionKind;
    seq: number;
    body: string | null;
    isEditable: boolean;
    sealedAt: string | null;
    contentRemovedAt: string | null;
    basedOnId: string | null;
    version: number;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      url: string | null;
      removedAt: string | null;
    }>;
  } | null;
  events: Array<{
    id: string;
    action: string;
    fromState: DocumentState | null;
    toState: DocumentState;
    fromAttribute: DisclosureAttribute | null;
    toAttribute: DisclosureAttribute | null;
    note: string | null;
    actorId: string | null;
    at: string;
  }>;
  reviews: Array<{
    id: string;
    state: ReviewState;
    isRevision: boolean;
    createdAt: string;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      userId: string;
      at: string;
    }>;
  }>;
  catalogEntries: Array<{
    id: string;
    indexNumber: string;
    entryVersion: number;
    state: CatalogEntryState;
    publishedAt: string;
  }>;
};

export type DocumentsQueryVariables = Exact<{
  filter?: DocumentFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type DocumentsQuery = {
  documents: {
    total: number;
    items: Array<{
      id: string;
      title: string;
      documentNumber: string | null;
      type: DocumentType;
      otherTypeName: string | null;
      purpose: DocumentPurpose;
      state: DocumentState;
      attribute: DisclosureAttribute | null;
      proposedAttribute: DisclosureAttribute | null;
      departmentId: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type DocumentQueryVariables = Exact<{
  id: string | number;
}>;

export type DocumentQuery = {
  document: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type CreateDocumentMutationVariables = Exact<{
  departmentId: string | number;
  input: DocumentDraftInput;
}>;

export type CreateDocumentMutation = {
  createDocument: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type UpdateDocumentMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: DocumentDraftInput;
}>;

export type UpdateDocumentMutation = {
  updateDocument: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type SetDocumentAttributeMutationVariables = Exact<{
  id: string | number;
  version: number;
  attribute: DisclosureAttribute;
  reason?: string | null | undefined;
}>;

export type SetDocumentAttributeMutation = {
  setDocumentAttribute: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type RedetermineDocumentAttributeMutationVariables = Exact<{
  id: string | number;
  version: number;
  attribute: DisclosureAttribute;
  reason: string;
}>;

export type RedetermineDocumentAttributeMutation = {
  redetermineDocumentAttribute: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type SignDocumentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type SignDocumentMutation = {
  signDocument: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type SubmitDocumentForReviewMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type SubmitDocumentForReviewMutation = {
  submitDocumentForReview: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type DiscardDocumentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type DiscardDocumentMutation = {
  discardDocument: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type ReviseDocumentMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type ReviseDocumentMutation = {
  reviseDocument: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type UploadDocumentAttachmentMutationVariables = Exact<{
  contentVersionId: string | number;
  fileName: string;
  contentBase64: string;
}>;

export type UploadDocumentAttachmentMutation = { uploadDocumentAttachment: { id: string; fileName: string } };

export type RemoveDocumentAttachmentMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveDocumentAttachmentMutation = { removeDocumentAttachment: boolean };

export type ConfirmDocumentAttributeMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: string;
}>;

export type ConfirmDocumentAttributeMutation = {
  confirmDocumentAttribute: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type RecordDocumentDeclassificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  reference: string;
}>;

export type RecordDocumentDeclassificationMutation = {
  recordDocumentDeclassification: {
    availableActions: Array<DocumentAction>;
    summary: string | null;
    coDepartmentIds: Array<string>;
    jointAgencyIds: Array<string>;
    catalogCategoryId: string | null;
    forwardedFromId: string | null;
    drafterId: string;
    signedAt: string | null;
    signedById: string | null;
    formedDate: string | null;
    lastAssessedAt: string | null;
    declassifiedAt: string | null;
    declassificationReference: string | null;
    attributeReason: string | null;
    attributeRule: AttributeRule | null;
    isAttributeDeviation: boolean;
    id: string;
    title: string;
    documentNumber: string | null;
    type: DocumentType;
    otherTypeName: string | null;
    purpose: DocumentPurpose;
    state: DocumentState;
    attribute: DisclosureAttribute | null;
    proposedAttribute: DisclosureAttribute | null;
    departmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    attributeProposal: {
      attribute: DisclosureAttribute | null;
      rule: AttributeRule | null;
      isForwardedSourceUnset: boolean;
    };
    currentContent: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    events: Array<{
      id: string;
      action: string;
      fromState: DocumentState | null;
      toState: DocumentState;
      fromAttribute: DisclosureAttribute | null;
      toAttribute: DisclosureAttribute | null;
      note: string | null;
      actorId: string | null;
      at: string;
    }>;
    reviews: Array<{
      id: string;
      state: ReviewState;
      isRevision: boolean;
      createdAt: string;
      decisions: Array<{
        id: string;
        action: ReviewAction;
        stage: ReviewStage | null;
        fromState: ReviewState;
        toState: ReviewState;
        opinion: string | null;
        userId: string;
        at: string;
      }>;
    }>;
    catalogEntries: Array<{
      id: string;
      indexNumber: string;
      entryVersion: number;
      state: CatalogEntryState;
      publishedAt: string;
    }>;
  };
};

export type ExternalAgencyFieldsFragment = {
  id: string;
  name: string;
  kind: ExternalAgencyKind;
  contactPerson: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
  isActive: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type ExternalAgenciesQueryVariables = Exact<{
  filter?: ExternalAgencyFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type ExternalAgenciesQuery = {
  externalAgencies: {
    total: number;
    items: Array<{
      id: string;
      name: string;
      kind: ExternalAgencyKind;
      contactPerson: string | null;
      phone: string | null;
      address: string | null;
      notes: string | null;
      isActive: boolean;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type ExternalAgencyQueryVariables = Exact<{
  id: string | number;
}>;

export type ExternalAgencyQuery = {
  externalAgency: {
    id: string;
    name: string;
    kind: ExternalAgencyKind;
    contactPerson: string | null;
    phone: string | null;
    address: string | null;
    notes: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type CreateExternalAgencyMutationVariables = Exact<{
  input: ExternalAgencyInput;
}>;

export type CreateExternalAgencyMutation = {
  createExternalAgency: {
    id: string;
    name: string;
    kind: ExternalAgencyKind;
    contactPerson: string | null;
    phone: string | null;
    address: string | null;
    notes: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type UpdateExternalAgencyMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ExternalAgencyInput;
}>;

export type UpdateExternalAgencyMutation = {
  updateExternalAgency: {
    id: string;
    name: string;
    kind: ExternalAgencyKind;
    contactPerson: string | null;
    phone: string | null;
    address: string | null;
    notes: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type SetExternalAgencyActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  isActive: boolean;
}>;

export type SetExternalAgencyActiveMutation = {
  setExternalAgencyActive: {
    id: string;
    name: string;
    kind: ExternalAgencyKind;
    contactPerson: string | null;
    phone: string | null;
    address: string | null;
    notes: string | null;
    isActive: boolean;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
};

export type GuideVersionFieldsFragment = {
  id: string;
  versionNumber: number;
  classification: string;
  proactiveDisclosure: string;
  applicationProcedure: string;
  otherText: string | null;
  publishedAt: string | null;
  publishedById: string | null;
  createdById: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  office: {
    name: string;
    address: string;
    officeHours: string;
    telephone: string;
    fax: string;
    website: string;
    email: string;
  };
};

export type GuideVersionsQueryVariables = Exact<{
  filter?: GuideVersionFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type GuideVersionsQuery = {
  guideVersions: {
    total: number;
    items: Array<{
      id: string;
      versionNumber: number;
      classification: string;
      proactiveDisclosure: string;
      applicationProcedure: string;
      otherText: string | null;
      publishedAt: string | null;
      publishedById: string | null;
      createdById: string;
      version: number;
      createdAt: string;
      updatedAt: string;
      office: {
        name: string;
        address: string;
        officeHours: string;
        telephone: string;
        fax: string;
        website: string;
        email: string;
      };
    }>;
  };
};

export type GuideVersionQueryVariables = Exact<{
  id: string | number;
}>;

export type GuideVersionQuery = {
  guideVersion: {
    id: string;
    versionNumber: number;
    classification: string;
    proactiveDisclosure: string;
    applicationProcedure: string;
    otherText: string | null;
    publishedAt: string | null;
    publishedById: string | null;
    createdById: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    office: {
      name: string;
      address: string;
      officeHours: string;
      telephone: string;
      fax: string;
      website: string;
      email: string;
    };
  };
};

export type CreateGuideDraftMutationVariables = Exact<{
  input: GuideInput;
}>;

export type CreateGuideDraftMutation = {
  createGuideDraft: {
    id: string;
    versionNumber: number;
    classification: string;
    proactiveDisclosure: string;
    applicationProcedure: string;
    otherText: string | null;
    publishedAt: string | null;
    publishedById: string | null;
    createdById: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    office: {
      name: string;
      address: string;
      officeHours: string;
      telephone: string;
      fax: string;
      website: string;
      email: string;
    };
  };
};

export type UpdateGuideDraftMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: GuideInput;
}>;

export type UpdateGuideDraftMutation = {
  updateGuideDraft: {
    id: string;
    versionNumber: number;
    classification: string;
    proactiveDisclosure: string;
    applicationProcedure: string;
    otherText: string | null;
    publishedAt: string | null;
    publishedById: string | null;
    createdById: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    office: {
      name: string;
      address: string;
      officeHours: string;
      telephone: string;
      fax: string;
      website: string;
      email: string;
    };
  };
};

export type PublishGuideVersionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type PublishGuideVersionMutation = {
  publishGuideVersion: {
    id: string;
    versionNumber: number;
    classification: string;
    proactiveDisclosure: string;
    applicationProcedure: string;
    otherText: string | null;
    publishedAt: string | null;
    publishedById: string | null;
    createdById: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    office: {
      name: string;
      address: string;
      officeHours: string;
      telephone: string;
      fax: string;
      website: string;
      email: string;
    };
  };
};

export type JobRunFieldsFragment = {
  id: string;
  jobName: string;
  label: string;
  schedule: string | null;
  slot: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: JobRunOutcome;
  summary: unknown;
  replica: string;
};

export type JobRunsQueryVariables = Exact<{
  filter?: JobRunFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type JobRunsQuery = {
  jobRuns: {
    total: number;
    items: Array<{
      id: string;
      jobName: string;
      label: string;
      schedule: string | null;
      slot: string;
      startedAt: string;
      finishedAt: string | null;
      outcome: JobRunOutcome;
      summary: unknown;
      replica: string;
    }>;
  };
};

export type StaffNotificationFieldsFragment = {
  id: string;
  kind: StaffNotificationKind;
  taskId: string;
  title: string;
  onDate: string;
  createdAt: string;
  readAt: string | null;
  taskKind: TaskKind;
  caseKind: CaseKind;
  caseId: string;
  dueDate: string | null;
  taskState: TaskState;
};

export type MyNotificationsQueryVariables = Exact<{
  filter?: StaffNotificationFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type MyNotificationsQuery = {
  myNotifications: {
    total: number;
    items: Array<{
      id: string;
      kind: StaffNotificationKind;
      taskId: string;
      title: string;
      onDate: string;
      createdAt: string;
      readAt: string | null;
      taskKind: TaskKind;
      caseKind: CaseKind;
      caseId: string;
      dueDate: string | null;
      taskState: TaskState;
    }>;
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
  all?: boolean | null | undefined;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number; unread: number } };

export type OutboxMessageFieldsFragment = {
  id: string;
  noticeId: string;
  caseKind: CaseKind | null;
  channel: NoticeChannel;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  providerMessageId: string | null;
  createdAt: string;
  version: number;
  availableActions: Array<OutboxAction>;
};

export type OutboxMessagesQueryVariables = Exact<{
  filter?: OutboxMessageFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;

export type OutboxMessagesQuery = {
  outboxMessages: {
    total: number;
    items: Array<{
      id: string;
      noticeId: string;
      caseKind: CaseKind | null;
      channel: NoticeChannel;
      state: OutboxState;
      attempts: number;
      nextAttemptAt: string | null;
      lastError: string | null;
      sentAt: string | null;
      providerMessageId: string | null;
      createdAt: string;
      version: number;
      availableActions: Array<OutboxAction>;
    }>;
  };
};

export type RetryOutboxMessageMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type RetryOutboxMessageMutation = {
  retryOutboxMessage: {
    id: string;
    noticeId: string;
    caseKind: CaseKind | null;
    channel: NoticeChannel;
    state: OutboxState;
    attempts: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    sentAt: string | null;
    providerMessageId: string | null;
    createdAt: string;
    version: number;
    availableActions: Array<OutboxAction>;
  };
};

export type ReviewOutcomeFieldsFragment = {
  outcome: ReviewOutcomeKind;
  reasons: Array<WithholdingReason>;
  basis: string | null;
  redactedContentVersionId: string | null;
  stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
};

export type ReviewListFieldsFragment = {
  id: string;
  title: string;
  subjectKind: ReviewSubjectKind;
  subjectId: string;
  state: ReviewState;
  isRevision: boolean;
  owningDepartmentId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type ReviewFieldsFragment = {
  availableActions: Array<ReviewAction>;
  contentVersionId: string;
  approvedContentVersionId: string | null;
  publisherId: string | null;
  finalAction: ReviewFinalAction;
  isContentRemovalRequired: boolean;
  id: string;
  title: string;
  subjectKind: ReviewSubjectKind;
  subjectId: string;
  state: ReviewState;
  isRevision: boolean;
  owningDepartmentId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  assessment: {
    outcome: ReviewOutcomeKind;
    reasons: Array<WithholdingReason>;
    basis: string | null;
    redactedContentVersionId: string | null;
    stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
  } | null;
  outcome: {
    outcome: ReviewOutcomeKind;
    reasons: Array<WithholdingReason>;
    basis: string | null;
    redactedContentVersionId: string | null;
    stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
  } | null;
  decisions: Array<{
    id: string;
    action: ReviewAction;
    stage: ReviewStage | null;
    fromState: ReviewState;
    toState: ReviewState;
    opinion: string | null;
    reference: string | null;
    userId: string;
    publisherId: string | null;
    contentVersionId: string | null;
    at: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
  }>;
  contentVersion: {
    id: string;
    documentId: string;
    kind: ContentVersionKind;
    seq: number;
    body: string | null;
    isEditable: boolean;
    sealedAt: string | null;
    contentRemovedAt: string | null;
    basedOnId: string | null;
    version: number;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      url: string | null;
      removedAt: string | null;
    }>;
  } | null;
  redactedVersions: Array<{
    id: string;
    documentId: string;
    kind: ContentVersionKind;
    seq: number;
    body: string | null;
    isEditable: boolean;
    sealedAt: string | null;
    contentRemovedAt: string | null;
    basedOnId: string | null;
    version: number;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      url: string | null;
      removedAt: string | null;
    }>;
  }>;
};

export type ReviewsQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type ReviewsQuery = {
  reviews: {
    total: number;
    items: Array<{
      id: string;
      title: string;
      subjectKind: ReviewSubjectKind;
      subjectId: string;
      state: ReviewState;
      isRevision: boolean;
      owningDepartmentId: string;
      version: number;
      createdAt: string;
      updatedAt: string;
    }>;
  };
};

export type ReviewQueryVariables = Exact<{
  id: string | number;
}>;

export type ReviewQuery = {
  review: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewInitialMutationVariables = Exact<{
  id: string | number;
  version: number;
  contentVersionId: string | number;
  opinion: string;
  assessment: ReviewAssessmentInput;
}>;

export type ReviewInitialMutation = {
  reviewInitial: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewSecrecyMutationVariables = Exact<{
  id: string | number;
  version: number;
  contentVersionId: string | number;
  opinion: string;
  outcome: ReviewOutcomeInput;
}>;

export type ReviewSecrecyMutation = {
  reviewSecrecy: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewApproveMutationVariables = Exact<{
  id: string | number;
  version: number;
  contentVersionId: string | number;
  opinion: string;
  publisherId?: string | number | null | undefined;
}>;

export type ReviewApproveMutation = {
  reviewApprove: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewReturnMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion: string;
}>;

export type ReviewReturnMutation = {
  reviewReturn: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewEscalateMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion: string;
}>;

export type ReviewEscalateMutation = {
  reviewEscalate: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewReferMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion: string;
}>;

export type ReviewReferMutation = {
  reviewRefer: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewCancelMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion: string;
}>;

export type ReviewCancelMutation = {
  reviewCancel: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewRecordDeterminationMutationVariables = Exact<{
  id: string | number;
  version: number;
  opinion: string;
  reference: string;
}>;

export type ReviewRecordDeterminationMutation = {
  reviewRecordDetermination: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewConfirmMutationVariables = Exact<{
  id: string | number;
  version: number;
  contentVersionId: string | number;
  opinion: string;
}>;

export type ReviewConfirmMutation = {
  reviewConfirm: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type ReviewPublishMutationVariables = Exact<{
  id: string | number;
  version: number;
  contentVersionId: string | number;
}>;

export type ReviewPublishMutation = {
  reviewPublish: {
    availableActions: Array<ReviewAction>;
    contentVersionId: string;
    approvedContentVersionId: string | null;
    publisherId: string | null;
    finalAction: ReviewFinalAction;
    isContentRemovalRequired: boolean;
    id: string;
    title: string;
    subjectKind: ReviewSubjectKind;
    subjectId: string;
    state: ReviewState;
    isRevision: boolean;
    owningDepartmentId: string;
    version: number;
    createdAt: string;
    updatedAt: string;
    assessment: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    outcome: {
      outcome: ReviewOutcomeKind;
      reasons: Array<WithholdingReason>;
      basis: string | null;
      redactedContentVersionId: string | null;
      stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
    } | null;
    decisions: Array<{
      id: string;
      action: ReviewAction;
      stage: ReviewStage | null;
      fromState: ReviewState;
      toState: ReviewState;
      opinion: string | null;
      reference: string | null;
      userId: string;
      publisherId: string | null;
      contentVersionId: string | null;
      at: string;
      assessment: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
      outcome: {
        outcome: ReviewOutcomeKind;
        reasons: Array<WithholdingReason>;
        basis: string | null;
        redactedContentVersionId: string | null;
        stateSecret: { level: SecrecyLevel; term: string; basis: string; scope: string } | null;
      } | null;
    }>;
    contentVersion: {
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    } | null;
    redactedVersions: Array<{
      id: string;
      documentId: string;
      kind: ContentVersionKind;
      seq: number;
      body: string | null;
      isEditable: boolean;
      sealedAt: string | null;
      contentRemovedAt: string | null;
      basedOnId: string | null;
      version: number;
      attachments: Array<{
        id: string;
        fileName: string;
        contentType: string;
        sizeBytes: number;
        url: string | null;
        removedAt: string | null;
      }>;
    }>;
  };
};

export type PrepareRedactedVersionMutationVariables = Exact<{
  reviewId: string | number;
  reviewVersion: number;
  body: string;
}>;

export type PrepareRedactedVersionMutation = {
  prepareRedactedVersion: {
    id: string;
    documentId: string;
    kind: ContentVersionKind;
    seq: number;
    body: string | null;
    isEditable: boolean;
    sealedAt: string | null;
    contentRemovedAt: string | null;
    basedOnId: string | null;
    version: number;
    attachments: Array<{
      id: string;
      fileName: string;
      contentType: string;
      sizeBytes: number;
      url: string | null;
      removedAt: string | null;
    }>;
  };
};

export type RuleSummaryFieldsFragment = {
  id: string;
  title: string;
  issuingBody: string;
  category: RuleCategory;
  documentNumber: string | null;
  isActive: boolean;
  status: RuleStatus;
  versionCount: number;
  createdById: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  currentVersion: {
    id: string;
    versionNumber: number;
    effectiveDate: string;
    repealDate: string | null;
  } | null;
};

export type RuleVersionFieldsFragment = {
  id: string;
  ruleId: string;
  versionNumber: number;
  effectiveDate: string;
  repealDate: string | null;
  note: string | null;
  text: string;
  createdById: string | null;
  createdAt: string;
  updatedAt: string;
};

export type RuleFieldsFragment = {
  id: string;
  title: string;
  issuingBody: string;
  category: RuleCategory;
  documentNumber: string | null;
  isActive: boolean;
  status: RuleStatus;
  versionCount: number;
  createdById: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  versions: Array<{
    id: string;
    ruleId: string;
    versionNumber: number;
    effectiveDate: string;
    repealDate: string | null;
    note: string | null;
    text: string;
    createdById: string | null;
    createdAt: string;
    updatedAt: string;
  }>;
  currentVersion: {
    id: string;
    versionNumber: number;
    effectiveDate: string;
    repealDate: string | null;
  } | null;
};

export type RulesQueryVariables = Exact<{
  filter?: RuleFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type RulesQuery = {
  rules: {
    total: number;
    items: Array<{
      id: string;
      title: string;
      issuingBody: string;
      category: RuleCategory;
      documentNumber: string | null;
      isActive: boolean;
      status: RuleStatus;
      versionCount: number;
      createdById: string | null;
      version: number;
      createdAt: string;
      updatedAt: string;
      currentVersion: {
        id: string;
        versionNumber: number;
        effectiveDate: string;
        repealDate: string | null;
      } | null;
    }>;
  };
};

export type RuleQueryVariables = Exact<{
  id: string | number;
}>;

export type RuleQuery = {
  rule: {
    id: string;
    title: string;
    issuingBody: string;
    category: RuleCategory;
    documentNumber: string | null;
    isActive: boolean;
    status: RuleStatus;
    versionCount: number;
    createdById: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    versions: Array<{
      id: string;
      ruleId: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
      note: string | null;
      text: string;
      createdById: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    currentVersion: {
      id: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
    } | null;
  };
};

export type CreateRuleMutationVariables = Exact<{
  input: CreateRuleInput;
}>;

export type CreateRuleMutation = {
  createRule: {
    id: string;
    title: string;
    issuingBody: string;
    category: RuleCategory;
    documentNumber: string | null;
    isActive: boolean;
    status: RuleStatus;
    versionCount: number;
    createdById: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    versions: Array<{
      id: string;
      ruleId: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
      note: string | null;
      text: string;
      createdById: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    currentVersion: {
      id: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
    } | null;
  };
};

export type UpdateRuleMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RuleInput;
}>;

export type UpdateRuleMutation = {
  updateRule: {
    id: string;
    title: string;
    issuingBody: string;
    category: RuleCategory;
    documentNumber: string | null;
    isActive: boolean;
    status: RuleStatus;
    versionCount: number;
    createdById: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    versions: Array<{
      id: string;
      ruleId: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
      note: string | null;
      text: string;
      createdById: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    currentVersion: {
      id: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
    } | null;
  };
};

export type AddRuleVersionMutationVariables = Exact<{
  ruleId: string | number;
  input: RuleVersionInput;
}>;

export type AddRuleVersionMutation = {
  addRuleVersion: {
    id: string;
    title: string;
    issuingBody: string;
    category: RuleCategory;
    documentNumber: string | null;
    isActive: boolean;
    status: RuleStatus;
    versionCount: number;
    createdById: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    versions: Array<{
      id: string;
      ruleId: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
      note: string | null;
      text: string;
      createdById: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    currentVersion: {
      id: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
    } | null;
  };
};

export type SetRuleRepealDateMutationVariables = Exact<{
  id: string | number;
  version: number;
  repealDate?: string | null | undefined;
}>;

export type SetRuleRepealDateMutation = {
  setRuleRepealDate: {
    id: string;
    title: string;
    issuingBody: string;
    category: RuleCategory;
    documentNumber: string | null;
    isActive: boolean;
    status: RuleStatus;
    versionCount: number;
    createdById: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    versions: Array<{
      id: string;
      ruleId: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
      note: string | null;
      text: string;
      createdById: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    currentVersion: {
      id: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
    } | null;
  };
};

export type SetRuleActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  isActive: boolean;
}>;

export type SetRuleActiveMutation = {
  setRuleActive: {
    id: string;
    title: string;
    issuingBody: string;
    category: RuleCategory;
    documentNumber: string | null;
    isActive: boolean;
    status: RuleStatus;
    versionCount: number;
    createdById: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
    versions: Array<{
      id: string;
      ruleId: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
      note: string | null;
      text: string;
      createdById: string | null;
      createdAt: string;
      updatedAt: string;
    }>;
    currentVersion: {
      id: string;
      versionNumber: number;
      effectiveDate: string;
      repealDate: string | null;
    } | null;
  };
};

export type StaffChangeFieldsFragment = {
  id: string;
  effectiveDate: string;
  kind: StaffChangeKind;
  departmentId: string | null;
  personName: string;
  userId: string | null;
  description: string | null;
  documentNumber: string | null;
  recordedAt: string;
  recordedById: string;
  updatedAt: string;
  updatedById: string | null;
  version: number;
};

export type StaffChangesQueryVariables = Exact<{
  filter?: StaffChangeFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type StaffChangesQuery = {
  staffChanges: {
    total: number;
    items: Array<{
      id: string;
      effectiveDate: string;
      kind: StaffChangeKind;
      departmentId: string | null;
      personName: string;
      userId: string | null;
      description: string | null;
      documentNumber: string | null;
      recordedAt: string;
      recordedById: string;
      updatedAt: string;
      updatedById: string | null;
      version: number;
    }>;
  };
};

export type StaffChangeQueryVariables = Exact<{
  id: string | number;
}>;

export type StaffChangeQuery = {
  staffChange: {
    id: string;
    effectiveDate: string;
    kind: StaffChangeKind;
    departmentId: string | null;
    personName: string;
    userId: string | null;
    description: string | null;
    documentNumber: string | null;
    recordedAt: string;
    recordedById: string;
    updatedAt: string;
    updatedById: string | null;
    version: number;
  };
};

export type CreateStaffChangeMutationVariables = Exact<{
  input: StaffChangeInput;
}>;

export type CreateStaffChangeMutation = {
  createStaffChange: {
    id: string;
    effectiveDate: string;
    kind: StaffChangeKind;
    departmentId: string | null;
    personName: string;
    userId: string | null;
    description: string | null;
    documentNumber: string | null;
    recordedAt: string;
    recordedById: string;
    updatedAt: string;
    updatedById: string | null;
    version: number;
  };
};

export type UpdateStaffChangeMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: StaffChangeInput;
}>;

export type UpdateStaffChangeMutation = {
  updateStaffChange: {
    id: string;
    effectiveDate: string;
    kind: StaffChangeKind;
    departmentId: string | null;
    personName: string;
    userId: string | null;
    description: string | null;
    documentNumber: string | null;
    recordedAt: string;
    recordedById: string;
    updatedAt: string;
    updatedById: string | null;
    version: number;
  };
};

export type TaskFieldsFragment = {
  id: string;
  kind: TaskKind;
  caseKind: CaseKind;
  caseId: string;
  title: string;
  assigneeId: string | null;
  departmentId: string | null;
  deadlineId: string | null;
  dueDate: string | null;
  state: TaskState;
  createdAt: string;
  assignedAt: string | null;
  closedAt: string | null;
  version: number;
  workingDaysLeft: number | null;
  isOverdue: boolean;
  availableActions: Array<TaskAction>;
};

export type MyTasksQueryVariables = Exact<{
  filter?: MyTaskFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type MyTasksQuery = {
  myTasks: {
    total: number;
    items: Array<{
      id: string;
      kind: TaskKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      assigneeId: string | null;
      departmentId: string | null;
      deadlineId: string | null;
      dueDate: string | null;
      state: TaskState;
      createdAt: string;
      assignedAt: string | null;
      closedAt: string | null;
      version: number;
      workingDaysLeft: number | null;
      isOverdue: boolean;
      availableActions: Array<TaskAction>;
    }>;
  };
};

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type TasksQuery = {
  tasks: {
    total: number;
    items: Array<{
      id: string;
      kind: TaskKind;
      caseKind: CaseKind;
      caseId: string;
      title: string;
      assigneeId: string | null;
      departmentId: string | null;
      deadlineId: string | null;
      dueDate: string | null;
      state: TaskState;
      createdAt: string;
      assignedAt: string | null;
      closedAt: string | null;
      version: number;
      workingDaysLeft: number | null;
      isOverdue: boolean;
      availableActions: Array<TaskAction>;
    }>;
  };
};

export type ReassignTaskMutationVariables = Exact<{
  id: string | number;
  version: number;
  assigneeId?: string | number | null | undefined;
}>;

export type ReassignTaskMutation = {
  reassignTask: {
    id: string;
    kind: TaskKind;
    caseKind: CaseKind;
    caseId: string;
    title: string;
    assigneeId: string | null;
    departmentId: string | null;
    deadlineId: string | null;
    dueDate: string | null;
    state: TaskState;
    createdAt: string;
    assignedAt: string | null;
    closedAt: string | null;
    version: number;
    workingDaysLeft: number | null;
    isOverdue: boolean;
    availableActions: Array<TaskAction>;
  };
};

export type UserFieldsFragment = {
  id: string;
  username: string;
  displayName: string;
  departmentId: string | null;
  phone: string | null;
  email: string | null;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  isActive: boolean;
  isDemo: boolean;
  lockedUntil: string | null;
  permissions: Array<FineGrainedPermission>;
  version: number;
  createdAt: string;
  updatedAt: string;
  roles: Array<{ id: string; role: Role; departmentId: string | null }>;
};

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  page?: PageInput | null | undefined;
  sort?: SortInput | null | undefined;
}>;

export type UsersQuery = {
  users: {
    total: number;
    items: Array<{
      id: string;
      username: string;
      displayName: string;
      departmentId: string | null;
      phone: string | null;
      email: string | null;
      mustChangePassword: boolean;
      totpEnabled: boolean;
      isActive: boolean;
      isDemo: boolean;
      lockedUntil: string | null;
      permissions: Array<FineGrainedPermission>;
      version: number;
      createdAt: string;
      updatedAt: string;
      roles: Array<{ id: string; role: Role; departmentId: string | null }>;
    }>;
  };
};

export type UserQueryVariables = Exact<{
  id: string | number;
}>;

export type UserQuery = {
  user: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type CreateUserMutationVariables = Exact<{
  input: UserInput;
  initialPassword: string;
}>;

export type CreateUserMutation = {
  createUser: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type SetUserActiveMutationVariables = Exact<{
  id: string | number;
  version: number;
  isActive: boolean;
}>;

export type SetUserActiveMutation = {
  setUserActive: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type ResetUserPasswordMutationVariables = Exact<{
  id: string | number;
  version: number;
  initialPassword: string;
}>;

export type ResetUserPasswordMutation = {
  resetUserPassword: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type UnlockUserMutationVariables = Exact<{
  id: string | number;
}>;

export type UnlockUserMutation = {
  unlockUser: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type GrantRoleMutationVariables = Exact<{
  userId: string | number;
  role: Role;
  departmentId?: string | number | null | undefined;
}>;

export type GrantRoleMutation = {
  grantRole: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type RevokeRoleMutationVariables = Exact<{
  grantId: string | number;
}>;

export type RevokeRoleMutation = {
  revokeRole: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type GrantPermissionMutationVariables = Exact<{
  userId: string | number;
  permission: FineGrainedPermission;
}>;

export type GrantPermissionMutation = {
  grantPermission: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export type RevokePermissionMutationVariables = Exact<{
  userId: string | number;
  permission: FineGrainedPermission;
}>;

export type RevokePermissionMutation = {
  revokePermission: {
    id: string;
    username: string;
    displayName: string;
    departmentId: string | null;
    phone: string | null;
    email: string | null;
    mustChangePassword: boolean;
    totpEnabled: boolean;
    isActive: boolean;
    isDemo: boolean;
    lockedUntil: string | null;
    permissions: Array<FineGrainedPermission>;
    version: number;
    createdAt: string;
    updatedAt: string;
    roles: Array<{ id: string; role: Role; departmentId: string | null }>;
  };
};

export const MeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fineGrainedPermissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const AuditLogFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogFieldsFragment, unknown>;
export const CalendarOverrideFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarOverrideFieldsFragment, unknown>;
export const CalendarYearFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarYearFieldsFragment, unknown>;
export const CalendarChangeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'override' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarOverrideFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'year' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarYearFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movedDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalAfter' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarChangeFieldsFragment, unknown>;
export const CatalogCategoryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogCategoryFieldsFragment, unknown>;
export const CatalogEntryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attachmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogEntryFieldsFragment, unknown>;
export const DeadlineListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeadlineListFieldsFragment, unknown>;
export const ComplaintListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintListFieldsFragment, unknown>;
export const ComplaintFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintFieldsFragment, unknown>;
export const ConsultationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsultationFieldsFragment, unknown>;
export const CorrectionOrderFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CorrectionOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complaintId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectionOrderFieldsFragment, unknown>;
export const DeadlineFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspensions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byWorkingDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approverId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeadlineFieldsFragment, unknown>;
export const DeadlineCountFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadlineCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeadlineCountFieldsFragment, unknown>;
export const DepartmentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentFieldsFragment, unknown>;
export const DocumentListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocumentListFieldsFragment, unknown>;
export const ContentVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContentVersionFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocumentFieldsFragment, unknown>;
export const ExternalAgencyFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExternalAgencyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExternalAgencyFieldsFragment, unknown>;
export const GuideVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proactiveDisclosure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationProcedure' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'office' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'telephone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'otherText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideVersionFieldsFragment, unknown>;
export const JobRunFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schedule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replica' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobRunFieldsFragment, unknown>;
export const StaffNotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffNotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffNotification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskState' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffNotificationFieldsFragment, unknown>;
export const OutboxMessageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxMessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'providerMessageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxMessageFieldsFragment, unknown>;
export const ReviewListFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewListFieldsFragment, unknown>;
export const ReviewOutcomeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewOutcomeFieldsFragment, unknown>;
export const ReviewFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewFieldsFragment, unknown>;
export const RuleSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleSummaryFieldsFragment, unknown>;
export const RuleVersionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleVersionFieldsFragment, unknown>;
export const RuleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleFieldsFragment, unknown>;
export const StaffChangeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffChangeFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const ServerInfoDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServerInfo' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serverInfo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'demoMode' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServerInfoQuery, ServerInfoQueryVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fineGrainedPermissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'totpCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'totpCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'totpCode' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fineGrainedPermissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const BeginTotpEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'BeginTotpEnrolment' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'beginTotpEnrolment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otpauthUri' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BeginTotpEnrolmentMutation, BeginTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTotpEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTotpEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Me' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fineGrainedPermissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const MyAuditLogsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyAuditLogs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myAuditLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditLogFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyAuditLogsQuery, MyAuditLogsQueryVariables>;
export const ApiTokensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiTokens' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokens' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const ApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokenQuery, ApiTokenQueryVariables>;
export const CreateApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiToken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiTokenFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiTokenFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiTokenView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'rateLimitPerMinute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ApiTokenUsageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ApiTokenUsage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minutes' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokenUsage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minutes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minutes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'minute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reads' } },
                { kind: 'Field', name: { kind: 'Name', value: 'writes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiTokenUsageQuery, ApiTokenUsageQueryVariables>;
export const AuditLogsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLogs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditLogFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'seq' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'seq' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'seq' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditLogFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'changes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ip' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hash' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ExportAuditLogsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExportAuditLogs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditLogFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportAuditLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'filename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rows' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportAuditLogsQuery, ExportAuditLogsQueryVariables>;
export const VerifyAuditChainDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyAuditChain' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAuditChain' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedRows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'brokenAtSeq' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const WorkingDayCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkingDayCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'workingDayCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarYearFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkingDayCalendarQuery, WorkingDayCalendarQueryVariables>;
export const CalendarOverridesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CalendarOverrides' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverrideFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendarOverrides' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarOverrideFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CalendarOverridesQuery, CalendarOverridesQueryVariables>;
export const CreateCalendarOverrideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCalendarOverride' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverrideInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCalendarOverride' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'override' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarOverrideFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'year' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarYearFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movedDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalAfter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCalendarOverrideMutation, CreateCalendarOverrideMutationVariables>;
export const UpdateCalendarOverrideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCalendarOverride' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverrideChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCalendarOverride' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'override' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarOverrideFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'year' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarYearFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movedDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalAfter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCalendarOverrideMutation, UpdateCalendarOverrideMutationVariables>;
export const RemoveCalendarOverrideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveCalendarOverride' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCalendarOverride' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'override' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarOverrideFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'year' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarYearFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movedDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalAfter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveCalendarOverrideMutation, RemoveCalendarOverrideMutationVariables>;
export const ConfirmCalendarYearDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmCalendarYear' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmCalendarYear' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'year' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'year' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarOverrideFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarOverride' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarYearFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarYear' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasOfficialData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isConfirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'specialDays' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isWorkingDay' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CalendarChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'override' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarOverrideFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'year' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CalendarYearFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'movedDeadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'deadline' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisionalAfter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmCalendarYearMutation, ConfirmCalendarYearMutationVariables>;
export const CatalogCategoriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogCategories' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategoryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogCategories' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogCategoryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogCategoriesQuery, CatalogCategoriesQueryVariables>;
export const CatalogCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogCategoryQuery, CatalogCategoryQueryVariables>;
export const CreateCatalogCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCatalogCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCatalogCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCatalogCategoryMutation, CreateCatalogCategoryMutationVariables>;
export const UpdateCatalogCategoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCatalogCategory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategoryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCatalogCategory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCatalogCategoryMutation, UpdateCatalogCategoryMutationVariables>;
export const SetCatalogCategoryActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetCatalogCategoryActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCatalogCategoryActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'isActive' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogCategoryFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogCategoryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogCategory' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetCatalogCategoryActiveMutation, SetCatalogCategoryActiveMutationVariables>;
export const CatalogEntriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogEntries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogEntryFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogEntryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attachmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogEntriesQuery, CatalogEntriesQueryVariables>;
export const CatalogEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CatalogEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogEntryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attachmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CatalogEntryQuery, CatalogEntryQueryVariables>;
export const WithdrawCatalogEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawCatalogEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawCatalogEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogEntryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attachmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawCatalogEntryMutation, WithdrawCatalogEntryMutationVariables>;
export const EmergencyWithdrawCatalogEntryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EmergencyWithdrawCatalogEntry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'indexNumber' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'emergencyWithdrawCatalogEntry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'indexNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'indexNumber' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CatalogEntryFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CatalogEntryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CatalogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attachmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withdrawalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  EmergencyWithdrawCatalogEntryMutation,
  EmergencyWithdrawCatalogEntryMutationVariables
>;
export const ComplaintsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Complaints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Complaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintQuery, ComplaintQueryVariables>;
export const ComplaintStatisticsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplaintStatistics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintStatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complaintStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byKind' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'key' },
                        name: { kind: 'Name', value: 'violationKind' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byChannel' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'key' },
                        name: { kind: 'Name', value: 'channel' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byOutcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'key' },
                        name: { kind: 'Name', value: 'outcome' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byState' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'key' },
                        name: { kind: 'Name', value: 'state' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byConcernedDepartment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'key' },
                        name: { kind: 'Name', value: 'departmentId' },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplaintStatisticsQuery, ComplaintStatisticsQueryVariables>;
export const RegisterComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintIntakeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'complaint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'accessCode' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterComplaintMutation, RegisterComplaintMutationVariables>;
export const AcceptComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'needsTransfer' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'summary' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'needsTransfer' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'needsTransfer' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'summary' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'summary' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptComplaintMutation, AcceptComplaintMutationVariables>;
export const RejectComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ComplaintNotAcceptedReason' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'noticeChannel' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NoticeChannel' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'noticeChannel' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'noticeChannel' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectComplaintMutation, RejectComplaintMutationVariables>;
export const TransferComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransferComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toDepartmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toAgencyId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'summary' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toDepartmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toDepartmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toAgencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toAgencyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'summary' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'summary' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferComplaintMutation, TransferComplaintMutationVariables>;
export const RecordComplaintTransferResultDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordComplaintTransferResult' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordComplaintTransferResult' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordComplaintTransferResultMutation,
  RecordComplaintTransferResultMutationVariables
>;
export const ExtendComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'byWorkingDays' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'noticeChannel' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NoticeChannel' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'byWorkingDays' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'byWorkingDays' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'noticeChannel' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'noticeChannel' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendComplaintMutation, ExtendComplaintMutationVariables>;
export const HandleComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'HandleComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'HandleComplaintInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'handleComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HandleComplaintMutation, HandleComplaintMutationVariables>;
export const CloseComplaintDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseComplaint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeComplaint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'violationKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receivedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAnonymous' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wantsReply' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingDueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hasAccessCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ComplaintFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Complaint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ComplaintListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notAcceptedText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredToAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'transferResult' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReveals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revealedById' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseComplaintMutation, CloseComplaintMutationVariables>;
export const RevealComplaintIdentityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevealComplaintIdentity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revealComplaintIdentity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'workplace' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'concernedDepartment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'content' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevealComplaintIdentityMutation, RevealComplaintIdentityMutationVariables>;
export const ConsultationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Consultations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultations' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsultationsQuery, ConsultationsQueryVariables>;
export const ConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Consultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsultationQuery, ConsultationQueryVariables>;
export const DocumentPublicationBlockerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DocumentPublicationBlocker' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'document' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publicationBlocker' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocumentPublicationBlockerQuery, DocumentPublicationBlockerQueryVariables>;
export const SendConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'use' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationUse' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'consulteeIds' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'letter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationLetterInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendConsultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'documentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'documentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'use' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'use' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'consulteeIds' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'consulteeIds' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'letter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'letter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendConsultationMutation, SendConsultationMutationVariables>;
export const RecordConsultationReplyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsultationReply' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agrees' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reply' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'repliedOn' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsultationReply' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agrees' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agrees' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reply' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reply' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'repliedOn' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'repliedOn' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsultationReplyMutation, RecordConsultationReplyMutationVariables>;
export const RemindConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemindConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'remindConsultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemindConsultationMutation, RemindConsultationMutationVariables>;
export const EscalateConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EscalateConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'escalateConsultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EscalateConsultationMutation, EscalateConsultationMutationVariables>;
export const RecordConsultationSettlementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsultationSettlement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'settlement' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsultationSettlementInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsultationSettlement' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'settlement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'settlement' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordConsultationSettlementMutation,
  RecordConsultationSettlementMutationVariables
>;
export const WithdrawConsultationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawConsultation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawConsultation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawConsultationMutation, WithdrawConsultationMutationVariables>;
export const GiveCoDepartmentConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GiveCoDepartmentConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'giveCoDepartmentConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GiveCoDepartmentConsentMutation, GiveCoDepartmentConsentMutationVariables>;
export const RefuseCoDepartmentConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefuseCoDepartmentConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refuseCoDepartmentConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsultationFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsultationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consultation' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'use' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consulteeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basicFacts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyAgrees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repliedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementDecision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'settlementSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefuseCoDepartmentConsentMutation, RefuseCoDepartmentConsentMutationVariables>;
export const CorrectionOrdersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CorrectionOrders' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionOrderFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrders' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CorrectionOrderFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CorrectionOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complaintId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectionOrdersQuery, CorrectionOrdersQueryVariables>;
export const CorrectionOrderDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CorrectionOrder' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctionOrder' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CorrectionOrderFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CorrectionOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complaintId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectionOrderQuery, CorrectionOrderQueryVariables>;
export const ReportCorrectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportCorrection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportCorrection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CorrectionOrderFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CorrectionOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complaintId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportCorrectionMutation, ReportCorrectionMutationVariables>;
export const VerifyCorrectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyCorrection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyCorrection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CorrectionOrderFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CorrectionOrderFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectionOrder' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'complaintId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requirement' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reportedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verifiedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyCorrectionMutation, VerifyCorrectionMutationVariables>;
export const DeadlinesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Deadlines' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadlineFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeadlinesQuery, DeadlinesQueryVariables>;
export const DeadlineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Deadline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionsWorkingDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'extensionCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isProvisional' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isSuspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Deadline' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineListFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'suspensions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byWorkingDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDateAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approverId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeadlineQuery, DeadlineQueryVariables>;
export const DeadlineSummaryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DeadlineSummary' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadlineFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deadlineSummary' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'today' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueSoonUntil' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineCountFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byDepartment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineCountFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAssignee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeadlineCountFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeadlineCountFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeadlineCount' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueSoon' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suspended' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provisional' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeadlineSummaryQuery, DeadlineSummaryQueryVariables>;
export const DepartmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Departments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const DepartmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Department' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'department' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartmentQuery, DepartmentQueryVariables>;
export const CreateDepartmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDepartment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDepartment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const UpdateDepartmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDepartment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DepartmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDepartment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDepartmentMutation, UpdateDepartmentMutationVariables>;
export const SetDepartmentActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDepartmentActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDepartmentActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'isActive' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartmentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartmentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Department' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDepartmentActiveMutation, SetDepartmentActiveMutationVariables>;
export const DocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Documents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'documents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocumentsQuery, DocumentsQueryVariables>;
export const DocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Document' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'document' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DocumentQuery, DocumentQueryVariables>;
export const CreateDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDocumentMutation, CreateDocumentMutationVariables>;
export const UpdateDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDocumentMutation, UpdateDocumentMutationVariables>;
export const SetDocumentAttributeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDocumentAttribute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisclosureAttribute' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDocumentAttribute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attribute' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDocumentAttributeMutation, SetDocumentAttributeMutationVariables>;
export const RedetermineDocumentAttributeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RedetermineDocumentAttribute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DisclosureAttribute' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redetermineDocumentAttribute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'attribute' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'attribute' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RedetermineDocumentAttributeMutation,
  RedetermineDocumentAttributeMutationVariables
>;
export const SignDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignDocumentMutation, SignDocumentMutationVariables>;
export const SubmitDocumentForReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDocumentForReview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitDocumentForReview' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitDocumentForReviewMutation, SubmitDocumentForReviewMutationVariables>;
export const DiscardDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DiscardDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discardDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscardDocumentMutation, DiscardDocumentMutationVariables>;
export const ReviseDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviseDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviseDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviseDocumentMutation, ReviseDocumentMutationVariables>;
export const UploadDocumentAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UploadDocumentAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'uploadDocumentAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fileName' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fileName' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentBase64' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentBase64' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UploadDocumentAttachmentMutation, UploadDocumentAttachmentMutationVariables>;
export const RemoveDocumentAttachmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveDocumentAttachment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeDocumentAttachment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveDocumentAttachmentMutation, RemoveDocumentAttachmentMutationVariables>;
export const ConfirmDocumentAttributeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmDocumentAttribute' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmDocumentAttribute' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmDocumentAttributeMutation, ConfirmDocumentAttributeMutationVariables>;
export const RecordDocumentDeclassificationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDocumentDeclassification' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDocumentDeclassification' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'type' } },
          { kind: 'Field', name: { kind: 'Name', value: 'otherTypeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proposedAttribute' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DocumentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Document' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DocumentListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coDepartmentIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jointAgencyIds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'catalogCategoryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'forwardedFromId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'drafterId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'signedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'formedDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAssessedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassifiedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declassificationReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attributeRule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isAttributeDeviation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attributeProposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'attribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isForwardedSourceUnset' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentContent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toAttribute' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'catalogEntries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'indexNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entryVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RecordDocumentDeclassificationMutation,
  RecordDocumentDeclassificationMutationVariables
>;
export const ExternalAgenciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExternalAgencies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgencyFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'externalAgencies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExternalAgencyFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExternalAgencyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExternalAgenciesQuery, ExternalAgenciesQueryVariables>;
export const ExternalAgencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ExternalAgency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'externalAgency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExternalAgencyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExternalAgencyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExternalAgencyQuery, ExternalAgencyQueryVariables>;
export const CreateExternalAgencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateExternalAgency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgencyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createExternalAgency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExternalAgencyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExternalAgencyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateExternalAgencyMutation, CreateExternalAgencyMutationVariables>;
export const UpdateExternalAgencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateExternalAgency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgencyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateExternalAgency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExternalAgencyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExternalAgencyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateExternalAgencyMutation, UpdateExternalAgencyMutationVariables>;
export const SetExternalAgencyActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetExternalAgencyActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setExternalAgencyActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'isActive' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ExternalAgencyFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ExternalAgencyFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ExternalAgency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPerson' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetExternalAgencyActiveMutation, SetExternalAgencyActiveMutationVariables>;
export const GuideVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersionFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guideVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'GuideVersionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proactiveDisclosure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationProcedure' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'office' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'telephone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'otherText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideVersionsQuery, GuideVersionsQueryVariables>;
export const GuideVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'GuideVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'guideVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GuideVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proactiveDisclosure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationProcedure' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'office' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'telephone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'otherText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GuideVersionQuery, GuideVersionQueryVariables>;
export const CreateGuideDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateGuideDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createGuideDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GuideVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proactiveDisclosure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationProcedure' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'office' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'telephone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'otherText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateGuideDraftMutation, CreateGuideDraftMutationVariables>;
export const UpdateGuideDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateGuideDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateGuideDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GuideVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proactiveDisclosure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationProcedure' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'office' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'telephone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'otherText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateGuideDraftMutation, UpdateGuideDraftMutationVariables>;
export const PublishGuideVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishGuideVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishGuideVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'GuideVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'GuideVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GuideVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'classification' } },
          { kind: 'Field', name: { kind: 'Name', value: 'proactiveDisclosure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'applicationProcedure' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'office' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'officeHours' } },
                { kind: 'Field', name: { kind: 'Name', value: 'telephone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'website' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'otherText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishGuideVersionMutation, PublishGuideVersionMutationVariables>;
export const JobRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JobRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JobRunFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jobRuns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'JobRunFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'JobRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'JobRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'jobName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'schedule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replica' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JobRunsQuery, JobRunsQueryVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffNotificationFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffNotificationFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffNotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffNotification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taskState' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }],
      },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'all' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ids' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'all' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'all' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'marked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unread' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OutboxMessagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OutboxMessages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxMessageFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outboxMessages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutboxMessageFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxMessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'providerMessageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxMessagesQuery, OutboxMessagesQueryVariables>;
export const RetryOutboxMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryOutboxMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryOutboxMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OutboxMessageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OutboxMessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'OutboxMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noticeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'providerMessageId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryOutboxMessageMutation, RetryOutboxMessageMutationVariables>;
export const ReviewsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Reviews' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviews' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewsQuery, ReviewsQueryVariables>;
export const ReviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Review' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'review' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewQuery, ReviewQueryVariables>;
export const ReviewInitialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewInitial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assessment' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewInitial' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assessment' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assessment' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewInitialMutation, ReviewInitialMutationVariables>;
export const ReviewSecrecyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewSecrecy' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewSecrecy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewSecrecyMutation, ReviewSecrecyMutationVariables>;
export const ReviewApproveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewApprove' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'publisherId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewApprove' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'publisherId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'publisherId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewApproveMutation, ReviewApproveMutationVariables>;
export const ReviewReturnDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewReturn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewReturn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewReturnMutation, ReviewReturnMutationVariables>;
export const ReviewEscalateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewEscalate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewEscalate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewEscalateMutation, ReviewEscalateMutationVariables>;
export const ReviewReferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewRefer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewRefer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewReferMutation, ReviewReferMutationVariables>;
export const ReviewCancelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewCancel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewCancel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewCancelMutation, ReviewCancelMutationVariables>;
export const ReviewRecordDeterminationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewRecordDetermination' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewRecordDetermination' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reference' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewRecordDeterminationMutation, ReviewRecordDeterminationMutationVariables>;
export const ReviewConfirmDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewConfirm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewConfirm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opinion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opinion' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewConfirmMutation, ReviewConfirmMutationVariables>;
export const ReviewPublishDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReviewPublish' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reviewPublish' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'contentVersionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'contentVersionId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewListFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'owningDepartmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewOutcomeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReviewOutcomeView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reasons' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
          { kind: 'Field', name: { kind: 'Name', value: 'redactedContentVersionId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stateSecret' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'term' } },
                { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReviewFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Review' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewListFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedContentVersionId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finalAction' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isContentRemovalRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outcome' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toState' } },
                { kind: 'Field', name: { kind: 'Name', value: 'opinion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisherId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentVersionId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'assessment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'outcome' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReviewOutcomeFields' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'redactedVersions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReviewPublishMutation, ReviewPublishMutationVariables>;
export const PrepareRedactedVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PrepareRedactedVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reviewVersion' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prepareRedactedVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reviewVersion' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reviewVersion' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContentVersionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContentVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DocumentContentVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isEditable' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sealedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contentRemovedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'basedOnId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contentType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PrepareRedactedVersionMutation, PrepareRedactedVersionMutationVariables>;
export const RulesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Rules' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rules' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RulesQuery, RulesQueryVariables>;
export const RuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Rule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleQuery, RuleQueryVariables>;
export const CreateRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateRuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateRuleMutation, CreateRuleMutationVariables>;
export const UpdateRuleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateRule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateRule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateRuleMutation, UpdateRuleMutationVariables>;
export const AddRuleVersionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddRuleVersion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ruleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addRuleVersion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ruleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ruleId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddRuleVersionMutation, AddRuleVersionMutationVariables>;
export const SetRuleRepealDateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRuleRepealDate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'repealDate' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRuleRepealDate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'repealDate' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'repealDate' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRuleRepealDateMutation, SetRuleRepealDateMutationVariables>;
export const SetRuleActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetRuleActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRuleActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'isActive' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issuingBody' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'currentVersion' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleVersionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RuleVersion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ruleId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'versionNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'repealDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'text' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleSummaryFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'versions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleVersionFields' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetRuleActiveMutation, SetRuleActiveMutationVariables>;
export const StaffChangesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffChanges' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChangeFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffChanges' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffChangeFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffChangesQuery, StaffChangesQueryVariables>;
export const StaffChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StaffChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffChangeQuery, StaffChangeQueryVariables>;
export const CreateStaffChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStaffChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStaffChangeMutation, CreateStaffChangeMutationVariables>;
export const UpdateStaffChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStaffChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStaffChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffChangeFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffChange' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'documentNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedById' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStaffChangeMutation, UpdateStaffChangeMutationVariables>;
export const MyTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MyTaskFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myTasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const TasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Tasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'TaskFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const ReassignTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReassignTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reassignTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assigneeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigneeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deadlineId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assignedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'closedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workingDaysLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReassignTaskMutation, ReassignTaskMutationVariables>;
export const UsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Users' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PageInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SortInput' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'page' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'page' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'User' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'user' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const CreateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'initialPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'initialPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'initialPassword' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UserInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetUserActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setUserActive' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'isActive' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'isActive' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const ResetUserPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetUserPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'initialPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetUserPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'initialPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'initialPassword' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const UnlockUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UnlockUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'unlockUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const GrantRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departmentId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'grantId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'grantId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'grantId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const GrantPermissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'GrantPermission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FineGrainedPermission' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'grantPermission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'permission' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GrantPermissionMutation, GrantPermissionMutationVariables>;
export const RevokePermissionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokePermission' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FineGrainedPermission' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokePermission' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'userId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'userId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'permission' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'permission' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'UserFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UserFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UserView' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mustChangePassword' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totpEnabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isDemo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lockedUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'departmentId' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokePermissionMutation, RevokePermissionMutationVariables>;
