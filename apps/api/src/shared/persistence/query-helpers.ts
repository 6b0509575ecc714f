const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a value can be a uuid key (anything else is an unknown record, not a database error). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** An ILIKE pattern matching `text` anywhere, its LIKE wildcards taken literally. */
export const likePattern = (text: string): string =>
  `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** Ids for `IN (:...ids)`: malformed ones dropped, never empty (an impossible id keeps the SQL valid). */
export const idsForQuery = (ids: readonly string[]): string[] =>
  ids.filter(isUuid).concat(['00000000-0000-0000-0000-000000000000']);
