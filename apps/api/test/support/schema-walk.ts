import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { AccessRule } from '@gdp/domain';
import { accessRuleOf } from '../../src/shared/access/access-guard.js';
import type { GraphQLResponse } from './graphql-client.js';

/**
 * Walking the whole schema as a client would: every root field with its access declaration, values for
 * its arguments, and selections of everything it can return. Shared by the access walker (who may call
 * what) and the whistleblower leak test (what each caller gets back).
 */

export interface RootField {
  operation: 'Query' | 'Mutation';
  field: GraphQLField<unknown, unknown>;
  rule: AccessRule | undefined;
}

/** Every Query and Mutation field with its declared access rule; logout last (it ends the session it runs in). */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const fields: RootField[] = [];
  for (const [operation, type] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}))
      fields.push({ operation, field, rule: accessRuleOf(field) });
  }
  return fields.sort((a, b) => Number(a.field.name === 'logout') - Number(b.field.name === 'logout'));
}

/** Guard refusals, as distinct from a refusal by the field itself (e.g. login with a wrong password). */
export const GUARD_REASONS = new Set(['AUTH.UNAUTHENTICATED', 'ACCESS.FORBIDDEN', 'ACCESS.UNDECLARED']);

/** The error a response carries for one root field (by its response key), else its first error. */
export function errorOf(response: GraphQLResponse, responseKey: string) {
  return response.errors?.find((candidate) => candidate.path?.[0] === responseKey) ?? response.errors?.[0];
}

/** Whether the access guard refused the call: it decides from the caller alone, before arguments are read. */
export function isRefusedByGuard(response: GraphQLResponse, responseKey: string): boolean {
  return GUARD_REASONS.has(errorOf(response, responseKey)?.extensions?.reason ?? '');
}

export const DUMMY_ID = '00000000-0000-4000-8000-000000000000';

/** A value of the right type for a required argument; roles are checked before arguments are read. */
export function dummyValue(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return dummyValue(type.ofType);
  if (type instanceof GraphQLList) return [dummyValue(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => field.type instanceof GraphQLNonNull && field.defaultValue === undefined)
        .map((field) => [field.name, dummyValue(field.type)]),
    );
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case 'ID':
      return DUMMY_ID;
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return '2026-01-01T00:00:00.000Z';
    case 'JSON':
      return {};
    default:
      return 'x';
  }
}

/** Arguments a call must give (non-null, no default). */
export const requiredArgs = (field: GraphQLField<unknown, unknown>): GraphQLArgument[] =>
  field.args.filter((arg) => arg.type instanceof GraphQLNonNull && arg.defaultValue === undefined);

/**
 * A selection of every leaf field reachable from `type` within `depth` nested selections (a list of objects
 * counts as one level). Fields that need arguments are left out; so are objects with nothing selectable
 * left at the depth limit. Returns '' for a leaf type, null when nothing at all can be selected.
 */
export function selectionOf(type: GraphQLOutputType, depth: number): string | null {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (depth <= 0) return null;
  if (isAbstractType(named)) return '{ __typename }';
  if (!isObjectType(named)) return null;
  const parts: string[] = [];
  for (const field of Object.values(named.getFields())) {
    if (requiredArgs(field).length > 0) continue;
    const inner = selectionOf(field.type, depth - 1);
    if (inner === '') parts.push(field.name);
    else if (inner) parts.push(`${field.name} ${inner}`);
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : null;
}

/**
 * One call of a root field. `values` gives arguments by name (required ones default to dummy values);
 * `depth` selects every leaf within that many levels, otherwise only `__typename`.
 */
export function operationFor(
  root: RootField,
  options: { values?: Record<string, unknown>; depth?: number } = {},
): { query: string; variables: Record<string, unknown> } {
  const values = options.values ?? {};
  const passed = root.field.args.filter(
    (arg) => requiredArgs(root.field).includes(arg) || values[arg.name] !== undefined,
  );
  const declarations = passed.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passing = passed.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(root.field.type);
  const selection =
    options.depth === undefined
      ? isObjectType(named) || isAbstractType(named)
        ? ' { __typename }'
        : ''
      : ` ${selectionOf(root.field.type, options.depth) ?? '{ __typename }'}`.trimEnd();
  const keyword = root.operation === 'Query' ? 'query' : 'mutation';
  return {
    query: `${keyword} Walk${declarations ? `(${declarations})` : ''} { ${root.field.name}${passing ? `(${passing})` : ''}${selection} }`,
    variables: Object.fromEntries(
      passed.map((arg) => [
        arg.name,
        values[arg.name] !== undefined ? values[arg.name] : dummyValue(arg.type),
      ]),
    ),
  };
}
