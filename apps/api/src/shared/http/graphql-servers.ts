import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../../context.js';
import type { Logger } from '../../logger.js';
import { createFormatError, queryLimitMessage } from '../errors/format-error.js';

/** Query limits: staff use the console's larger queries; external apps and anonymous callers get less. */
export const QUERY_LIMITS = {
  staff: { maxDepth: 12, maxAliases: 30, maxTokens: 4_000, maxCost: 20_000, maxDirectives: 20 },
  external: { maxDepth: 7, maxAliases: 10, maxTokens: 1_000, maxCost: 3_000, maxDirectives: 5 },
} as const;

function armorFor(limits: (typeof QUERY_LIMITS)['staff' | 'external'], blockFieldSuggestion: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: false, errorMessage: queryLimitMessage(`查询嵌套层级超过上限 ${limits.maxDepth}`) },
    maxAliases: { n: limits.maxAliases, exposeLimits: false, errorMessage: queryLimitMessage(`查询别名数量超过上限 ${limits.maxAliases}`) },
    maxTokens: { n: limits.maxTokens, exposeLimits: false, errorMessage: queryLimitMessage(`查询长度超过上限 ${limits.maxTokens} 个词法单元`) },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, errorMessage: queryLimitMessage(`查询复杂度超过上限 ${limits.maxCost}`) },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: false, errorMessage: queryLimitMessage(`查询指令数量超过上限 ${limits.maxDirectives}`) },
    blockFieldSuggestion: { enabled: blockFieldSuggestion },
  }).protect();
}

function createServer(
  schema: GraphQLSchema,
  logger: Logger,
  options: { introspection: boolean; limits: (typeof QUERY_LIMITS)['staff' | 'external']; blockFieldSuggestion: boolean },
) {
  const armor = armorFor(options.limits, options.blockFieldSuggestion);
  return new ApolloServer<RequestContext>({
    schema,
    introspection: options.introspection,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns the signals and drains requests first; Apollo's own handler would stop it twice.
    stopOnTerminationSignals: false,
    formatError: createFormatError(logger, { hideSuggestions: options.blockFieldSuggestion }),
    validationRules: armor.validationRules,
    plugins: [...(armor.plugins as ApolloServerPlugin<RequestContext>[]), ApolloServerPluginLandingPageDisabled()],
  });
}

/**
 * Two servers over one schema: staff sessions get introspection, field suggestions and larger limits;
 * external tokens, anonymous callers and restricted sessions get neither and stricter limits.
 */
export function createGraphQLServers(schema: GraphQLSchema, logger: Logger) {
  return {
    staff: createServer(schema, logger, { introspection: true, limits: QUERY_LIMITS.staff, blockFieldSuggestion: false }),
    external: createServer(schema, logger, { introspection: false, limits: QUERY_LIMITS.external, blockFieldSuggestion: true }),
  };
}
