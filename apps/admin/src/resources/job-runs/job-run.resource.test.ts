import { describe, expect, it } from 'vitest';
import { createConsoleProviders } from '../../providers/console-providers';
import { jobRunOutcomeLabel, jobRunSummaryText } from './job-run.resource';

interface Call {
  operationName: string;
  variables: Record<string, unknown>;
}

const run = {
  __typename: 'JobRun',
  id: 'deadline.mark-overdue/2026-11-26',
  jobName: 'deadline.mark-overdue',
  label: '标记逾期期限',
  schedule: '每天 00:05（北京时间）',
  slot: '2026-11-26',
  startedAt: '2026-11-25T16:05:00.000Z',
  finishedAt: '2026-11-25T16:05:01.000Z',
  outcome: 'SUCCEEDED',
  summary: { marked: 3 },
  replica: 'api-1:4242',
};

describe('job runs in the console', () => {
  it('lists through jobRuns(filter, page), sending only the filters the API knows and no sort', async () => {
    const calls: Call[] = [];
    const { dataProvider } = createConsoleProviders({
      uri: 'http://console.test/graphql',
      fetch: (async (_url: RequestInfo | URL, init?: RequestInit) => {
        calls.push(JSON.parse(String(init?.body)) as Call);
        const body = { data: { jobRuns: { __typename: 'JobRunPage', total: 1, items: [run] } } };
        return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      }) as typeof fetch,
    });
    const result = await dataProvider.getList('jobRuns', {
      pagination: { page: 2, perPage: 50 },
      sort: { field: 'startedAt', order: 'ASC' },
      filter: { jobName: 'deadline.mark-overdue', outcome: '', q: 'x' },
    });
    expect(calls.map((call) => [call.operationName, call.variables])).toEqual([
      ['JobRuns', { filter: { jobName: 'deadline.mark-overdue' }, page: { page: 2, perPage: 50 } }],
    ]);
    expect(result).toMatchObject({
      total: 1,
      data: [{ id: 'deadline.mark-overdue/2026-11-26', label: '标记逾期期限' }],
    });
    await expect(dataProvider.getOne('jobRuns', { id: run.id })).rejects.toMatchObject({ status: 403 });
  });

  it('shows summaries and outcomes in zh-CN', () => {
    expect(jobRunSummaryText({ claimed: 4, sent: 3, retrying: 1, failed: 0 })).toBe(
      '取出待发 4，已发送 3，待重试 1，发送失败 0',
    );
    expect(jobRunSummaryText({ year: 2027, opened: true, closed: 0 })).toBe(
      '待确认年度 2027，新建待办 是，关闭待办 0',
    );
    expect(jobRunSummaryText({ error: 'QueryFailedError', code: '40001', unknownKey: null })).toBe(
      '错误类别 QueryFailedError，错误代码 40001，unknownKey —',
    );
    expect(jobRunSummaryText(null)).toBe('');
    expect(jobRunOutcomeLabel('FAILED')).toBe('失败');
    expect(jobRunOutcomeLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
