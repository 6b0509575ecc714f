import { DomainError, type ErrorCode } from '@gdp/domain';

/** Shorthands for errors the API raises itself; every one carries the contract of SPEC §2.4. */
export const notFound = (entityLabel: string, reason = 'RECORD.NOT_FOUND'): DomainError =>
  new DomainError('NOT_FOUND', reason, `${entityLabel}不存在或无权访问`);

export const staleVersion = (entityLabel: string): DomainError =>
  new DomainError(
    'CONFLICT',
    'RECORD.STALE_VERSION',
    `${entityLabel}已被他人修改，您的修改未保存。请刷新后重新编辑（您填写的内容仍保留在表单中）`,
  );

export const unavailable = (reason: string, message = '数据库暂不可用，请稍后重试'): DomainError =>
  new DomainError('UNAVAILABLE', reason, message);

export const forbidden = (reason = 'ACCESS.FORBIDDEN', message = '您无权执行此操作'): DomainError =>
  new DomainError('FORBIDDEN', reason, message);

export const unauthenticated = (reason = 'AUTH.UNAUTHENTICATED', message = '请先登录'): DomainError =>
  new DomainError('UNAUTHENTICATED', reason, message);

export const queryRejected = (reason: string, message: string): DomainError =>
  new DomainError('QUERY_REJECTED', reason, message);

export const rateLimited = (reason: string, message: string, retryAfterSeconds?: number): DomainError =>
  new DomainError('RATE_LIMITED', reason, message, { details: retryAfterSeconds ? { retryAfterSeconds } : undefined });

/** The JSON body of an error answered outside GraphQL execution (bad JSON, oversized body, timeout). */
export function httpErrorBody(code: ErrorCode, reason: string, message: string, requestId?: string) {
  return { errors: [{ message, extensions: { code, reason, ...(requestId ? { requestId } : {}) } }] };
}
