import { REVIEW_ACTION_LABELS, REVIEW_OUTCOME_LABELS, WITHHOLDING_REASON_LABELS } from '@gdp/domain';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useConsoleBrowser } from './support/browser.js';
import { button, expectChinesePage, field, openConsole } from './support/console.js';
import { documentFlow, personOf } from './support/document-flow.js';

const { baseUrl, runId, accounts, publicApiToken } = inject('e2e');

const drafter = personOf(accounts.drafter, `Gdp-E2e-${runId}-Dr!1`);
const officer = personOf(accounts.confidentialityOfficer, `Gdp-E2e-${runId}-Bm!1`);
const publisher = personOf(accounts.publisher, `Gdp-E2e-${runId}-Fb!1`);
const head = personOf(accounts.documentHead, `Gdp-E2e-${runId}-Dh!1`);

const { signInAs, pickOption, expectOk, openStep, createDocument, confirmStep, reviewStep, ...flow } =
  documentFlow(baseUrl, runId);
const signAndSubmit = (page: Page, documentPath: string) =>
  flow.signAndSubmit(page, documentPath, head, drafter);
const approveNamingPublisher = (page: Page) => flow.approveNamingPublisher(page, publisher);

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
