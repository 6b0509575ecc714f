import { CALENDAR_OVERRIDE_KIND_LABELS } from '@gdp/domain';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import {
  button,
  changeInitialPassword,
  expectAlert,
  expectChinesePage,
  expectDashboard,
  graphqlResponse,
  openConsole,
  submitPassword,
} from './support/console.js';

const { baseUrl, runId, accounts } = inject('e2e');

/** The year after the official holiday data ends (chinese-days 1.5.7 has 2004–2026): provisional until confirmed. */
const PROVISIONAL_YEAR = 2027;
const DAY_OFF = '2027-01-04';
const DAY_OFF_TEXT = '2027年1月4日';

type Step = 'signedIn' | 'dayOff' | 'confirmed';
const passed = new Set<Step>();
function needs(context: { skip: (condition: boolean, note?: string) => void }, ...steps: Step[]) {
  const missing = steps.filter((step) => !passed.has(step));
  context.skip(missing.length > 0, `an earlier flow failed (${missing.join(', ')})`);
}

/**
 * The general office keeps the working-day calendar and reads the deadline dashboard: a provisional year,
 * a day off entered (with the report of the deadlines it moved), the year confirmed, then the dashboard.
 * The e2e database has no cases, so no deadline moves and the dashboard is empty: both say so in Chinese.
 */
