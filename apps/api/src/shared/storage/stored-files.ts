import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';

/**
 * Stored files inside a mutation, as if they were rows: with the database backend the bytes take part in
 * the transaction; with a folder or S3, bytes stored by a mutation that then fails are removed again, and
 * a deletion happens only once the mutation has committed (a rolled-back removal keeps its file).
 */
export async function storeFileInMutation(
  context: RequestContext,
  key: string,
  data: Buffer,
  contentType: string,
): Promise<void> {
  const scope = requireMutationScope(context);
  const { fileStorage } = context.services;
  await fileStorage.put(scope.manager, key, data, contentType);
  if (fileStorage.backend !== 'database') {
    scope.onFailure.push((manager) => fileStorage.delete(manager, key));
  }
}

export async function deleteFileInMutation(context: RequestContext, key: string): Promise<void> {
  const scope = requireMutationScope(context);
  const { fileStorage } = context.services;
  if (fileStorage.backend === 'database') {
    await fileStorage.delete(scope.manager, key);
    return;
  }
  (scope.afterCommit ??= []).push(() => fileStorage.delete(scope.manager, key));
}
