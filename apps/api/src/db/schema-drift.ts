import type { DataSource } from 'typeorm';

/**
 * SQL that would bring the database in line with the entities after all migrations ran. Empty when
 * entities and migrations agree; the migration check test and the migration generator use it.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  return sqlInMemory.upQueries.map((query) => query.query);
}
