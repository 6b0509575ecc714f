/**
 * What an audit row says (SPEC §2.2), in the terms the API writes and the console and exports show:
 * the outcome of the attempt and the type of the record it concerned.
 */
export const AUDIT_OUTCOMES = ['SUCCESS', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  SUCCESS: '成功',
  DENIED: '拒绝',
  FAILED: '失败',
};

/**
 * Record types an audit row may name (its entity_type, and each entity of its changes). A use case can
 * name no other: the API's audit writer takes this type, so a new one needs its label here first.
 */
export const AUDIT_ENTITY_TYPES = [
  'Department',
  'User',
  'RoleGrant',
  'PermissionGrant',
  'Session',
  'ApiToken',
  'ExternalAgency',
  'StaffChange',
  'Rule',
  'RuleVersion',
  'GuideVersion',
  'CatalogCategory',
  'CatalogEntry',
  'CalendarOverride',
  'CalendarConfirmedYear',
  'Notice',
  'OutboxMessage',
  'CitizenCode',
  'Task',
  'Complaint',
  'CorrectionOrder',
  'ComplaintIdentityReveal',
  'Document',
  'DocumentContentVersion',
  'DocumentAttachment',
  'Review',
  'ReviewEvidenceFile',
  'Consultation',
  'Application',
  'ApplicationApplicant',
  'ApplicationEvent',
  'ApplicationSupplyVersion',
  'ApplicationSupplyFile',
  'Representative',
  'RepresentativeEligibilityCheck',
  'Meeting',
  'MeetingTopic',
  'MeetingInvitation',
  'MeetingInterestDeclaration',
  'MeetingOpinion',
  'MeetingResultVersion',
  'AuditLog',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const ENTITY_TYPE_LABELS: Record<AuditEntityType, string> = {
  Department: '处室',
  User: '用户',
  RoleGrant: '角色授权',
  PermissionGrant: '权限授权',
  Session: '会话',
  ApiToken: '外部应用令牌',
  ExternalAgency: '其他行政机关',
  StaffChange: '人员变动',
  Rule: '制度',
  RuleVersion: '制度版本',
  GuideVersion: '公开指南版本',
  CatalogCategory: '公开目录分类',
  CatalogEntry: '公开目录条目',
  CalendarOverride: '节假日调整',
  CalendarConfirmedYear: '年度节假日安排确认',
  Notice: '告知记录',
  OutboxMessage: '发送队列消息',
  CitizenCode: '案件查询码',
  Task: '待办',
  Complaint: '投诉举报',
  CorrectionOrder: '责令改正',
  ComplaintIdentityReveal: '查看举报人身份记录',
  Document: '公文',
  DocumentContentVersion: '公文内容版本',
  DocumentAttachment: '公文附件',
  Review: '保密审查',
  ReviewEvidenceFile: '保密审查证明材料',
  Consultation: '征求意见',
  Application: '政府信息公开申请',
  ApplicationApplicant: '申请人信息',
  ApplicationEvent: '申请办理记录',
  ApplicationSupplyVersion: '依申请公开提供的信息',
  ApplicationSupplyFile: '依申请公开提供的文件',
  Representative: '社会代表',
  RepresentativeEligibilityCheck: '社会代表资格审核',
  Meeting: '会议（社会代表列席）',
  MeetingTopic: '会议议题',
  MeetingInvitation: '列席邀请',
  MeetingInterestDeclaration: '利害关系声明',
  MeetingOpinion: '代表意见和发言',
  MeetingResultVersion: '会议结果文本版本',
  AuditLog: '审计日志',
};

export const isAuditEntityType = (value: string): value is AuditEntityType =>
  (AUDIT_ENTITY_TYPES as readonly string[]).includes(value);
