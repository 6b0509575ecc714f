/** A CHECK constraint that keeps a column within a domain list (the domain stays the one source). */
export const oneOf = (column: string, values: readonly string[]): string =>
  `"${column}" IN (${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')})`;
