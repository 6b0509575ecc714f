import {
  CONSULTATION_ACTION_LABELS,
  CONSULTATION_USE_LABELS,
  DOCUMENT_STATE_LABELS,
  REVIEW_ACTION_LABELS,
  TASK_KIND_LABELS,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import { button, expectChinesePage, field, openConsole } from './support/console.js';
import { documentFlow, personOf } from './support/document-flow.js';

const { baseUrl, runId, accounts, coDepartment, consultedAgency } = inject('e2e');

const drafter = personOf(accounts.consultDrafter, `Gdp-E2e-${runId}-Zd!1`);
const officer = personOf(accounts.consultOfficer, `Gdp-E2e-${runId}-Zo!1`);
const publisher = personOf(accounts.consultPublisher, `Gdp-E2e-${runId}-Zp!1`);
const head = personOf(accounts.consultHead, `Gdp-E2e-${runId}-Zh!1`);
const coHead = personOf(accounts.coDepartmentHead, `Gdp-E2e-${runId}-Hh!1`);

const {
  signInAs,
  expectOk,
  openStep,
  createDocument,
  confirmStep,
  reviewStep,
  signAndSubmit,
  approveNamingPublisher,
} = documentFlow(baseUrl, runId);

const LETTER = {
  basicFacts: `拟主动公开《关于开展文旅市场联合检查的通知》，涉及贵局的检查职责（${runId}）`,
  opinion: '本局拟主动公开',
  basis: '《中华人民共和国政府信息公开条例》第二十条',
};

/** The send dialog on the document's page: use, consultee, and the letter's three parts [seed §3-2(2)]. */
async function sendConsultation(
  page: Page,
  panel: Locator,
  use: 'AGENCY_RELEASE' | 'CO_DEPARTMENT_CONSENT',
  consultee: string,
) {
  const dialog = await openStep(page, '发出征求意见', panel);
  await dialog.getByRole('radio', { name: CONSULTATION_USE_LABELS[use] }).check();
  await dialog.getByRole('checkbox', { name: consultee }).check();
  await field(dialog, '拟公开政府信息基本情况').fill(LETTER.basicFacts);
  await field(dialog, '本机关的意见').fill(LETTER.opinion);
  await field(dialog, '意见的依据').fill(LETTER.basis);
  await expectChinesePage(page);
  await expectOk(page, 'SendConsultation', () => button(dialog, '发出').click());
  await panel.getByTestId('consultation-row').filter({ hasText: consultee }).waitFor();
}

/**
 * Release coordination (SPEC M4, [seed §3-2, §4-8]): a notice involving another agency and drafted with a
 * co-department. The agency's written agreement is recorded before 签发; the review passes; publication waits
 * until the co-department's head consents from their 待办 — then the publisher publishes.
 */
describe('征求意见与会办：征求其他行政机关意见后签发，会办处室负责人同意后才能发布', () => {
  const browser = useConsoleBrowser('consultations');
  const title = `关于开展文旅市场联合检查的通知${runId}`;

  it('其他行政机关书面同意、会办处室负责人同意后，信息发布人才能发布', async () => {
    const { page } = browser();
    await signInAs(page, drafter);
    const documentPath = await createDocument(
      page,
      title,
      `联合检查安排见正文。（${runId}）`,
      async (form) => {
        const coDepartments = form.getByRole('combobox', { name: '会办处室' });
        await coDepartments.click();
        await coDepartments.fill(coDepartment.name);
        await form.getByRole('option', { name: coDepartment.name, exact: true }).click();
        await form.keyboard.press('Escape');
      },
    );

    const panel = page.getByTestId('consultation-panel');
    await sendConsultation(page, panel, 'AGENCY_RELEASE', consultedAgency.name);
    await sendConsultation(page, panel, 'CO_DEPARTMENT_CONSENT', coDepartment.name);
    const blocker = page.getByTestId('publication-blocker');
    await expect.poll(() => blocker.innerText()).toContain(coDepartment.name);

    // The agency's written reply, recorded by the drafter: it agrees.
    const agencyRow = panel.getByTestId('consultation-row').filter({ hasText: consultedAgency.name });
    const reply = await openStep(page, CONSULTATION_ACTION_LABELS.RECORD_REPLY, agencyRow);
    await field(reply, '答复内容').fill('经研究，同意公开');
    await expectOk(page, 'RecordConsultationReply', () =>
      button(reply, CONSULTATION_ACTION_LABELS.RECORD_REPLY).click(),
    );
    await expect.poll(() => agencyRow.innerText()).toContain('同意');

    // 签发 is offered now that no agency consultation is open; then the three levels of review.
    const reviewPath = await signAndSubmit(page, documentPath, head, drafter);
    await openConsole(page, baseUrl, reviewPath);
    await reviewStep(page, 'INITIAL_REVIEW', '不涉及国家秘密，建议公开');
    await signInAs(page, officer);
    await openConsole(page, baseUrl, reviewPath);
    await reviewStep(page, 'SECRECY_REVIEW', '经审查可以公开');
    await signInAs(page, head);
    await openConsole(page, baseUrl, reviewPath);
    await approveNamingPublisher(page, publisher);

    // The publisher sees why the document cannot be published yet: the co-department has not consented.
    await signInAs(page, publisher);
    await openConsole(page, baseUrl, documentPath);
    await expect.poll(() => page.getByTestId('publication-blocker').innerText()).toContain(coDepartment.name);

    // The co-department's head finds the request in 待办, opens the document and consents.
    await signInAs(page, coHead);
    await page.getByRole('menuitem', { name: '待办', exact: true }).click();
    const task = page.locator('.RaDatagrid-root').getByRole('row').filter({ hasText: title });
    await task.first().waitFor();
    expect(await task.first().innerText()).toContain(TASK_KIND_LABELS.CO_DEPARTMENT_CONSENT);
    await task.first().getByRole('link', { name: '查看', exact: true }).click();
    await page.waitForURL(new RegExp(`#${documentPath.replaceAll('/', '\\/')}$`));
    const coRow = page
      .getByTestId('consultation-panel')
      .getByTestId('consultation-row')
      .filter({ hasText: coDepartment.name });
    const consent = await openStep(page, CONSULTATION_ACTION_LABELS.CONSENT, coRow);
    await field(consent, '意见（可不填）').fill('同意公开');
    await expectOk(page, 'GiveCoDepartmentConsent', () =>
      button(consent, CONSULTATION_ACTION_LABELS.CONSENT).click(),
    );
    await expect.poll(() => coRow.innerText()).toContain('同意');
    await expectChinesePage(page);

    // Now the publisher publishes.
    await signInAs(page, publisher);
    await openConsole(page, baseUrl, reviewPath);
    await confirmStep(page, REVIEW_ACTION_LABELS.PUBLISH, 'ReviewPublish');
    await openConsole(page, baseUrl, documentPath);
    await page.getByText(DOCUMENT_STATE_LABELS.PUBLISHED, { exact: true }).waitFor();
    expect(await page.getByTestId('publication-blocker').count()).toBe(0);
  });
});
