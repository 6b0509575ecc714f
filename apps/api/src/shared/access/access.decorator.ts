import { Extensions } from 'type-graphql';
import type { AccessRule } from '@gdp/domain';

export const ACCESS_EXTENSION = 'access';

/**
 * Declares who may call a root field. Every root Query/Mutation carries one; the access guard refuses
 * any that does not (deny by default) and a test walks the schema for them.
 */
export const Access = (rule: AccessRule) => Extensions({ [ACCESS_EXTENSION]: rule });

export const Public = () => Access({ public: true });
