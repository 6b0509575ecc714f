import type { EntityManager } from 'typeorm';
import { hasPermission, lockedUntil, type Actor, type FineGrainedPermission, type Role } from '@gdp/domain';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import type { AppServices } from '../../services.js';
import { Department } from './department.entity.js';
import { PermissionGrant, RoleGrant } from './grant.entity.js';
import type { DepartmentFilter, DepartmentSummary, RoleGrantView, UserFilter, UserView } from './organisation.types.js';
import { User } from './user.entity.js';

/** By the bureau's own order (sort order, then code, which is unique); the index IDX_department_list_order serves it. */
export const DEPARTMENT_LIST_ORDER = listOrder(
  'departments',
  {
    sortOrder: 'department.sortOrder',
    code: 'department.code',
    name: 'department.name',
    kind: 'department.kind',
    isActive: 'department.isActive',
    createdAt: 'department.createdAt',
    updatedAt: 'department.updatedAt',
  },
  [
    ['department.sortOrder', 'ASC'],
    ['department.code', 'ASC'],
  ],
);

/** By username (unique). */
export const USER_LIST_ORDER = listOrder(
  'users',
  {
    username: 'account.username',
    displayName: 'account.displayName',
    isActive: 'account.isActive',
    createdAt: 'account.createdAt',
    updatedAt: 'account.updatedAt',
  },
  [['account.username', 'ASC']],
);

export async function findDepartments(
  manager: EntityManager,
  filter: DepartmentFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Department>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(Department).createQueryBuilder('department');
  if (filter.q?.trim()) {
    query.andWhere('(department.name ILIKE :q OR department.code ILIKE :q)', { q: likePattern(filter.q.trim()) });
  }
  if (filter.kind) query.andWhere('department.kind = :kind', { kind: filter.kind });
  if (filter.isActive !== undefined && filter.isActive !== null) {
    query.andWhere('department.isActive = :isActive', { isActive: filter.isActive });
  }
  if (filter.ids) query.andWhere('department.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [items, total] = await orderBySort(query, DEPARTMENT_LIST_ORDER, sort).skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

export async function findDepartment(manager: EntityManager, id: string): Promise<Department> {
  const department = isUuid(id) ? await manager.findOneBy(Department, { id }) : null;
  if (!department) throw notFound('处室');
  return department;
}

/** A department's id and name only: what anyone may know of their own department, without ORGANISATION_READ. */
export async function findDepartmentSummary(manager: EntityManager, id: string | null): Promise<DepartmentSummary | null> {
  if (!id || !isUuid(id)) return null;
  return manager.findOne(Department, { select: { id: true, name: true }, where: { id } });
}

/** Shapes users for the API: personal contact data only for organisation managers and the user. */
async function toUserViews(
  services: AppServices,
  manager: EntityManager,
  actor: Actor,
  users: User[],
): Promise<UserView[]> {
  if (users.length === 0) return [];
  const ids = users.map((user) => user.id);
  // One after another: inside a mutation the manager holds a single connection, and pg refuses (deprecated
  // in pg 8, an error in pg 9) a query sent to a client still executing another.
  const roles = await manager.getRepository(RoleGrant).createQueryBuilder('grant').where('grant.userId IN (:...ids)', { ids }).orderBy('grant.createdAt').getMany();
  const permissions = await manager.getRepository(PermissionGrant).createQueryBuilder('grant').where('grant.userId IN (:...ids)', { ids }).getMany();
  const failures = await recentFailures(services, manager, users.map((user) => user.username));
  const mayReadContact = hasPermission(actor, 'ORGANISATION_MANAGE');
  return users.map((user) => {
    const isSelf = actor.kind === 'staff' && actor.userId === user.id;
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      departmentId: user.departmentId,
      phone: mayReadContact || isSelf ? user.phone : null,
      email: mayReadContact || isSelf ? user.email : null,
      mustChangePassword: user.mustChangePassword,
      totpEnabled: user.totpEnabled,
      isActive: user.isActive,
      isDemo: user.isDemo,
      lockedUntil: lockoutEnd(services, failures.get(user.username) ?? []),
      roles: roles
        .filter((grant) => grant.userId === user.id)
        .map((grant): RoleGrantView => ({ id: grant.id, role: grant.role as Role, departmentId: grant.departmentId })),
      permissions: permissions
        .filter((grant) => grant.userId === user.id)
        .map((grant) => grant.permission as FineGrainedPermission),
      version: user.version,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
    };
  });
}

function lockoutEnd(services: AppServices, failures: Date[]): Date | null {
  const until = lockedUntil(
    failures.map((at) => ({ at })),
    { maxFailedAttempts: services.config.loginMaxFailures, lockoutMinutes: services.config.loginLockoutMinutes },
  );
  return until && until > services.clock.now() ? until : null;
}

/** Failed sign-ins since each user's last success (or unlock), oldest first; the latest 100 suffice. */
export async function recentFailures(
  services: AppServices,
  manager: EntityManager,
  usernames: string[],
): Promise<Map<string, Date[]>> {
  const rows = (await manager.query(
    `SELECT username, at FROM (
       SELECT a.username, a.at, row_number() OVER (PARTITION BY a.username ORDER BY a.at DESC) AS n
         FROM login_attempt a
        WHERE a.username = ANY($1)
          AND a.at > COALESCE((SELECT max(s.at) FROM login_attempt s WHERE s.username = a.username AND s.succeeded), '-infinity')
          AND NOT a.succeeded AND a.reason IN ('BAD_PASSWORD', 'BAD_TOTP')
     ) recent WHERE n <= $2 ORDER BY at`,
    [usernames, 100],
  )) as Array<{ username: string; at: Date }>;
  const byUser = new Map<string, Date[]>();
  for (const row of rows) byUser.set(row.username, [...(byUser.get(row.username) ?? []), new Date(row.at)]);
  return byUser;
}

export async function findUsers(
  services: AppServices,
  manager: EntityManager,
  actor: Actor,
  filter: UserFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<UserView>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(User).createQueryBuilder('account');
  if (filter.q?.trim()) {
    query.andWhere('(account.username ILIKE :q OR account.displayName ILIKE :q)', { q: likePattern(filter.q.trim()) });
  }
  if (filter.departmentId) query.andWhere('account.departmentId = :departmentId', { departmentId: isUuid(filter.departmentId) ? filter.departmentId : null });
  if (filter.isActive !== undefined && filter.isActive !== null) query.andWhere('account.isActive = :isActive', { isActive: filter.isActive });
  if (filter.role) {
    query.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = account.id AND g.role = :role)', { role: filter.role });
  }
  if (filter.ids) query.andWhere('account.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [users, total] = await orderBySort(query, USER_LIST_ORDER, sort).skip(offset).take(limit).getManyAndCount();
  return { items: await toUserViews(services, manager, actor, users), total };
}

export async function findUser(services: AppServices, manager: EntityManager, actor: Actor, id: string): Promise<UserView> {
  const user = isUuid(id) ? await manager.findOneBy(User, { id }) : null;
  if (!user) throw notFound('用户');
  const [view] = await toUserViews(services, manager, actor, [user]);
  return view;
}
