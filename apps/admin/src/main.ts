import { ROLE_LABELS } from '@gdp/domain';
import { describeServer, type ServerInfo } from './server-status.js';

/** A placeholder page until the react-admin console lands: shows that the API answers, and in which mode. */
async function showStatus() {
  const status = document.querySelector('#status');
  if (!status) return;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { name demoMode } }' }),
    });
    const body = (await response.json()) as { data?: { serverInfo: ServerInfo } };
    status.textContent = body.data ? describeServer(body.data.serverInfo) : '服务暂不可用';
  } catch {
    status.textContent = '无法连接服务';
  }
  const roles = document.createElement('p');
  roles.textContent = `角色：${Object.values(ROLE_LABELS).join('、')}`;
  status.after(roles);
}

void showStatus();
