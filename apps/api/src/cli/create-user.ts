import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { assertGrantsValid, isDepartmentScopedRole, ROLES, usernameSchema, type Role } from '@gdp/domain';
import { loadConfig } from '../config.js';
import { openDatabase, runPendingMigrations } from '../db/database.js';
import { ENTITIES } from '../db/entities.js';
import { MIGRATIONS } from '../db/migrations/index.js';
import { createLogger } from '../logger.js';
import { hashPassword } from '../modules/auth/credentials.js';
import { Department } from '../modules/organisation/department.entity.js';
import { RoleGrant } from '../modules/organisation/grant.entity.js';
import { User } from '../modules/organisation/user.entity.js';
import { appendAudit } from '../shared/audit/audit-writer.js';

const HELP = `用法：node apps/api/dist/cli/create-user.js --username <用户名> --name <姓名> --role <角色> [--role <角色>…] [--department <处室代码>]
创建一个员工账号并打印一次性初始密码（首次登录须修改）。用于部署后创建首批管理员。
角色：${ROLES.join(', ')}
数据库：DATABASE_URL，或嵌入式数据库 DATA_DIR（服务器运行时嵌入式数据库被占用，请先停止服务器）。`;

/** A random initial password that satisfies the policy (all four character classes). */
const initialPassword = () => `Init-${randomBytes(9).toString('base64url')}9a`;

async function main() {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      department: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.username || !values.name || !values.role?.length) {
    process.stdout.write(`${HELP}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const parsedUsername = usernameSchema.safeParse(values.username.toLowerCase());
  if (!parsedUsername.success) throw new Error(parsedUsername.error.issues[0].message);
  const username = parsedUsername.data;
  const roles = values.role.map((role) => {
    if (!(ROLES as readonly string[]).includes(role)) throw new Error(`未知角色：${role}`);
    return role as Role;
  });
  const config = loadConfig();
  const logger = createLogger('warn');
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    statementTimeoutMs: 60_000,
    logger,
  });
  try {
    await runPendingMigrations(database, logger);
    const password = initialPassword();
    await database.dataSource.transaction(async (manager) => {
      const department = values.department ? await manager.findOneBy(Department, { code: values.department }) : null;
      if (values.department && !department) throw new Error(`处室代码不存在：${values.department}`);
      const grants = roles.map((role) => ({ role, departmentId: isDepartmentScopedRole(role) ? (department?.id ?? null) : null }));
      assertGrantsValid(grants);
      if (await manager.existsBy(User, { username })) throw new Error(`用户名已存在：${username}`);
      const now = new Date();
      const user = await manager.save(
        manager.create(User, {
          username,
          displayName: values.name!,
          departmentId: department?.id ?? null,
          phone: null,
          email: null,
          passwordHash: await hashPassword(password),
          mustChangePassword: true,
          passwordChangedAt: null,
          totpEnabled: false,
          isDemo: false,
          isActive: true,
          createdAt: now,
          updatedAt: now,
        }),
      );
      for (const grant of grants) await manager.insert(RoleGrant, { userId: user.id, ...grant, grantedById: null, createdAt: now });
      await appendAudit(manager, {
        at: now,
        actor: { kind: 'anonymous' },
        action: 'System.createUserFromCommandLine',
        outcome: 'SUCCESS',
        entityType: 'User',
        entityId: user.id,
        changes: { username, roles },
      });
    });
    process.stdout.write(`已创建 ${username}（${roles.join(', ')}）。初始密码（仅显示这一次，首次登录须修改）：${password}\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`创建失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
