import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { User } from '../../src/modules/organisation/user.entity.js';
import { createApiToken, createDepartment, signedIn } from '../support/factories.js';
import { pdfBytes } from '../support/document-fixtures.js';
import { firstError, type GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';

/**
 * Replies that supply information (SPEC M3/M5/M6): the handler sends what is to be supplied to the
 * confidentiality review of the department holding it (level 1 the handler, levels 2–3 that department's
 * officer and head), supplies the approved version, and the applicant alone reads it through their code.
 */

type Row = Record<string, any>;
type Staff = { client: GraphQLClient; user: User };

const TODAY = TEST_START.slice(0, 10);
const APPLICATION_FIELDS = `id caseNumber state resultCode replyDate withholdingReasons version availableActions
  events { action fromState toState onDate note } replyLetter { paragraphs }
  deadlines { kind state } supplyReview { id state version }`;
const REGISTER = `mutation Register($input: ApplicationIntakeInput!) {
  registerApplication(input: $input) { accessCode application { ${APPLICATION_FIELDS} } } }`;
const ONE = `query One($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;
const SUBMIT = `mutation Submit($id: ID!, $version: Int!, $input: SubmitApplicationReplyForReviewInput!) {
  submitApplicationReplyForReview(id: $id, version: $version, input: $input) { ${APPLICATION_FIELDS} } }`;
const SUPPLY = `mutation Supply($id: ID!, $version: Int!) { supplyApplicationReply(id: $id, version: $version) { ${APPLICATION_FIELDS} } }`;
const REVIEW = `query Review($id: ID!) { review(id: $id) { id state version owningDepartmentId availableActions
  supplyVersions { id kind text basedOnId files { id fileName contentBase64 } } } }`;
const SECRECY = `mutation Secrecy($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!, $outcome: ReviewOutcomeInput!) {
  reviewSecrecy(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion, outcome: $outcome) { id state version } }`;
const APPROVE = `mutation Approve($id: ID!, $version: Int!, $contentVersionId: ID!, $opinion: String!) {
  reviewApprove(id: $id, version: $version, contentVersionId: $contentVersionId, opinion: $opinion) { id state version } }`;
const RETURN = `mutation Return($id: ID!, $version: Int!, $opinion: String!) { reviewReturn(id: $id, version: $version, opinion: $opinion) { id state version } }`;
const REDACT = `mutation Redact($reviewId: ID!, $reviewVersion: Int!, $input: ApplicationSupplyRedactionInput!) {
  prepareApplicationSupplyRedaction(reviewId: $reviewId, reviewVersion: $reviewVersion, input: $input) { id kind text } }`;
const STATUS = `query Status($caseNumber: String!, $accessCode: String!) { applicationStatus(caseNumber: $caseNumber, accessCode: $accessCode) {
  state replyLetter { paragraphs } suppliedContent { text files { id fileName contentType sizeBytes contentBase64 } } } }`;
const PUBLIC_LIST = `query List($filter: PublicCatalogEntryFilter) { publicCatalogEntries(filter: $filter) { total } }`;

const DISCLOSE = { outcome: 'DISCLOSE', reasons: [], basis: null };

describe('replies that supply information (提供信息送保密审查)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let handler: Staff;
  let officer: Staff;
  let head: Staff;
  let otherOfficer: Staff;
  let otherHead: Staff;
  let drafter: Staff;
  let holdingDepartmentId: string;
  let portal: GraphQLClient;
  let publicReader: GraphQLClient;
  let publicToken: string;
  let portalIp = 0;
  const forwarded = () => {
    portal.forwardedFor = `198.51.100.${(portalIp += 1) % 250}`;
    return portal;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    await createDepartment(ds, { kind: 'OFFICE', name: '办公室（依申请公开）' });
    const holding = await createDepartment(ds);
    const other = await createDepartment(ds);
    holdingDepartmentId = holding.id;
    handler = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
    officer = await signedIn(testApp, {
      roles: [{ role: 'CONFIDENTIALITY_OFFICER', departmentId: holding.id }],
    });
    head = await signedIn(testApp, { roles: [{ role: 'DEPARTMENT_HEAD', departmentId: holding.id }] });
    otherOfficer = await signedIn(testApp, {
      roles: [{ role: 'CONFIDENTIALITY_OFFICER', departmentId: other.id }],
    });
    otherHead = await signedIn(testApp, { roles: [{ role: 'DEPARTMENT_HEAD', departmentId: other.id }] });
    drafter = await signedIn(testApp, { roles: [{ role: 'DRAFTER', departmentId: holding.id }] });
    portal = testApp.client().withBearer((await createApiToken(ds, ['applications:submit'])).token);
    publicToken = (await createApiToken(ds, ['public:read'])).token;
    publicReader = testApp.client().withBearer(publicToken);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  let serial = 0;
  async function register(): Promise<{ application: Row; accessCode: string }> {
    serial += 1;
    const { registerApplication } = await handler.client.ok(REGISTER, {
      input: {
        channel: 'REGISTERED_POST',
        arrivedDate: TODAY,
        receivedDate: TODAY,
        applicant: {
          applicantType: 'NATURAL_PERSON',
          name: `申请人${serial}`,
          idType: 'PASSPORT',
          idNumber: `E${String(10000000 + serial)}`,
          phone: null,
          email: `a${serial}@example.cn`,
          postalAddress: '湖州市某区某路 1 号',
          postalCode: '313000',
        },
        description: `2026 年本局专项资金分配结果（第 ${serial} 件）`,
        deliveryForm: 'ELECTRONIC',
      },
    });
    return { application: registerApplication.application, accessCode: registerApplication.accessCode };
  }

  const load = async (id: string): Promise<Row> => (await handler.client.ok(ONE, { id })).application;
  const reviewAs = async (staff: Staff, id: string): Promise<Row> =>
    (await staff.client.ok(REVIEW, { id })).review;

  async function submit(application: Row, overrides: Row = {}): Promise<Row> {
    return (
      await handler.client.ok(SUBMIT, {
        id: application.id,
        version: application.version,
        input: {
          holdingDepartmentId,
          suppliedText: '专项资金分配结果：甲公司 120 万元；乙公司 80 万元（联系人手机 13900000000）。',
          files: [{ fileName: '分配结果.pdf', contentBase64: pdfBytes('allocation').toString('base64') }],
          replyText: '所需信息见附件。',
          levelOneOpinion: '拟予公开',
          levelOneAssessment: DISCLOSE,
          ...overrides,
        },
      })
    ).submitApplicationReplyForReview;
  }

  async function secrecy(review: Row, outcome: Row, staff = officer) {
    const original = review.supplyVersions.find((version: Row) => version.kind === 'ORIGINAL' && version.id);
    return staff.client.gql<Row>(SECRECY, {
      id: review.id,
      version: review.version,
      contentVersionId: original.id,
      opinion: '保密员意见：隐去联系人手机号码',
      outcome,
    });
  }

  it('submit → levels 1–3 by the holding department → SUPPLY closes the case as DISCLOSED', async () => {
    const { application, accessCode } = await register();
    expect(application.availableActions).toContain('SUBMIT_REPLY_FOR_REVIEW');
    const submitted = await submit(application);
    expect(submitted.state).toBe('IN_REVIEW');
    expect(submitted.events.at(-1)).toMatchObject({
      action: 'SUBMIT_REPLY_FOR_REVIEW',
      fromState: 'PROCESSING',
      toState: 'IN_REVIEW',
    });
    // The reply clock keeps running while the review runs.
    expect(submitted.deadlines.find((deadline: Row) => deadline.kind === 'APPLICATION_REPLY').state).toBe(
      'OPEN',
    );

    // Level 1 was the handler's; level 2 belongs to the holding department's officer only.
    let review = await reviewAs(officer, submitted.supplyReview.id);
    expect(review).toMatchObject({ state: 'LEVEL_2', owningDepartmentId: holdingDepartmentId });
    expect(review.supplyVersions).toHaveLength(1);
    expect(Buffer.from(review.supplyVersions[0].files[0].contentBase64, 'base64').toString()).toContain(
      'allocation',
    );
    for (const outsider of [otherOfficer, drafter]) {
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
        firstError(await secrecy(review, DISCLOSE, outsider)).extensions?.code,
      );
    }
    expect(firstError(await otherOfficer.client.gql(REVIEW, { id: review.id })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await secrecy(review, DISCLOSE)).data?.reviewSecrecy.state).toBe('LEVEL_3');

    review = await reviewAs(head, review.id);
    const approve = (staff: Staff) =>
      staff.client.gql<Row>(APPROVE, {
        id: review.id,
        version: review.version,
        contentVersionId: review.supplyVersions[0].id,
        opinion: '同意提供',
      });
    expect(firstError(await approve(otherHead)).extensions?.code).toBe('NOT_FOUND');
    expect(firstError(await approve(officer)).extensions?.code).toBe('FORBIDDEN');
    expect((await approve(head)).data?.reviewApprove.state).toBe('APPROVED');

    // Not before approval, and only the handler: SUPPLY closes the case.
    const inReview = await load(application.id);
    expect(
      firstError(await officer.client.gql(SUPPLY, { id: application.id, version: inReview.version }))
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const closed = (await handler.client.ok(SUPPLY, { id: application.id, version: inReview.version }))
      .supplyApplicationReply;
    expect(closed).toMatchObject({
      state: 'CLOSED',
      resultCode: 'DISCLOSED',
      replyDate: TODAY,
      withholdingReasons: [],
    });
    expect(closed.supplyReview.state).toBe('SUPPLIED');
    expect(closed.events.at(-1)).toMatchObject({
      action: 'SUPPLY',
      fromState: 'IN_REVIEW',
      toState: 'CLOSED',
      onDate: TODAY,
    });
    expect(closed.deadlines.find((deadline: Row) => deadline.kind === 'APPLICATION_REPLY').state).toBe('MET');
    expect(closed.replyLetter.paragraphs.join('')).toContain('第三十六条第（二）项');
    expect(closed.replyLetter.paragraphs).toContain('所需信息见附件。');
    const openTasks = await ds.query(
      `SELECT count(*)::int AS n FROM task WHERE case_id IN ($1, $2) AND state = 'OPEN'`,
      [application.id, review.id],
    );
    expect(openTasks[0].n).toBe(0);

    // The applicant reads the supplied text and file through their code.
    const status = (await forwarded().ok(STATUS, { caseNumber: application.caseNumber, accessCode }))
      .applicationStatus;
    expect(status.state).toBe('CLOSED');
    expect(status.suppliedContent.text).toContain('甲公司 120 万元');
    expect(status.suppliedContent.files).toHaveLength(1);
    expect(Buffer.from(status.suppliedContent.files[0].contentBase64, 'base64')).toEqual(
      pdfBytes('allocation'),
    );

    // Supplied to one applicant: never in the public catalog.
    expect(
      (await publicReader.ok(PUBLIC_LIST, { filter: { search: '专项资金分配结果' } })).publicCatalogEntries
        .total,
    ).toBe(0);
    expect(
      (await ds.query('SELECT count(*)::int AS n FROM catalog_entry WHERE review_id = $1', [review.id]))[0].n,
    ).toBe(0);
  });

  it('refuses a missing holding department, empty content and callers other than handlers — changing nothing', async () => {
    const { application } = await register();
    const attempt = (client: GraphQLClient, input: Row) =>
      client.gql(SUBMIT, {
        id: application.id,
        version: application.version,
        input: {
          holdingDepartmentId,
          suppliedText: '某信息',
          levelOneOpinion: '拟予公开',
          levelOneAssessment: DISCLOSE,
          ...input,
        },
      });
    const noDepartment = firstError(
      await attempt(handler.client, { holdingDepartmentId: '00000000-0000-0000-0000-000000000000' }),
    );
    expect(noDepartment.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'APPLICATION.INVALID_HOLDING_DEPARTMENT',
    });
    expect(firstError(await attempt(handler.client, { suppliedText: '  ' })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(firstError(await attempt(officer.client, {})).extensions?.code).toBe('FORBIDDEN');
    const unchanged = await load(application.id);
    expect(unchanged).toMatchObject({
      state: 'PROCESSING',
      version: application.version,
      supplyReview: null,
    });
  });

  it('partial disclosure: the applicant reads only the redacted version; the letter states the reasons (art. 37)', async () => {
    const { application, accessCode } = await register();
    const submitted = await submit(application, {
      levelOneAssessment: { outcome: 'PARTIAL', reasons: ['PERSONAL_PRIVACY'], basis: '含个人手机号码' },
    });
    let review = await reviewAs(officer, submitted.supplyReview.id);
    const originalFileId = review.supplyVersions[0].files[0].id;
    // Only the holding department's officer prepares the redacted version.
    const redactAs = (staff: Staff) =>
      staff.client.gql<Row>(REDACT, {
        reviewId: review.id,
        reviewVersion: review.version,
        input: { text: '专项资金分配结果：甲公司 120 万元；乙公司 80 万元。', keepFileIds: [originalFileId] },
      });
    expect(firstError(await redactAs(otherOfficer)).extensions?.code).toBe('NOT_FOUND');
    const redacted = (await redactAs(officer)).data?.prepareApplicationSupplyRedaction;
    expect(redacted.kind).toBe('REDACTED');
    const secrecyResponse = await secrecy(review, {
      outcome: 'PARTIAL',
      reasons: ['PERSONAL_PRIVACY'],
      basis: '联系人手机号码属于个人隐私',
      redactedContentVersionId: redacted.id,
    });
    expect(secrecyResponse.data?.reviewSecrecy.state).toBe('LEVEL_3');
    review = await reviewAs(head, review.id);
    await head.client.ok(APPROVE, {
      id: review.id,
      version: review.version,
      contentVersionId: redacted.id,
      opinion: '同意部分公开',
    });
    const inReview = await load(application.id);
    const closed = (await handler.client.ok(SUPPLY, { id: application.id, version: inReview.version }))
      .supplyApplicationReply;
    expect(closed).toMatchObject({
      state: 'CLOSED',
      resultCode: 'PARTIALLY_DISCLOSED',
      withholdingReasons: ['PERSONAL_PRIVACY'],
    });
    expect(closed.replyLetter.paragraphs.join('')).toMatch(/个人隐私.*第三十七条/);

    const status = (await forwarded().ok(STATUS, { caseNumber: application.caseNumber, accessCode }))
      .applicationStatus;
    expect(status.suppliedContent.text).toBe('专项资金分配结果：甲公司 120 万元；乙公司 80 万元。');
    expect(JSON.stringify(status)).not.toContain('13900000000');
    expect(JSON.stringify(status)).not.toContain('保密员意见');
    expect(JSON.stringify(status)).not.toContain('联系人手机号码属于个人隐私');
    expect(status.suppliedContent.files.map((file: Row) => file.fileName)).toEqual(['分配结果.pdf']);
    expect(status.replyLetter.paragraphs.join('')).toContain('第三十七条');
  });

  it('a return to level 1 brings the case back to PROCESSING; resubmitting takes the same review up again', async () => {
    const { application } = await register();
    const submitted = await submit(application);
    const review = await reviewAs(officer, submitted.supplyReview.id);
    await officer.client.ok(RETURN, {
      id: review.id,
      version: review.version,
      opinion: '请补充说明信息来源',
    });
    const returned = await load(application.id);
    expect(returned.state).toBe('PROCESSING');
    expect(returned.events.at(-1)).toMatchObject({
      action: 'REVIEW_RETURNED',
      fromState: 'IN_REVIEW',
      toState: 'PROCESSING',
    });
    const again = await submit(returned, { suppliedText: '专项资金分配结果（来源：财务处）。' });
    expect(again.state).toBe('IN_REVIEW');
    expect(again.supplyReview.id).toBe(review.id);
    const reread = await reviewAs(officer, review.id);
    expect(reread.state).toBe('LEVEL_2');
    expect(reread.supplyVersions.filter((version: Row) => version.kind === 'ORIGINAL')).toHaveLength(2);
  });

  it('a withholding decision brings the case back to the handler with the review’s reasons', async () => {
    const { application } = await register();
    const submitted = await submit(application);
    let review = await reviewAs(officer, submitted.supplyReview.id);
    await officer.client.ok(SECRECY, {
      id: review.id,
      version: review.version,
      contentVersionId: review.supplyVersions[0].id,
      opinion: '涉及商业秘密',
      outcome: { outcome: 'WITHHOLD', reasons: ['COMMERCIAL_SECRET'], basis: '第三方未同意公开' },
    });
    review = await reviewAs(head, review.id);
    expect(
      (
        await head.client.ok(APPROVE, {
          id: review.id,
          version: review.version,
          contentVersionId: review.supplyVersions[0].id,
          opinion: '同意',
        })
      ).reviewApprove.state,
    ).toBe('WITHHELD');
    const back = await load(application.id);
    expect(back.state).toBe('PROCESSING');
    expect(back.events.at(-1)).toMatchObject({ action: 'REVIEW_WITHHELD', toState: 'PROCESSING' });
    expect(back.events.at(-1).note).toContain('商业秘密');
  });

  it('another case’s code reads neither the supplied content nor its files', async () => {
    const first = await register();
    const second = await register();
    const crossed = firstError(
      await forwarded().gql(STATUS, {
        caseNumber: first.application.caseNumber,
        accessCode: second.accessCode,
      }),
    );
    expect(crossed.extensions?.code).toBe('NOT_FOUND');
    // An open case shows nothing supplied yet.
    const open = (
      await forwarded().ok(STATUS, {
        caseNumber: second.application.caseNumber,
        accessCode: second.accessCode,
      })
    ).applicationStatus;
    expect(open.suppliedContent).toBeNull();
    // The public file route does not serve supplied files.
    const [file] = await ds.query('SELECT id FROM application_supply_file LIMIT 1');
    const response = await fetch(`${testApp.url}/public/files/${file.id}`, {
      headers: { authorization: `Bearer ${publicToken}` },
    });
    expect(response.status).toBe(404);
  });
});
