import type { Request } from 'express';
import { parse as parseCookie } from 'cookie';
import { isSessionExpired, type Actor, type FineGrainedPermission, type Grant, type SessionStage, type TokenScope } from '@gdp/domain';
import type { AppServices } from '../../services.js';
import { API_TOKEN_PREFIX, SESSION_TOKEN_PREFIX, sha256Hex } from './credentials.js';

export const SESSION_COOKIE = 'gdp_session';
/** lastSeenAt is written at most this often, so reads do not all become writes. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface Authentication {
  actor: Actor;
  /** External tokens: requests allowed per minute. */
  rateLimitPerMinute?: number;
  sessionId?: string;
  credentialProblem?: { reason: string; message: string };
}

const ANONYMOUS: Actor = { kind: 'anonymous' };

export function readCredential(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  const cookies = req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  return cookies[SESSION_COOKIE];
}

interface SessionRow {
  session_id: string;
  stage: SessionStage;
  created_at: Date;
  last_seen_at: Date;
  user_id: string;
  username: string;
}

/** Resolves who is calling from the session cookie or bearer credential; any replica can do it. */
export async function authenticate(services: AppServices, credential: string | undefined): Promise<Authentication> {
  if (!credential) return { actor: ANONYMOUS };
  const { dataSource } = services.db;
  const now = services.clock.now();

  if (credential.startsWith(API_TOKEN_PREFIX)) {
    const [token] = (await dataSource.query(
      `SELECT id, name, scopes, rate_limit_per_minute FROM api_token
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [sha256Hex(credential), now],
    )) as Array<{ id: string; name: string; scopes: TokenScope[]; rate_limit_per_minute: number }>;
    if (!token) return { actor: ANONYMOUS, credentialProblem: { reason: 'AUTH.TOKEN_INVALID', message: '令牌无效、已过期或已撤销' } };
    return {
      actor: { kind: 'token', tokenId: token.id, name: token.name, scopes: token.scopes },
      rateLimitPerMinute: token.rate_limit_per_minute,
    };
  }

  if (!credential.startsWith(SESSION_TOKEN_PREFIX)) {
    return { actor: ANONYMOUS, credentialProblem: { reason: 'AUTH.CREDENTIAL_INVALID', message: '登录凭据无效，请重新登录' } };
  }
  const [row] = (await dataSource.query(
    `SELECT s.id AS session_id, s.stage, s.created_at, s.last_seen_at, u.id AS user_id, u.username
       FROM session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.is_active`,
    [sha256Hex(credential)],
  )) as SessionRow[];
  if (!row) {
    return { actor: ANONYMOUS, credentialProblem: { reason: 'AUTH.SESSION_ENDED', message: '登录已失效，请重新登录' } };
  }
  const policy = { idleTimeoutMinutes: services.config.sessionIdleMinutes, sessionMaxHours: 12 };
  if (isSessionExpired({ lastSeenAt: row.last_seen_at, createdAt: row.created_at }, now, policy)) {
    await dataSource.query(
      `UPDATE session SET ended_at = $2, end_reason = 'IDLE_TIMEOUT' WHERE id = $1 AND ended_at IS NULL`,
      [row.session_id, now],
    );
    return {
      actor: ANONYMOUS,
      credentialProblem: {
        reason: 'AUTH.SESSION_EXPIRED',
        message: `长时间未操作（超过 ${services.config.sessionIdleMinutes} 分钟），已自动退出，请重新登录`,
      },
    };
  }
  if (now.getTime() - row.last_seen_at.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await dataSource.query('UPDATE session SET last_seen_at = $2 WHERE id = $1', [row.session_id, now]);
  }
  const grants = (await dataSource.query(
    `SELECT 'role' AS kind, role AS name, department_id FROM role_grant WHERE user_id = $1
     UNION ALL
     SELECT 'permission', permission, NULL FROM permission_grant WHERE user_id = $1`,
    [row.user_id],
  )) as Array<{ kind: 'role' | 'permission'; name: string; department_id: string | null }>;
  return {
    sessionId: row.session_id,
    actor: {
      kind: 'staff',
      userId: row.user_id,
      username: row.username,
      stage: row.stage,
      grants: grants
        .filter((grant) => grant.kind === 'role')
        .map((grant): Grant => ({ role: grant.name as Grant['role'], departmentId: grant.department_id })),
      permissions: grants.filter((grant) => grant.kind === 'permission').map((grant) => grant.name as FineGrainedPermission),
    },
  };
}
