import { Extensions } from 'type-graphql';
import type { AccessRule } from '@gdp/domain';

export const ACCESS_EXTENSION = 'access';

/**
 * Declares who may call a root field, with the domain's rule for it: `@Access(ACCESS_RULES['Query.users'])`.
 * Every root Query/Mutation carries one; the access guard refuses any that does not (deny by default), and
 * a test walks the schema checking each field carries exactly its own entry of ACCESS_RULES.
 */
export const Access = (rule: AccessRule) => Extensions({ [ACCESS_EXTENSION]: rule });
