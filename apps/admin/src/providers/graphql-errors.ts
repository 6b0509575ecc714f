import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ERROR_CODES, ERROR_CODE_LABELS, type ErrorCode, type FieldErrors } from '@gdp/domain';
import { HttpError } from 'react-admin';

/** What the console keeps of an API error (SPEC §2.4): the generic class, the precise reason, field errors. */
export interface ApiErrorBody {
  code: ErrorCode;
  reason: string;
  fields?: FieldErrors;
  details?: Record<string, unknown>;
  /** react-admin's server-side validation: field → message, plus the message as the form's root error. */
  errors?: Record<string, unknown>;
}

export type ApiHttpError = HttpError & { body: ApiErrorBody };

const STATUS_OF: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  QUERY_REJECTED: 400,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

interface ContractError {
  message?: string;
  extensions?: Record<string, unknown>;
}

const isErrorCode = (value: unknown): value is ErrorCode => ERROR_CODES.includes(value as ErrorCode);

function fieldErrorsOf(value: unknown): FieldErrors | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(value)) {
    if (Array.isArray(messages)) fields[name] = messages.map(String);
    else if (typeof messages === 'string') fields[name] = [messages];
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** Builds the HttpError react-admin understands from one error of the API's contract. */
export function contractHttpError(error: ContractError): ApiHttpError {
  const extensions = error.extensions ?? {};
  const code = isErrorCode(extensions.code) ? extensions.code : 'INTERNAL';
  const message = error.message?.trim() || ERROR_CODE_LABELS[code];
  const fields = fieldErrorsOf(extensions.fields);
  const { code: _code, reason, fields: _fields, ...details } = extensions;
  const body: ApiErrorBody = {
    code,
    reason: typeof reason === 'string' ? reason : `GRAPHQL.${code}`,
    ...(fields ? { fields } : {}),
    ...(Object.keys(details).length > 0 ? { details } : {}),
    ...(fields
      ? {
          errors: {
            ...Object.fromEntries(
              Object.entries(fields).map(([name, messages]) => [name, messages.join('；')]),
            ),
            root: { serverError: message },
          },
        }
      : {}),
  };
  return new HttpError(message, STATUS_OF[code], body) as ApiHttpError;
}

const networkError = (message: string, code: ErrorCode = 'UNAVAILABLE') =>
  contractHttpError({ message, extensions: { code, reason: 'NETWORK.FAILED' } });

/**
 * Maps anything Apollo (or fetch) throws onto one HttpError. GraphQL errors arrive with HTTP 200; the
 * API also answers some refusals outside GraphQL execution (timeouts 503, oversized bodies 413) with the
 * same JSON contract, which Apollo reports as a ServerError carrying the body text.
 */
export function toHttpError(error: unknown): ApiHttpError {
  if (error instanceof HttpError && (error.body as ApiErrorBody | undefined)?.code)
    return error as ApiHttpError;
  if (CombinedGraphQLErrors.is(error)) {
    return contractHttpError(error.errors[0] ?? { message: error.message });
  }
  if (ServerError.is(error)) {
    try {
      const parsed = JSON.parse(error.bodyText) as { errors?: ContractError[] };
      if (parsed.errors?.[0]) return contractHttpError(parsed.errors[0]);
    } catch {
      // not the JSON contract: fall through
    }
    return networkError(`服务暂不可用（HTTP ${error.statusCode}），请稍后重试`);
  }
  if (ServerParseError.is(error)) return networkError('服务返回了无法识别的内容，请稍后重试');
  if (error instanceof TypeError) return networkError('无法连接服务，请检查网络后重试');
  return contractHttpError({
    message: error instanceof Error && error.message ? error.message : undefined,
    extensions: { code: 'INTERNAL', reason: 'CONSOLE.UNEXPECTED' },
  });
}

export const errorCodeOf = (error: unknown): ErrorCode | undefined =>
  (error as { body?: Partial<ApiErrorBody> } | undefined)?.body?.code;

export const errorReasonOf = (error: unknown): string | undefined =>
  (error as { body?: Partial<ApiErrorBody> } | undefined)?.body?.reason;

export const fieldErrorsFrom = (error: unknown): FieldErrors =>
  (error as { body?: Partial<ApiErrorBody> } | undefined)?.body?.fields ?? {};
