/**
 * The error contract shared by API and console (SPEC §2.4): `code` is the generic class external apps
 * branch on, `reason` the precise `<MODULE>.<REASON>`, `message` zh-CN for people.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'QUERY_REJECTED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_CODE_LABELS: Record<ErrorCode, string> = {
  BAD_USER_INPUT: '输入有误',
  UNAUTHENTICATED: '未登录或登录已失效',
  FORBIDDEN: '无权执行此操作',
  NOT_FOUND: '记录不存在',
  CONFLICT: '数据冲突',
  INVALID_TRANSITION: '当前状态不允许此操作',
  RATE_LIMITED: '请求过于频繁',
  QUERY_REJECTED: '请求被拒绝',
  UNAVAILABLE: '服务暂不可用',
  INTERNAL: '系统内部错误',
};

export type FieldErrors = Record<string, string[]>;

export interface DomainErrorOptions {
  fields?: FieldErrors;
  allowedActions?: string[];
  details?: Record<string, unknown>;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly reason: string;
  readonly fields?: FieldErrors;
  readonly allowedActions?: string[];
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, reason: string, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.reason = reason;
    this.fields = options.fields;
    this.allowedActions = options.allowedActions;
    this.details = options.details;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** Field errors of one failed validation, as the console maps them onto form fields. */
export function badInput(reason: string, message: string, fields: FieldErrors): DomainError {
  return new DomainError('BAD_USER_INPUT', reason, message, { fields });
}
