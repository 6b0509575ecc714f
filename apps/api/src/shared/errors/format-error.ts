import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DomainError, ERROR_CODES, type ErrorCode } from '@gdp/domain';
import { unwrapResolverError } from '@apollo/server/errors';
import { isConnectionError, isStatementTimeout, isUniqueViolation } from '../../db/database.js';
import type { Logger } from '../../logger.js';

const GRAPHQL_LIMIT_PREFIX = '〔查询限制〕';
export const queryLimitMessage = (text: string) => `${GRAPHQL_LIMIT_PREFIX}${text}`;

/** Apollo's own codes for malformed requests, mapped onto the contract. */
const APOLLO_CODES: Record<string, { code: ErrorCode; reason: string; message?: string }> = {
  GRAPHQL_PARSE_FAILED: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL.PARSE_FAILED' },
  GRAPHQL_VALIDATION_FAILED: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL.VALIDATION_FAILED' },
  BAD_USER_INPUT: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL.BAD_ARGUMENT' },
  BAD_REQUEST: { code: 'BAD_USER_INPUT', reason: 'HTTP.BAD_REQUEST', message: '请求格式不正确' },
  PERSISTED_QUERY_NOT_FOUND: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL.PERSISTED_QUERY_NOT_SUPPORTED', message: '不支持持久化查询' },
  PERSISTED_QUERY_NOT_SUPPORTED: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL.PERSISTED_QUERY_NOT_SUPPORTED', message: '不支持持久化查询' },
  OPERATION_RESOLUTION_FAILURE: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL.OPERATION_NOT_FOUND', message: '找不到要执行的操作' },
};

export interface ContractError {
  code: ErrorCode;
  reason: string;
  message: string;
  fields?: Record<string, string[]>;
  allowedActions?: string[];
  details?: Record<string, unknown>;
}

/** Classifies any thrown value; unknown errors become INTERNAL and are logged, never shown. */
export function toContractError(error: unknown, log?: { logger: Logger; requestId?: string }): ContractError {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      reason: error.reason,
      message: error.message,
      fields: error.fields,
      allowedActions: error.allowedActions,
      details: error.details,
    };
  }
  if (isStatementTimeout(error)) {
    return { code: 'UNAVAILABLE', reason: 'DATABASE.TIMEOUT', message: '查询执行超时，请缩小查询范围后重试' };
  }
  if (isConnectionError(error)) {
    log?.logger.warn({ err: error, requestId: log.requestId }, 'database unavailable');
    return { code: 'UNAVAILABLE', reason: 'DATABASE.UNAVAILABLE', message: '数据库暂不可用，请稍后重试' };
  }
  if (isUniqueViolation(error)) {
    log?.logger.warn(
      { err: error, requestId: log.requestId },
      'unique constraint violated (concurrent duplicate)',
    );
    return {
      code: 'CONFLICT',
      reason: 'RECORD.DUPLICATE',
      message: '与已有记录重复（可能有人刚刚提交了相同内容），请刷新后重试',
    };
  }
  log?.logger.error({ err: error, requestId: log.requestId }, 'unexpected error');
  return {
    code: 'INTERNAL',
    reason: 'INTERNAL.UNEXPECTED',
    message: `系统内部错误，请联系管理员${log?.requestId ? `（请求编号 ${log.requestId}）` : ''}`,
  };
}

function translateGraphQLMessage(message: string): string {
  if (message.startsWith('Syntax Error: ')) return `查询语法错误：${message.slice('Syntax Error: '.length)}`;
  if (message.startsWith('Cannot query field')) return `查询了不存在的字段：${message}`;
  if (message.startsWith('Variable')) return `变量有误：${message}`;
  return `请求无效：${message}`;
}

/**
 * Apollo's formatError: every error leaves with `extensions.code` from the contract, a precise reason and
 * a zh-CN message — no stack traces, SQL or internals, whatever the mode.
 */
export function createFormatError(logger: Logger, options: { hideSuggestions?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(raw);
    const requestId =
      raw instanceof GraphQLError ? (raw.extensions?.requestId as string | undefined) : undefined;
    const apolloCode = formatted.extensions?.code as string | undefined;
    let contract: ContractError;
    if (original instanceof DomainError || !(original instanceof GraphQLError)) {
      contract = toContractError(original, { logger, requestId });
    } else if (formatted.message === 'Validation aborted.') {
      // graphql-js stopped validating a query too costly to check (e.g. ~1000 repeated fields): a limit.
      contract = {
        code: 'QUERY_REJECTED',
        reason: 'GRAPHQL.LIMIT_EXCEEDED',
        message: '查询过于复杂，请精简后重试',
      };
    } else if (formatted.message.includes(GRAPHQL_LIMIT_PREFIX)) {
      contract = {
        code: 'QUERY_REJECTED',
        reason: 'GRAPHQL.LIMIT_EXCEEDED',
        message: formatted.message.slice(formatted.message.indexOf(GRAPHQL_LIMIT_PREFIX) + GRAPHQL_LIMIT_PREFIX.length),
      };
    } else if (apolloCode && ERROR_CODES.includes(apolloCode as ErrorCode) && apolloCode !== 'BAD_USER_INPUT') {
      contract = { code: apolloCode as ErrorCode, reason: `GRAPHQL.${apolloCode}`, message: formatted.message };
    } else if (apolloCode && APOLLO_CODES[apolloCode]) {
      // graphql-armor's token counter parses first and reports syntax errors as validation failures.
      const mapped = formatted.message.startsWith('Syntax Error: ')
        ? APOLLO_CODES.GRAPHQL_PARSE_FAILED
        : APOLLO_CODES[apolloCode];
      contract = { code: mapped.code, reason: mapped.reason, message: mapped.message ?? translateGraphQLMessage(formatted.message) };
    } else {
      contract = toContractError(original, { logger, requestId });
    }
    return {
      // Callers without schema access get no "Did you mean …?" hints (armor's mask misses enum values).
      message: options.hideSuggestions
        ? contract.message.replace(/\s*Did you mean [^?]*\?/g, '')
        : contract.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: contract.code,
        reason: contract.reason,
        ...(contract.fields ? { fields: contract.fields } : {}),
        ...(contract.allowedActions ? { allowedActions: contract.allowedActions } : {}),
        ...(contract.details ? contract.details : {}),
      },
    };
  };
}
