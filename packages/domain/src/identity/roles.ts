/** Roles of SPEC §2.1. A grant is (user, role, department or none). */
export const ROLES = [
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDITOR',
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
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  SYSTEM_ADMIN: '系统管理员',
  SECURITY_ADMIN: '安全管理员',
  AUDITOR: '安全审计员',
  LEADERSHIP_OFFICE: '政务公开领导小组办公室',
  GENERAL_OFFICE: '办公室',
  DRAFTER: '信息制作人员',
  CONFIDENTIALITY_OFFICER: '信息安全保密员',
  DEPARTMENT_HEAD: '处室负责人',
  PUBLISHER: '信息发布人',
  MEETING_ORGANIZER: '会议组织人员',
  OPINION_MONITOR: '舆情监测人员',
  COMPLAINT_HANDLER: '投诉举报处理人员',
  APPLICATION_HANDLER: '依申请公开办理人员',
  BUREAU_LEADER: '局领导',
};

/**
 * Everyone who does the bureau's disclosure work: every role but the three separated administrators
 * (三员分立), who run the system and read no business content (SPEC §2.1).
 */
export const BUSINESS_ROLES = [
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
] as const satisfies readonly Role[];

/** Roles that only make sense inside one department: their grant must name it. */
export const DEPARTMENT_SCOPED_ROLES: readonly Role[] = [
  'DRAFTER',
  'CONFIDENTIALITY_OFFICER',
  'DEPARTMENT_HEAD',
  'PUBLISHER',
  'MEETING_ORGANIZER',
];

/** 三员分立 (等保 level 3): system, security and audit administration are separate posts. */
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ['SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDITOR'];

/** Roles whose holders must sign in with a second factor (SPEC §2.1). */
export const TOTP_REQUIRED_ROLES: readonly Role[] = [
  'SYSTEM_ADMIN',
  'SECURITY_ADMIN',
  'AUDITOR',
  'LEADERSHIP_OFFICE',
];

export const isDepartmentScopedRole = (role: Role): boolean => DEPARTMENT_SCOPED_ROLES.includes(role);
export const requiresSecondFactor = (roles: readonly Role[]): boolean =>
  roles.some((role) => TOTP_REQUIRED_ROLES.includes(role));
