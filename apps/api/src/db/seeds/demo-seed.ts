import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDepartmentScopedRole, ROLES, ROLE_LABELS, type DepartmentKind, type Role } from '@gdp/domain';
import { Department } from '../../modules/organisation/department.entity.js';
import { RoleGrant } from '../../modules/organisation/grant.entity.js';
import { User } from '../../modules/organisation/user.entity.js';
import { hashPassword, verifyPassword } from '../../modules/auth/credentials.js';
import { appendAudit } from '../../shared/audit/audit-writer.js';
import type { AppServices } from '../../services.js';
import { seedBureauRules } from './bureau-rules.js';
import { seedDemoApplications } from '../../modules/application/index.js';
import { seedDemoMeetings } from '../../modules/meeting/index.js';

/** The bureau's 办公室 and 处室 (a municipal culture, radio, TV and tourism bureau). */
export const DEMO_DEPARTMENTS: ReadonlyArray<{ code: string; name: string; kind: DepartmentKind }> = [
  { code: 'BGS', name: '办公室', kind: 'OFFICE' },
  { code: 'ZCFG', name: '政策法规处', kind: 'DIVISION' },
  { code: 'GGFW', name: '公共服务处', kind: 'DIVISION' },
  { code: 'YSC', name: '艺术处', kind: 'DIVISION' },
  { code: 'CYFZ', name: '产业发展处', kind: 'DIVISION' },
  { code: 'SCGL', name: '市场管理处', kind: 'DIVISION' },
  { code: 'ZYKF', name: '资源开发处', kind: 'DIVISION' },
  { code: 'GBDS', name: '广播电视处', kind: 'DIVISION' },
  { code: 'WWBH', name: '文物保护处', kind: 'DIVISION' },
  { code: 'RSC', name: '人事处', kind: 'DIVISION' },
  { code: 'ZFZD', name: '文化市场综合行政执法支队', kind: 'AFFILIATED_UNIT' },
];

/** Department of the demo users whose roles are department-scoped. */
const DEMO_DEPARTMENT_CODE = 'ZCFG';

export const demoUsername = (role: Role) => `demo.${role.toLowerCase().replaceAll('_', '-')}`;

export interface DemoCredentials {
  password: string;
  users: Array<{ username: string; role: Role; label: string }>;
}

async function demoPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'demo-password.txt');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    // Random per installation: a demo left reachable on a network does not share a published password.
    const password = `Demo-${randomBytes(6).toString('base64url')}7a`;
    await mkdir(dataDir, { recursive: true });
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
    return password;
  }
}

/**
 * Demo mode: departments, one user per role and the bureau's 11 rules exist (created once, when absent). Outside demo mode no demo user can
 * act: they are deactivated and their sessions ended.
 */
export async function applyDemoPolicy(services: AppServices): Promise<DemoCredentials | null> {
  const { db, clock, config, logger } = services;
  if (!config.demoMode) {
    const [{ deactivated }] = (await db.dataSource.query(
      `WITH off AS (UPDATE app_user SET is_active = false WHERE is_demo AND is_active RETURNING id),
            ended AS (UPDATE session SET ended_at = $1, end_reason = 'DEMO_DISABLED'
                       WHERE user_id IN (SELECT id FROM off) AND ended_at IS NULL RETURNING id)
       SELECT (SELECT count(*) FROM off)::int AS deactivated`,
      [clock.now()],
    )) as Array<{ deactivated: number }>;
    if (deactivated > 0) logger.warn({ deactivated }, '非演示模式：已停用演示账号');
    return null;
  }
  const password = await demoPassword(config.dataDir);
  const users: DemoCredentials['users'] = [];
  await db.dataSource.transaction(async (manager) => {
    const now = clock.now();
    let created = 0;
    for (const [index, department] of DEMO_DEPARTMENTS.entries()) {
      if (await manager.existsBy(Department, { code: department.code })) continue;
      await manager.insert(Department, { ...department, sortOrder: index * 10, phone: null, isActive: true, createdAt: now, updatedAt: now });
      created += 1;
    }
    const home = await manager.findOneByOrFail(Department, { code: DEMO_DEPARTMENT_CODE });
    const passwordHash = await hashPassword(password);
    for (const role of ROLES) {
      const username = demoUsername(role);
      users.push({ username, role, label: ROLE_LABELS[role] });
      const existing = await manager.findOneBy(User, { username });
      if (existing) {
        // The password file may have been replaced: demo users always sign in with the one shown.
        const passwordMatches = await verifyPassword(existing.passwordHash, password);
        if (!existing.isActive || !passwordMatches) {
          await manager.update(User, { id: existing.id }, { isActive: true, ...(passwordMatches ? {} : { passwordHash }) });
        }
        continue;
      }
      const departmentId = isDepartmentScopedRole(role) ? home.id : null;
      const user = await manager.save(
        manager.create(User, {
          username,
          displayName: `演示${ROLE_LABELS[role]}`,
          departmentId: departmentId ?? (role === 'GENERAL_OFFICE' ? (await manager.findOneByOrFail(Department, { code: 'BGS' })).id : null),
          phone: null,
          email: null,
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: null,
          totpEnabled: false,
          isDemo: true,
          isActive: true,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await manager.insert(RoleGrant, { userId: user.id, role, departmentId, grantedById: null, createdAt: now });
      created += 1;
    }
    // The seed's 11 rules: the rules library's first entries (SPEC M11).
    created += await seedBureauRules(manager, now);
    // A few disclosure applications in different stages (SPEC M6), for the application handler's console.
    created += await seedDemoApplications(manager, services);
    // Representatives and a planned meeting (SPEC M8), for the meeting organizer's console.
    created += await seedDemoMeetings(manager, services);
    if (created > 0) {
      await appendAudit(manager, { at: now, actor: { kind: 'anonymous' }, action: 'System.seedDemoData', outcome: 'SUCCESS', changes: { created } });
    }
  });
  return { password, users };
}

/** The terminal banner of demo mode; written to stderr, outside the JSON log. */
export function demoBanner(url: string, credentials: DemoCredentials): string {
  const width = Math.max(...credentials.users.map((user) => user.username.length));
  const lines = [
    '',
    '================ 政务公开管理平台 · 演示模式 ================',
    `控制台：${url}/    GraphQL：${url}/graphql`,
    `演示账号（密码均为 ${credentials.password}；演示账号免首次改密和动态验证码）：`,
    ...credentials.users.map((user) => `  ${user.username.padEnd(width)}  ${user.label}`),
    '演示模式请勿用于生产环境。',
    '==============================================================',
    '',
  ];
  return lines.join('\n');
}
