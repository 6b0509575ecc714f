import { BUSINESS_ROLES, type Role } from './roles.js';

/**
 * The one permission matrix (SPEC §2.1). The API enforces it on every root field; the console reads it
 * to show only what a user may do. Modules add their permissions here.
 */
export const ROLE_PERMISSIONS_DEFINITION = {
  /** Read departments and users' names: needed by every staff form. */
  ORGANISATION_READ: {
    label: '查看组织机构',
    roles: [
      'SYSTEM_ADMIN',
      'SECURITY_ADMIN',
      'LEADERSHIP_OFFICE',
      'GENERAL_OFFICE',
      'DRAFTER',
      'CONFIDENTIALITY_OFFICER',
      'DEPARTMENT_HEAD',
      'PUBLISHER',
      'MEETING_ORGANIZER',
      'OPINION_MONITOR',
      'COMPLAINT_HANDLER',
      'APPLICATION_HANDLER',
      'BUREAU_LEADER',
    ],
  },
  ORGANISATION_MANAGE: { label: '管理处室和用户', roles: ['SYSTEM_ADMIN'] },
  GRANT_MANAGE: { label: '分配角色和权限', roles: ['SECURITY_ADMIN'] },
  API_TOKEN_MANAGE: { label: '管理外部应用令牌', roles: ['SECURITY_ADMIN'] },
  AUDIT_READ: { label: '查阅和导出审计日志', roles: ['AUDITOR'] },
  SETTINGS_MANAGE: { label: '系统设置', roles: ['SYSTEM_ADMIN'] },
  /**
   * Other administrative agencies (M1): business reference data with contact persons — drafters pick
   * them for joint documents and consultations [seed §3], monitors coordinate with them [seed §2-2-4].
   * Kept by the general office and the leadership group's office, not by SYSTEM_ADMIN: they are business
   * records carrying personal data, and the system administrator reads no business content.
   */
  AGENCY_READ: { label: '查看其他行政机关', roles: BUSINESS_ROLES },
  AGENCY_MANAGE: { label: '管理其他行政机关', roles: ['GENERAL_OFFICE', 'LEADERSHIP_OFFICE'] },
  /** The disclosure work ledger (M11), kept by the general office [seed §9-2], read by the bureau's staff. */
  LEDGER_READ: { label: '查看工作台账', roles: BUSINESS_ROLES },
  /** Ledger entries typed in directly (staff changes [seed §9-3(1)]); the other items come from modules. */
  LEDGER_RECORD_MANAGE: { label: '登记台账事项（人员变动等）', roles: ['GENERAL_OFFICE', 'LEADERSHIP_OFFICE'] },
  /** The rules library (制度库, ledger item 2 [seed §9-3(2)]): every member of staff works under these rules. */
  RULES_READ: { label: '查看制度库', roles: BUSINESS_ROLES },
  RULES_MANAGE: { label: '管理制度库', roles: ['GENERAL_OFFICE', 'LEADERSHIP_OFFICE'] },
  /**
   * The working-day calendar's bureau overrides and the confirmation of a year's State Council
   * arrangement (SPEC §2.3): the general office keeps the bureau's schedule.
   */
  CALENDAR_MANAGE: { label: '维护节假日安排', roles: ['GENERAL_OFFICE'] },
  /** The public guide and the catalog's categories (M5; SPEC §2.1: the general office keeps them). */
  GUIDE_MANAGE: { label: '维护政府信息公开指南', roles: ['GENERAL_OFFICE'] },
  CATALOG_MANAGE: { label: '维护政府信息公开目录分类', roles: ['GENERAL_OFFICE'] },
  /**
   * The deadline dashboard and the task lists of others (SPEC §2.3, §2.3c): bureau-wide for the
   * leadership group's office, the general office and the bureau's leaders; a department head sees
   * their own department's.
   */
  DEADLINE_OVERVIEW: {
    label: '查看办理时限和待办总览',
    roles: ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'BUREAU_LEADER', 'DEPARTMENT_HEAD'],
  },
  /** Handing a task to another person: heads within their department, the two offices bureau-wide. */
  TASK_ASSIGN: { label: '分派待办', roles: ['LEADERSHIP_OFFICE', 'GENERAL_OFFICE', 'DEPARTMENT_HEAD'] },
  /**
   * Complaints and reports (M14): complaints go to the disclosure leadership group [seed §11-1], whose office
   * reads them with the complaint handlers; only the handlers act on them. Never the complainant's identity:
   * that takes the fine-grained COMPLAINT_IDENTITY_REVEAL, one audited read at a time [seed §11-5].
   */
  COMPLAINT_READ: { label: '查看投诉举报', roles: ['COMPLAINT_HANDLER', 'LEADERSHIP_OFFICE'] },
  COMPLAINT_HANDLE: { label: '办理投诉举报', roles: ['COMPLAINT_HANDLER'] },
  /**
   * The head of a department ordered to correct (责令改正, seed §11-2) reports its correction — for their own
   * department's orders only, and sees nothing else of the complaint.
   */
  CORRECTION_REPORT: { label: '报告整改情况（本处室）', roles: ['DEPARTMENT_HEAD'] },
  /**
   * Documents and their disclosure attribute (M2, [seed §5]) and the confidentiality review (M3,
   * [seed §4-3]). Each is held for the departments of the role's grants: the workflows in
   * documents/ and review/ check the owning department, and one person acts at one level only.
   */
  DOCUMENT_DRAFT: { label: '起草公文并提出公开属性', roles: ['DRAFTER'] },
  /** 签发 by the owning department's head or a bureau leader (SPEC M2). */
  DOCUMENT_SIGN: { label: '签发公文', roles: ['DEPARTMENT_HEAD', 'BUREAU_LEADER'] },
  /** After signing the attribute changes only by a recorded re-determination (条例 art. 18, 44). */
  DOCUMENT_ATTRIBUTE_REDETERMINE: {
    label: '重新确定公开属性',
    roles: ['DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  },
  /** Level 1 is done by whoever produced the item: the role per kind of subject (review.workflow.ts). */
  REVIEW_LEVEL_1: {
    label: '保密审查初审',
    roles: ['DRAFTER', 'MEETING_ORGANIZER', 'APPLICATION_HANDLER'],
  },
  REVIEW_LEVEL_2: { label: '保密审查（信息安全保密员）', roles: ['CONFIDENTIALITY_OFFICER'] },
  REVIEW_LEVEL_3: { label: '保密审查审批并指定信息发布人', roles: ['DEPARTMENT_HEAD'] },
  REVIEW_CANCEL: { label: '撤回保密审查', roles: ['DEPARTMENT_HEAD'] },
  /** The leadership group's office: escalated determinations [seed §4-5], state-secret redactions [seed §4-7]. */
  REVIEW_OVERSIGHT: { label: '保密审查提请确定及涉密处理审核确认', roles: ['LEADERSHIP_OFFICE'] },
  /** The named publisher publishes exactly the approved content [seed §4-3]. */
  PUBLISH: { label: '发布经审批的政府信息', roles: ['PUBLISHER'] },
  /**
   * Release coordination (M4, [seed §3-2, §4-8]): the owning department's drafters and head, and the
   * leadership group's office bureau-wide, send consultations, record replies, remind, escalate and record
   * settlements; a co-department's head gives or refuses its consent (checked against that department).
   */
  CONSULTATION_MANAGE: {
    label: '征求其他机关意见和会办处室同意',
    roles: ['DRAFTER', 'DEPARTMENT_HEAD', 'LEADERSHIP_OFFICE'],
  },
  CONSULTATION_CONSENT: { label: '会办处室同意公开（本处室）', roles: ['DEPARTMENT_HEAD'] },
  /**
   * Disclosure applications (M6): the disclosure office's handlers register and run the cases bureau-wide;
   * the leadership group's office reads them. Extensions need the fine-grained APPLICATION_EXTENSION_APPROVE.
   */
  APPLICATION_READ: { label: '查看政府信息公开申请', roles: ['APPLICATION_HANDLER', 'LEADERSHIP_OFFICE'] },
  APPLICATION_HANDLE: { label: '办理政府信息公开申请', roles: ['APPLICATION_HANDLER'] },
  /**
   * Public representatives at meetings (M8, [seed §6]): organizers run their department's meetings (scoped by
   * the API to the grant's department) and, with the leadership group's office, keep the registry and read
   * representatives' contacts; the bureau's leaders, who decide, read meetings with their opinions and speeches.
   */
  MEETING_READ: { label: '查看会议及代表意见', roles: ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE', 'BUREAU_LEADER'] },
  MEETING_MANAGE: { label: '组织会议并邀请社会代表（本处室）', roles: ['MEETING_ORGANIZER'] },
  REPRESENTATIVE_MANAGE: { label: '维护社会代表名册（含联系方式）', roles: ['MEETING_ORGANIZER', 'LEADERSHIP_OFFICE'] },
  /** Reviewed content supplied to one applicant in the reply to their application (SPEC M3, M6). */
  REVIEW_SUPPLY: { label: '向申请人提供经审查的信息', roles: ['APPLICATION_HANDLER'] },
} as const satisfies Record<string, { label: string; roles: readonly Role[] }>;

/**
 * Fine-grained permissions granted one by one by SECURITY_ADMIN on top of roles (SPEC §2.1).
 */
export const FINE_GRAINED_PERMISSIONS_DEFINITION = {
  COMPLAINT_IDENTITY_REVEAL: { label: '查看举报人身份信息' },
  APPLICATION_EXTENSION_APPROVE: { label: '批准依申请公开延期答复' },
} as const satisfies Record<string, { label: string }>;

export type RolePermission = keyof typeof ROLE_PERMISSIONS_DEFINITION;
export type FineGrainedPermission = keyof typeof FINE_GRAINED_PERMISSIONS_DEFINITION;
export type Permission = RolePermission | FineGrainedPermission;

export const ROLE_PERMISSIONS = Object.keys(ROLE_PERMISSIONS_DEFINITION) as RolePermission[];
export const FINE_GRAINED_PERMISSIONS = Object.keys(FINE_GRAINED_PERMISSIONS_DEFINITION) as FineGrainedPermission[];
export const PERMISSIONS: Permission[] = [...ROLE_PERMISSIONS, ...FINE_GRAINED_PERMISSIONS];

export const PERMISSION_LABELS: Record<Permission, string> = Object.fromEntries([
  ...Object.entries(ROLE_PERMISSIONS_DEFINITION).map(([key, value]) => [key, value.label]),
  ...Object.entries(FINE_GRAINED_PERMISSIONS_DEFINITION).map(([key, value]) => [key, value.label]),
]) as Record<Permission, string>;

export const isFineGrainedPermission = (value: string): value is FineGrainedPermission =>
  (FINE_GRAINED_PERMISSIONS as string[]).includes(value);

export const rolesGranting = (permission: RolePermission): readonly Role[] =>
  ROLE_PERMISSIONS_DEFINITION[permission].roles;

/** Scopes of API tokens held by external apps (SPEC §2.1). */
export const TOKEN_SCOPES = [
  'public:read',
  'applications:submit',
  'complaints:submit',
  'evaluations:submit',
  'opinions:submit',
  'invitations:respond',
] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  'public:read': '读取公开信息',
  'applications:submit': '提交政府信息公开申请',
  'complaints:submit': '提交投诉举报',
  'evaluations:submit': '提交社会评议',
  'opinions:submit': '提交代表意见',
  'invitations:respond': '答复会议邀请',
};

/** A scope as a GraphQL enum name, which cannot hold ':' — `public:read` is `PUBLIC_READ`. */
export type TokenScopeKey = TokenScope extends infer Scope
  ? Scope extends `${infer Resource}:${infer Action}`
    ? `${Uppercase<Resource>}_${Uppercase<Action>}`
    : never
  : never;

export const tokenScopeKey = (scope: TokenScope): TokenScopeKey =>
  scope.replace(':', '_').toUpperCase() as TokenScopeKey;

const TOKEN_SCOPES_BY_KEY: ReadonlyMap<string, TokenScope> = new Map(
  TOKEN_SCOPES.map((scope) => [tokenScopeKey(scope), scope]),
);

/** The scope a GraphQL enum name stands for (`PUBLIC_READ` → `public:read`); undefined for any other text. */
export const tokenScopeFromKey = (key: string): TokenScope | undefined => TOKEN_SCOPES_BY_KEY.get(key);
