import {
  DOCUMENT_ACTION_LABELS,
  DOCUMENT_PURPOSE_LABELS,
  DOCUMENT_TYPE_LABELS,
  REVIEW_ACTION_LABELS,
  REVIEW_OUTCOME_LABELS,
} from '@gdp/domain';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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
} from './console.js';
import type { StaffAccount } from './server.js';

export interface Person extends StaffAccount {
  password: string;
}

/** A member of staff with the password the suite sets on their first sign-in. */
export const personOf = (account: StaffAccount, password: string): Person => ({ ...account, password });

/**
 * What the people of a document's chain do in the console (SPEC M2, M3), for one browser file: sign in
 * (the initial password changed the first time), draft, confirm the attribute, sign, submit, review and
 * publish — fields and buttons by their Chinese labels.
 */
export function documentFlow(baseUrl: string, runId: string) {
  const changed = new Set<string>();
  let signedIn = false;

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
    const body = (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string }[];
    };
    expect(body.errors?.map((error) => error.message) ?? []).toEqual([]);
    return body.data ?? {};
  }

  /** A workflow button on the record's page, then its dialog. */
  async function openStep(
    page: Page,
    label: string,
    scope: Locator = page.getByRole('main'),
  ): Promise<Locator> {
    await button(scope, label).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    return dialog;
  }

  /** Drafts a notice of vital interest (`fill` adds fields, e.g. co-departments) and confirms 主动公开. */
  async function createDocument(
    page: Page,
    title: string,
    body: string,
    fill: (page: Page) => Promise<void> = async () => {},
  ): Promise<string> {
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
    await fill(page);
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

  /** Signs the document as `head`, submits it as `drafter` and answers the review's page. */
  async function signAndSubmit(
    page: Page,
    documentPath: string,
    head: Person,
    drafter: Person,
  ): Promise<string> {
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
    await pickOption(
      page,
      dialog.getByRole('combobox', { name: '审查结论' }),
      REVIEW_OUTCOME_LABELS.DISCLOSE,
    );
    await expectOk(page, action === 'INITIAL_REVIEW' ? 'ReviewInitial' : 'ReviewSecrecy', () =>
      button(dialog, label).click(),
    );
  }

  async function approveNamingPublisher(page: Page, publisher: Person) {
    const label = REVIEW_ACTION_LABELS.APPROVE;
    const dialog = await openStep(page, label);
    await field(dialog, '审查意见').fill('同意公开');
    const select = dialog.getByRole('combobox', { name: '信息发布人' });
    await select.click();
    await select.fill(publisher.name);
    await page.getByRole('option', { name: publisher.name, exact: true }).click();
    await expectOk(page, 'ReviewApprove', () => button(dialog, label).click());
  }

  return {
    signInAs,
    pickOption,
    expectOk,
    openStep,
    createDocument,
    confirmStep,
    signAndSubmit,
    reviewStep,
    approveNamingPublisher,
  };
}