describe('工作日与时限：办公室维护节假日安排、查看办理时限', () => {
  const browser = useConsoleBrowser('calendar-deadlines');
  const office = { ...accounts.generalOffice, password: `Gdp-E2e-${runId}-0ff1ce!` };
  const note = `元旦后调整${runId}`;

  it('办公室首次登录，工作台显示“办理时限”卡片', async () => {
    const { page } = browser();
    await openConsole(page, baseUrl, '/login');
    await button(page, '登录').waitFor();
    await submitPassword(page, office.username, office.initialPassword);
    await changeInitialPassword(page, office.initialPassword, office.password);
    await expectDashboard(page, office.username);
    const card = page.getByTestId('dashboard-deadlines');
    await card.getByText('办理时限', { exact: true }).waitFor();
    await expect.poll(() => card.getByTestId('deadline-total-open').innerText()).toContain('计时中');
    await card.getByText('当前没有计时中的办理时限').waitFor();
    await expectChinesePage(page);
    passed.add('signedIn');
  });

  it(`节假日安排：${PROVISIONAL_YEAR} 年待确认；登记 1 月 4 日放假，显示受影响的时限；重复登记时错误落在日期上`, async (context) => {
    needs(context, 'signedIn');
    const { page } = browser();
    await page.getByRole('menuitem', { name: '节假日安排' }).click();
    await page.getByTestId('calendar-year-standing').waitFor();
    await expectChinesePage(page);

    await page.getByRole('combobox', { name: '年份' }).click();
    await graphqlResponse(page, 'WorkingDayCalendar', () =>
      page.getByRole('option', { name: `${PROVISIONAL_YEAR} 年`, exact: true }).click(),
    );
    const year = page.getByTestId('calendar-year');
    await year.getByText(`${PROVISIONAL_YEAR} 年`, { exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('calendar-year-standing').innerText()).toBe('待确认（暂定）');
    expect(await page.getByTestId('calendar-year-explanation').innerText()).toContain('暂定');
    await button(page, '确认该年安排').waitFor();
    // The derived New Year's Day of a provisional year is listed as 推算.
    expect(await page.getByTestId(`special-day-${PROVISIONAL_YEAR}-01-01`).innerText()).toContain('推算');
    await expectChinesePage(page);

    await button(page, '登记调整').click();
    const dialog = page.getByTestId('calendar-override-dialog');
    await dialog.getByLabel('日期').fill(DAY_OFF);
    await dialog.getByRole('textbox', { name: '说明', exact: true }).fill(note);
    await expectChinesePage(page);
    await graphqlResponse(page, 'CreateCalendarOverride', () => button(dialog, '保存').click());

    const report = page.getByTestId('calendar-change-report');
    await report.waitFor();
    expect(await report.innerText()).toContain(`已登记调整：${DAY_OFF_TEXT}`);
    expect(await report.getByTestId('moved-deadlines-message').innerText()).toBe('没有计时中的时限受影响');
    await expectChinesePage(page);
    await button(report, '知道了').click();
    await report.waitFor({ state: 'hidden' });

    const row = page.getByRole('row').filter({ hasText: note });
    await row.waitFor();
    expect(await row.innerText()).toContain(DAY_OFF_TEXT);
    expect(await row.innerText()).toContain(CALENDAR_OVERRIDE_KIND_LABELS.OFF);
    await expect.poll(() => page.getByTestId(`special-day-${DAY_OFF}`).innerText()).toContain('本局调整');
    passed.add('dayOff');

    // The same date again: the API's refusal lands on the date field, the dialog stays open.
    await button(page, '登记调整').click();
    await dialog.getByLabel('日期').fill(DAY_OFF);
    await dialog.getByRole('textbox', { name: '说明', exact: true }).fill(`${note}（重复）`);
    await graphqlResponse(page, 'CreateCalendarOverride', () => button(dialog, '保存').click());
    await dialog.getByText('该日期已有调整').waitFor();
    await expectAlert(page, '已有调整');
    await button(dialog, '取消').click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it(`确认 ${PROVISIONAL_YEAR} 年安排：不再暂定`, async (context) => {
    needs(context, 'dayOff');
    const { page } = browser();
    await button(page, '确认该年安排').click();
    const confirm = page.getByRole('dialog').filter({ hasText: `确认 ${PROVISIONAL_YEAR} 年安排` });
    await confirm.getByText('全部录入', { exact: false }).waitFor();
    await expectChinesePage(page);
    await graphqlResponse(page, 'ConfirmCalendarYear', () => button(confirm, '确认').click());

    const report = page.getByTestId('calendar-change-report');
    await report.waitFor();
    expect(await report.innerText()).toContain(`已确认 ${PROVISIONAL_YEAR} 年安排`);
    expect(await report.getByTestId('moved-deadlines-message').innerText()).toBe('没有计时中的时限受影响');
    expect(await report.innerText()).toContain('已确认');
    await button(report, '知道了').click();

    await expect.poll(() => page.getByTestId('calendar-year-standing').innerText()).toBe('已确认');
    expect(await button(page, '确认该年安排').count()).toBe(0);
    await expectChinesePage(page);
    passed.add('confirmed');
  });

  it('撤销调整须确认，撤销后该日恢复推算', async (context) => {
    needs(context, 'dayOff');
    const { page } = browser();
    const row = page.getByRole('row').filter({ hasText: note });
    await button(row, '撤销').click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确定撤销调整' });
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain(DAY_OFF_TEXT);
    await graphqlResponse(page, 'RemoveCalendarOverride', () => button(confirm, '确认').click());
    const report = page.getByTestId('calendar-change-report');
    await report.waitFor();
    expect(await report.innerText()).toContain(`已撤销调整：${DAY_OFF_TEXT}`);
    expect(await report.getByTestId('moved-deadlines-message').innerText()).toBe('没有计时中的时限受影响');
    await button(report, '知道了').click();
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('calendar-overrides-empty').waitFor();
    await expectChinesePage(page);
  });

  it('办理时限：列表、统计和图表（测试库中没有计时中的时限）', async (context) => {
    needs(context, 'signedIn');
    const { page } = browser();
    await graphqlResponse(page, 'DeadlineSummary', () =>
      page.getByRole('menuitem', { name: '办理时限' }).click(),
    );
    const summary = page.getByTestId('deadline-summary');
    await summary.waitFor();
    await summary.getByTestId('deadline-summary-empty').waitFor();
    expect(await summary.getByTestId('deadline-total-overdue').innerText()).toContain('已逾期');
    await summary.getByText('按承办处室', { exact: true }).waitFor();
    await summary.getByText('按承办人', { exact: true }).waitFor();
    // The chart (loaded on demand) with its Chinese empty-state overlay.
    const chart = page.getByTestId('deadline-chart');
    await chart.locator('svg').first().waitFor();
    await chart.getByText('暂无计时中的办理时限').waitFor();
    await page.getByTestId('deadlines-empty').waitFor();
    await expectChinesePage(page);

    // A standing filter from the totals: the list and the summary follow it.
    await graphqlResponse(page, 'Deadlines', () => summary.getByTestId('deadline-total-overdue').click());
    await expect.poll(() => page.url()).toContain('OVERDUE');
    await page.getByTestId('deadlines-empty').waitFor();
    await expectChinesePage(page);
  });
});
