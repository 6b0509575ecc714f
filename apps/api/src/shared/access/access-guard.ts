import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { DomainError, decideAccess, maskRecord, type AccessRule } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { appendAudit, appendAuditAlone } from '../audit/audit-writer.js';
import { toContractError } from '../errors/format-error.js';
import { ACCESS_EXTENSION } from './access.decorator.js';

export const accessRuleOf = (field: { extensions?: Record<string, unknown> | null }): AccessRule | undefined =>
  (field.extensions?.[ACCESS_EXTENSION] as AccessRule | undefined) ?? undefined;

const isWrite = (operation: 'Query' | 'Mutation') => operation === 'Mutation';

/**
 * Wraps every root field: access is decided from its declaration before arguments are read (deny by
 * default); a mutation runs in one transaction that also writes its audit record, so a mutation whose
 * audit row cannot be written fails; denied and failed attempts are recorded in a transaction of their own.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) => type,
    [MapperKind.QUERY_ROOT_FIELD]: (field, fieldName) => wrapField(field, 'Query', fieldName),
    [MapperKind.MUTATION_ROOT_FIELD]: (field, fieldName) => wrapField(field, 'Mutation', fieldName),
  });
}

function wrapField(
  field: GraphQLFieldConfig<unknown, RequestContext>,
  operation: 'Query' | 'Mutation',
  fieldName: string,
): GraphQLFieldConfig<unknown, RequestContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const rule = accessRuleOf(field);
  const action = `${operation}.${fieldName}`;
  return {
    ...field,
    resolve: async (source, args, context, info) => {
      const { services } = context;
      const now = () => services.clock.now();
      const recordAlone = (outcome: 'DENIED' | 'FAILED', error: DomainError, onFailure = context.mutation?.onFailure) =>
        appendAuditAlone(
          (work) => services.db.dataSource.transaction(work),
          {
            at: now(),
            actor: context.actor,
            action,
            outcome,
            errorCode: error.code,
            reason: error.reason,
            ip: context.ip,
            requestId: context.requestId,
            entityType: context.mutation?.subject?.entityType ?? null,
            entityId: context.mutation?.subject?.entityId ?? null,
            changes:
              context.actor.kind === 'token' && isWrite(operation)
                ? { arguments: maskRecord(action, args as Record<string, unknown>) }
                : null,
          },
          onFailure ?? [],
        ).catch((auditError: unknown) =>
          services.logger.error({ err: auditError, requestId: context.requestId, action }, 'audit of a refused request failed'),
        );

      const decision = rule ? decideAccess(rule, context.actor) : 'FORBIDDEN';
      if (decision !== 'ALLOW') {
        const error =
          decision === 'UNAUTHENTICATED'
            ? new DomainError(
                'UNAUTHENTICATED',
                context.credentialProblem?.reason ?? 'AUTH.UNAUTHENTICATED',
                context.credentialProblem?.message ?? '请先登录',
              )
            : !rule
              ? new DomainError('FORBIDDEN', 'ACCESS.UNDECLARED', '该接口未声明访问权限，已拒绝')
              : new DomainError('FORBIDDEN', 'ACCESS.FORBIDDEN', '您无权执行此操作');
        await recordAlone('DENIED', error, []);
        throw error;
      }

      if (context.actor.kind === 'token') {
        services.tokenUsage.count(context.actor.tokenId, isWrite(operation) ? 'write' : 'read', now());
      }

      if (!isWrite(operation)) {
        try {
          return await resolve(source, args, context, info);
        } catch (error) {
          throw asContractError(error, context);
        }
      }

      try {
        const result = await services.db.dataSource.transaction(async (manager) => {
          context.mutation = { manager, changes: [], onFailure: [] };
          const result = await resolve(source, args, context, info);
          if (context.signal.aborted) {
            throw new DomainError('UNAVAILABLE', 'REQUEST.TIMEOUT', '请求处理超时，操作未保存');
          }
          const scope = context.mutation;
          const primary = scope.changes[0];
          // Writes through an external token are audited in full: the arguments too, masked like any value.
          const tokenArguments =
            context.actor.kind === 'token' ? { arguments: maskRecord(action, args as Record<string, unknown>) } : null;
          await appendAudit(manager, {
            at: now(),
            actor: context.actor,
            action,
            outcome: 'SUCCESS',
            entityType: scope.subject?.entityType ?? primary?.entityType ?? null,
            entityId: scope.subject?.entityId ?? primary?.entityId ?? null,
            changes: tokenArguments
              ? { ...tokenArguments, entities: scope.changes }
              : scope.changes.length > 0
                ? scope.changes
                : null,
            ip: context.ip,
            requestId: context.requestId,
          });
          return result;
        });
        for (const work of context.mutation?.afterCommit ?? []) {
          // Committed already: a failure here leaves an orphaned file, never a wrong answer.
          await work().catch((error: unknown) =>
            services.logger.error({ err: error, requestId: context.requestId, action }, 'post-commit work failed'),
          );
        }
        return result;
      } catch (error) {
        const contractError = asContractError(error, context);
        await recordAlone('FAILED', contractError);
        throw contractError;
      }
    },
  };
}

function asContractError(error: unknown, context: RequestContext): DomainError {
  if (error instanceof DomainError) return error;
  const contract = toContractError(error, { logger: context.services.logger, requestId: context.requestId });
  return new DomainError(contract.code, contract.reason, contract.message);
}
