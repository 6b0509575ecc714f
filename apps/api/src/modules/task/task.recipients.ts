import type { EntityManager } from 'typeorm';
import {
  BUSINESS_ROLES,
  canHandleTask,
  isFineGrainedPermission,
  rolesGranting,
  TASK_KINDS_DEFINITION,
  type FineGrainedPermission,
  type Grant,
  type Permission,
  type Role,
  type TaskKind,
  type TaskViewer,
} from '@gdp/domain';

/**
 * Who the task rules apply to, read from the database: active users with their account's department,
 * role grants and fine-grained permissions. SQL narrows the candidates; the domain's rule decides.
 */
interface ViewerRow {
  id: string;
  department_id: string | null;
  grants: Array<{ role: Role; departmentId: string | null }> | string;
  permissions: FineGrainedPermission[] | string;
}

const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

async function activeViewersWhere(
  manager: EntityManager,
  condition: string,
  params: unknown[],
): Promise<TaskViewer[]> {
  const rows: ViewerRow[] = await manager.query(
    `SELECT u.id, u.department_id,
            COALESCE((SELECT json_agg(json_build_object('role', g.role, 'departmentId', g.department_id))
                        FROM role_grant g WHERE g.user_id = u.id), '[]'::json) AS grants,
            COALESCE((SELECT json_agg(p.permission) FROM permission_grant p WHERE p.user_id = u.id), '[]'::json) AS permissions
       FROM app_user u
      WHERE u.is_active AND (${condition})
      ORDER BY u.id`,
    params,
  );
  return rows.map((row) => ({
    userId: row.id,
    departmentId: row.department_id,
    grants: parsed(row.grants).map((grant): Grant => ({
      role: grant.role,
      departmentId: grant.departmentId,
    })),
    permissions: parsed(row.permissions),
  }));
}

/** One active user as the task rules see them, or null when inactive or unknown. */
export async function activeTaskViewer(manager: EntityManager, userId: string): Promise<TaskViewer | null> {
  const [viewer] = await activeViewersWhere(manager, 'u.id = $1', [userId]);
  return viewer ?? null;
}

/** Everyone who may take an unassigned task of `kind` waiting in `departmentId` (null: bureau level). */
export async function eligibleHandlers(
  manager: EntityManager,
  kind: TaskKind,
  departmentId: string | null,
): Promise<string[]> {
  const permission = TASK_KINDS_DEFINITION[kind].handlerPermission as Permission | null;
  let candidates: TaskViewer[];
  if (permission === null) {
    if (departmentId === null) return [];
    candidates = await activeViewersWhere(
      manager,
      `u.department_id = $1 OR EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.department_id = $1)`,
      [departmentId],
    );
  } else if (isFineGrainedPermission(permission)) {
    candidates = await activeViewersWhere(
      manager,
      `EXISTS (SELECT 1 FROM permission_grant p WHERE p.user_id = u.id AND p.permission = $1)`,
      [permission],
    );
  } else {
    const roles = rolesGranting(permission).filter((role) =>
      (BUSINESS_ROLES as readonly Role[]).includes(role),
    );
    candidates = await activeViewersWhere(
      manager,
      `EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = ANY($1::text[])
                 AND (g.department_id IS NULL OR g.department_id = $2))`,
      [roles, departmentId],
    );
  }
  return candidates
    .filter((viewer) => canHandleTask(viewer, kind, departmentId))
    .map((viewer) => viewer.userId);
}

/** The active heads of a department (a DEPARTMENT_HEAD grant in it). */
export async function departmentHeads(manager: EntityManager, departmentId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await manager.query(
    `SELECT u.id FROM app_user u
      WHERE u.is_active
        AND EXISTS (SELECT 1 FROM role_grant g
                     WHERE g.user_id = u.id AND g.role = 'DEPARTMENT_HEAD' AND g.department_id = $1)
      ORDER BY u.id`,
    [departmentId],
  );
  return rows.map((row) => row.id);
}
