import {
  DOCUMENT_ACTION_LABELS,
  DOCUMENT_PURPOSE_LABELS,
  DOCUMENT_TYPE_LABELS,
  REVIEW_ACTION_LABELS,
  REVIEW_OUTCOME_LABELS,
  WITHHOLDING_REASON_LABELS,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import {
  button,
  changeInitialPassword,
  expectChinesePage,
  expectDashboard,
  field,
  graphqlResponse,
  openConsole,
  signOut,
  submitPassword,
} from './support/console.js';
import type { StaffAccount } from './support/server.js';

const { baseUrl, runId, accounts, publicApiToken } = inject('e2e');

interface Person extends StaffAccount {
  password: string;
}

const drafter: Person = { ...accounts.drafter, password: `Gdp-E2e-${runId}-Dr!1` };
const officer: Person = { ...accounts.confidentialityOfficer, password: `Gdp-E2e-${runId}-Bm!1` };
const publisher: Person = { ...accounts.publisher, password: `Gdp-E2e-${runId}-Fb!1` };
const head: Person = { ...accounts.documentHead, password: `Gdp-E2e-${runId}-Dh!1` };

const changed = new Set<string>();
let signedIn = false;

/** Signs in as `person`: with the initial password the first time (then changed), afterwards the new one. */
async function signInAs(page: Page, person: Person) {
  if (signedIn) {
    await page.keyboard.press('Escape');
    await openConsole(page, baseUrl, '/');
    await signOut(page);
  } else await openConsole(page, baseUrl, '/login');
  await button(page, '登录').waitFor();
  const password = changed.has(person.username) ? person.password : person.initialPassword;
  await submitPassword(page, person.username, password);
  if (!changed.has(person.username)) {
    await changeInitialPassword(page, person.initialPassword, person.password);
    changed.add(person.username);
  }
  await expectDashboard(page, person.username);
  signedIn = true;
}

async function pickOption(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A GraphQL call the page sends on `action`; fails with the API's message when it answered errors. */
async function expectOk(page: Page, operation: string, action: () => Promise<void>) {
  const response = await graphqlResponse(page, operation, action);
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  expect(body.errors?.map((error) => error.message) ?? []).toEqual([]);
  return body.data ?? {};
}

/** A workflow button on the record's page, then its dialog. */
async function openStep(page: Page, label: string): Promise<Locator> {
  await button(page.getByRole('main'), label).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

async function createDocument(page: Page, title: string, body: string): Promise<string> {
  await page.getByRole('menuitem', { name: '公文', exact: true }).click();
  await page.waitForURL(/#\/documents$/);
  await openConsole(page, baseUrl, '/documents/create');
  await field(page, '标题').waitFor();
  await field(page, '标题').fill(title);
  await field(page, '文号').fill(`测试〔2026〕${runId}号`);
  await pickOption(page, page.getByRole('combobox', { name: '文种' }), DOCUMENT_TYPE_LABELS.NOTICE);
  await pickOption(
    page,
    page.getByRole('combobox', { name: '公文用途' }),
    DOCUMENT_PURPOSE_LABELS.VITAL_INTERESTS,
  );
  await field(page, '正文').fill(body);
  await expectChinesePage(page);
  await expectOk(page, 'CreateDocument', () => button(page, '保存').click());
  await page.waitForURL(/#\/documents\/[^/]+\/show$/);
  const path = new URL(page.url()).hash.slice(1);

  // The system proposes 主动公开 for a notice of vital interest; the drafter confirms it as proposed.
  const panel = page.getByTestId('attribute-panel');
  await expect.poll(() => panel.innerText()).toContain('系统建议：主动公开');
  const dialog = await openStep(page, DOCUMENT_ACTION_LABELS.SET_ATTRIBUTE);
  await expectOk(page, 'SetDocumentAttribute', () =>
    button(dialog, DOCUMENT_ACTION_LABELS.SET_ATTRIBUTE).click(),
  );
  await expect.poll(() => panel.innerText()).toContain('已确定：主动公开');
  return path;
}

async function confirmStep(page: Page, label: string, operation: string) {
  const dialog = await openStep(page, label);
  return expectOk(page, operation, () => button(dialog, label).click());
}

/** Signs the document as head, submits it as drafter and answers the review's id. */
async function signAndSubmit(page: Page, documentPath: string): Promise<string> {
  await signInAs(page, head);
  await openConsole(page, baseUrl, documentPath);
  await confirmStep(page, DOCUMENT_ACTION_LABELS.SIGN, 'SignDocument');
  await signInAs(page, drafter);
  await openConsole(page, baseUrl, documentPath);
  const data = (await confirmStep(
    page,
    DOCUMENT_ACTION_LABELS.SUBMIT_FOR_REVIEW,
    'SubmitDocumentForReview',
  )) as {
    submitDocumentForReview: { reviews: { id: string }[] };
  };
  const reviewId = data.submitDocumentForReview.reviews.at(-1)?.id;
  expect(reviewId).toBeTruthy();
  return `/reviews/${reviewId}/show`;
}

async function reviewStep(page: Page, action: 'INITIAL_REVIEW' | 'SECRECY_REVIEW', opinion: string) {
  const label = REVIEW_ACTION_LABELS[action];
  const dialog = await openStep(page, label);
  await field(dialog, '审查意见').fill(opinion);
  await pickOption(page, dialog.getByRole('combobox', { name: '审查结论' }), REVIEW_OUTCOME_LABELS.DISCLOSE);
  await expectOk(page, action === 'INITIAL_REVIEW' ? 'ReviewInitial' : 'ReviewSecrecy', () =>
    button(dialog, label).click(),
  );
}

async function approveNamingPublisher(page: Page) {
  const label = REVIEW_ACTION_LABELS.APPROVE;
  const dialog = await openStep(page, label);
  await field(dialog, '审查意见').fill('同意公开');
  const select = dialog.getByRole('combobox', { name: '信息发布人' });
  await select.click();
  await select.fill(publisher.name);
  await page.getByRole('option', { name: publisher.name, exact: true }).click();
  await expectOk(page, 'ReviewApprove', () => button(dialog, label).click());
}

async function publish(page: Page, reviewPath: string) {
  await signInAs(page, publisher);
  await openConsole(page, baseUrl, reviewPath);
  await confirmStep(page, REVIEW_ACTION_LABELS.PUBLISH, 'ReviewPublish');
}

interface PublicEntry {
  title: string;
  indexNumber: string;
  body: string;
}

/** The public catalog as an external app reads it with its token. */
async function publicEntries(search: string): Promise<PublicEntry[]> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${publicApiToken}` },
    body: JSON.stringify({
      query: `query ($search: String) { publicCatalogEntries(filter: { search: $search }) { items { title indexNumber body } } }`,
      variables: { search },
    }),
  });
  const body = (await response.json()) as {
    data?: { publicCatalogEntries: { items: PublicEntry[] } };
    errors?: { message: string }[];
  };
  expect(body.errors ?? []).toEqual([]);
  return body.data?.publicCatalogEntries.items ?? [];
}

/**
 * From draft to the public catalog (SPEC M2, M3, M5): the drafter drafts a notice and confirms the proposed
 * attribute, the head signs, the review passes its three levels, the named publisher publishes and an
 * external app finds the entry with its index number.
 */
describe('公文：起草、签发、保密审查、发布到公开目录', () => {
  const browser = useConsoleBrowser('documents');
  const title = `关于调整办事大厅开放时间的通知${runId}`;
  const secretPhrase = `联系人身份证号11010519491231${runId.slice(0, 4)}`;
  const partialTitle = `关于公布补助发放名单的通知${runId}`;

  it('全部公开：信息制作人员起草并上传附件，处室负责人签发，三级审查后由信息发布人发布', async () => {
    const { page } = browser();
    await signInAs(page, drafter);
    const documentPath = await createDocument(
      page,
      title,
      `自下月起，办事大厅开放时间调整为 8:30–17:30。（${runId}）`,
    );

    const pdf = Buffer.from(
      `%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    );
    await expectOk(page, 'UploadDocumentAttachment', () =>
      page
        .getByTestId('attachment-file-input')
        .setInputFiles({ name: '开放时间调整.pdf', mimeType: 'application/pdf', buffer: pdf }),
    );
    await page.getByTestId('document-content').getByText('开放时间调整.pdf').waitFor();

    const reviewPath = await signAndSubmit(page, documentPath);
    await openConsole(page, baseUrl, reviewPath);
    await reviewStep(page, 'INITIAL_REVIEW', '不涉及国家秘密和工作秘密，建议公开');

    await signInAs(page, officer);
    await openConsole(page, baseUrl, reviewPath);
    await reviewStep(page, 'SECRECY_REVIEW', '经审查可以公开');

    await signInAs(page, head);
    await openConsole(page, baseUrl, reviewPath);
    await approveNamingPublisher(page);

    await publish(page, reviewPath);
    await expectChinesePage(page);

    const entries = await publicEntries(title);
    const entry = entries.find((item) => item.title === title);
    expect(entry?.indexNumber).toMatch(/\S+/);
  });

  it('部分公开：保密员区分处理（去掉个人隐私），负责人对照原件审批，公开的是区分处理后的正文', async () => {
    const { page } = browser();
    await signInAs(page, drafter);
    const original = `补助发放名单见附件。${secretPhrase}，如有异议请在公示期内反映。`;
    const redacted = '补助发放名单见附件。如有异议请在公示期内反映。';
    const documentPath = await createDocument(page, partialTitle, original);
    const reviewPath = await signAndSubmit(page, documentPath);
    await openConsole(page, baseUrl, reviewPath);
    await reviewStep(page, 'INITIAL_REVIEW', '建议公开');

    await signInAs(page, officer);
    await openConsole(page, baseUrl, reviewPath);
    const label = REVIEW_ACTION_LABELS.SECRECY_REVIEW;
    const dialog = await openStep(page, label);
    await field(dialog, '审查意见').fill('含个人隐私，区分处理后公开');
    await pickOption(page, dialog.getByRole('combobox', { name: '审查结论' }), REVIEW_OUTCOME_LABELS.PARTIAL);
    await pickOption(
      page,
      dialog.getByRole('combobox', { name: '不予公开理由' }),
      WITHHOLDING_REASON_LABELS.PERSONAL_PRIVACY,
    );
    await page.keyboard.press('Escape');
    await field(dialog, '依据').fill('《中华人民共和国政府信息公开条例》第十五条');
    await field(dialog, '区分处理后的正文').fill(redacted);
    await expectOk(page, 'PrepareRedactedVersion', () => button(dialog, '生成区分处理版本').click());
    await dialog.getByText('区分处理版本 ', { exact: false }).first().waitFor();
    await expectOk(page, 'ReviewSecrecy', () => button(dialog, label).click());

    // The head sees the original and the redacted version side by side before approving.
    await signInAs(page, head);
    await openConsole(page, baseUrl, reviewPath);
    const original$ = page.getByTestId('review-original');
    const redacted$ = page.getByTestId('review-redacted');
    await expect.poll(() => original$.innerText()).toContain(secretPhrase);
    await expect.poll(() => redacted$.first().innerText()).toContain(redacted);
    expect(await redacted$.first().innerText()).not.toContain(secretPhrase);
    const [originalBox, redactedBox] = [await original$.boundingBox(), await redacted$.first().boundingBox()];
    expect(originalBox && redactedBox && Math.abs(originalBox.y - redactedBox.y) < 5).toBe(true);
    expect(redactedBox!.x).toBeGreaterThan(originalBox!.x);
    await approveNamingPublisher(page);

    await publish(page, reviewPath);

    const entries = await publicEntries(partialTitle);
    const entry = entries.find((item) => item.title === partialTitle);
    expect(entry?.indexNumber).toMatch(/\S+/);
    expect(entry?.body).toContain(redacted);
    expect(entry?.body).not.toContain(secretPhrase);
  });
});
