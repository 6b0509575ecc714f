import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { addWorkingDays, createWorkingDayCalendar } from '@gdp/domain';
import { runDueJobs, type JobTickResult } from '../../src/jobs/job-runner.js';
import { ExternalAgency } from '../../src/modules/external-agency/external-agency.entity.js';
import { createDepartment, signedIn } from '../support/factories.js';
import { SET_ATTRIBUTE, createDraft, documentDesk, type Row } from '../support/document-fixtures.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Silence after an application consultation's reply period (条例 art. 32, 34), closed by the scheduled job
 * `consultation.lapse-silent` over the real 2026 calendar: a joint agency's silence is consent, a third
 * party's is not; either way the application's reply clock resumes as if the answer had come on the
 * period's last day. A document's consultation is left to reminders and escalation.
 */

const JOB = 'consultation.lapse-silent';
const calendar = createWorkingDayCalendar();
/** A Tuesday: the periods run over Mid-Autumn (25 Sep), the make-up Sunday 20 Sep and National Day. */
const SENT_ON = '2026-09-01';
const CONSULTATION_DUE = '2026-09-21';
const REPLY_DUE = '2026-09-29';
/** The reply due date moved by the 15 working days the consultation suspended (1–7 Oct off, 10 Oct worked). */
const REPLY_DUE_AFTER = '2026-10-26';
/** Shanghai 10:00 on a date. */
const at = (date: string, time = '10:00') => `${date}T${time}:00+08:00`;

const APPLICATION_FIELDS = `id version state replyDueDate replyClockSuspended availableActions
  events { action onDate note } consultations { id use state version dueDate }`;
const ONE = `query One($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`;
const REGISTER = `mutation Register($input: ApplicationIntakeInput!) {
  registerApplication(input: $input) { application { ${APPLICATION_FIELDS} } } }`;
const CONSULT = `mutation Consult($id: ID!, $version: Int!, $input: ConsultOnApplicationInput!) {
  consultOnApplication(id: $id, version: $version, input: $input) { ${APPLICATION_FIELDS} } }`;
const CONSULTATION = `query Consultation($id: ID!) { consultation(id: $id) {
  id version state dueDate replyAgrees availableActions events { action fromState toState note } } }`;
const SEND = `mutation Send($documentId: ID!, $use: ConsultationUse!, $consulteeIds: [ID!]!, $letter: ConsultationLetterInput!) {
  sendConsultation(documentId: $documentId, use: $use, consulteeIds: $consulteeIds, letter: $letter) { id state } }`;
const MY_TASKS = `query Mine($filter: MyTaskFilter, $page: PageInput) {
  myTasks(filter: $filter, page: $page) { items { id kind caseKind caseId departmentId dueDate state } } }`;
const LETTER = {
  basicFacts: '两局联合印发的文件',
  opinion: '拟公开',
  basis: '《政府信息公开条例》第三十四条',
};

describe('silent application consultations lapse by the scheduled job (条例 art. 32, 34)', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let handler: { client: GraphQLClient };
  let joint: Row;
  let thirdParty: Row;
  let documentConsultationId: string;
  let documentConsultationVersion: number;
  let firstRun: JobTickResult[];

  /** Sessions last at most 12 hours: the handler signs in again at each date the test jumps to. */
  async function setDate(instant: string): Promise<void> {
    testApp.clock.set(instant);
    handler = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] });
  }
  const load = async (id: string): Promise<Row> => (await handler.client.ok(ONE, { id })).application;
  const consultationOf = async (id: string): Promise<Row> =>
    (await handler.client.ok(CONSULTATION, { id })).consultation;
  const rowsOf = (sql: string, params: unknown[]) => ds.query(sql, params) as Promise<Row[]>;
  const clockRows = (consultationId: string) =>
    rowsOf(
      `SELECT d.state AS deadline, d.due_date::text AS due, t.kind, t.state AS task, t.department_id AS department
         FROM consultation c JOIN deadline d ON d.id = c.deadline_id JOIN task t ON t.case_id = c.id WHERE c.id = $1`,
      [consultationId],
    );
  const summaryOf = async (slot: string) =>
    (await rowsOf('SELECT summary FROM job_run WHERE job_name = $1 AND slot = $2', [JOB, slot]))[0]?.summary;
  const outcomeOf = (results: JobTickResult[]) => results.find((result) => result.jobName === JOB);

  async function consulted(input: Row): Promise<Row> {
    const registered = (
      await handler.client.ok(REGISTER, {
        input: {
          channel: 'REGISTERED_POST',
          arrivedDate: SENT_ON,
          receivedDate: SENT_ON,
          applicant: {
            applicantType: 'COMMERCIAL_ENTERPRISE',
            organisationName: `某文化公司${randomUUID().slice(0, 4)}`,
            contactPerson: '联系人',
            email: 'contact@example.cn',
          },
          description: '本局 2026 年文化产业发展专项资金分配结果',
          deliveryForm: 'ELECTRONIC',
        },
      })
    ).registerApplication.application;
    expect(registered.replyDueDate).toBe(REPLY_DUE);
    return (
      await handler.client.ok(CONSULT, {
        id: registered.id,
        version: registered.version,
        input: { ...LETTER, ...input },
      })
    ).consultOnApplication;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    await createDepartment(ds, { kind: 'OFFICE', name: `办公室${randomUUID().slice(0, 4)}` });
    await setDate(at(SENT_ON));
    const agencies = ds.getRepository(ExternalAgency);
    const agency = await agencies.save(
      agencies.create({
        name: `市体育局${randomUUID().slice(0, 4)}`,
        kind: 'PEER',
        contactPerson: null,
        phone: null,
        address: '湖州市某路 2 号',
        notes: null,
        isActive: true,
        createdAt: testApp.clock.now(),
        updatedAt: testApp.clock.now(),
      }),
    );
    joint = await consulted({ use: 'APPLICATION_JOINT_AGENCY', agencyIds: [agency.id] });
    thirdParty = await consulted({
      use: 'APPLICATION_THIRD_PARTY',
      thirdParties: [{ name: '某文化公司', channel: 'POST', contactAddress: '湖州市某区某路 9 号' }],
    });
    // A document's consultation with an agency, sent the same day: silence there is escalated, never lapsed.
    const desk = await documentDesk(testApp);
    const draft = await createDraft(desk);
    const attributed = (
      await desk.drafter.client.ok(SET_ATTRIBUTE, {
        id: draft.id,
        version: draft.version,
        attribute: 'PROACTIVE',
      })
    ).setDocumentAttribute as Row;
    [{ id: documentConsultationId }] = (
      await desk.drafter.client.ok(SEND, {
        documentId: attributed.id,
        use: 'AGENCY_RELEASE',
        consulteeIds: [agency.id],
        letter: LETTER,
      })
    ).sendConsultation as Row[];
    [{ version: documentConsultationVersion }] = await rowsOf(
      'SELECT version FROM consultation WHERE id = $1',
      [documentConsultationId],
    );
  });
  afterAll(async () => {
    await testApp?.close();
  });

  it('suspends both reply clocks; the consultations are due after 15 working days', () => {
    for (const application of [joint, thirdParty]) {
      expect(application).toMatchObject({ replyClockSuspended: true, replyDueDate: null });
      expect(application.consultations).toEqual([
        expect.objectContaining({ state: 'SENT', dueDate: CONSULTATION_DUE }),
      ]);
    }
    expect(addWorkingDays(calendar, SENT_ON, 15)).toBe(CONSULTATION_DUE);
  });

  it('routes the consultation task to the application handlers, bureau-wide, not to the office’s queue', async () => {
    const mine = (await handler.client.ok(MY_TASKS, { page: { page: 1, perPage: 100 } })).myTasks
      .items as Row[];
    for (const application of [joint, thirdParty]) {
      expect(mine).toContainEqual(
        expect.objectContaining({
          kind: 'APPLICATION_CONSULTATION_REPLY',
          caseKind: 'CONSULTATION',
          caseId: application.consultations[0].id,
          departmentId: null,
          dueDate: CONSULTATION_DUE,
          state: 'OPEN',
        }),
      );
    }
    const [office] = await rowsOf(
      `SELECT id FROM department WHERE kind = 'OFFICE' ORDER BY sort_order, id LIMIT 1`,
      [],
    );
    const officeDrafter = await signedIn(testApp, {
      roles: [{ role: 'DRAFTER', departmentId: office.id }],
      departmentId: office.id,
    });
    const theirs = (await officeDrafter.client.ok(MY_TASKS, { page: { page: 1, perPage: 100 } })).myTasks
      .items as Row[];
    expect(theirs.map((task) => task.caseId)).not.toContain(joint.consultations[0].id);
    // The document's consultation keeps its department's queue.
    expect(await clockRows(documentConsultationId)).toEqual([
      expect.objectContaining({ kind: 'CONSULTATION_REPLY', department: expect.any(String) }),
    ]);
  });

  it('leaves them open on the period’s last day, which runs to its end', async () => {
    await setDate(at(CONSULTATION_DUE, '23:00'));
    expect(outcomeOf(await runDueJobs(testApp.app.services))?.outcome).toBe('SUCCEEDED');
    expect(await summaryOf(CONSULTATION_DUE)).toEqual({ consentedBySilence: 0, lapsed: 0 });
    expect((await consultationOf(joint.consultations[0].id)).state).toBe('SENT');
  });

  it('the day after: a joint agency’s silence is consent, a third party’s is not; both clocks resume', async () => {
    await setDate(at('2026-09-22', '00:30'));
    firstRun = await runDueJobs(testApp.app.services);
    expect(outcomeOf(firstRun)).toMatchObject({ slot: '2026-09-22', outcome: 'SUCCEEDED' });
    expect(await summaryOf('2026-09-22')).toEqual({ consentedBySilence: 1, lapsed: 1 });

    const consented = await consultationOf(joint.consultations[0].id);
    expect(consented).toMatchObject({
      state: 'CONSENTED_BY_SILENCE',
      replyAgrees: null,
      availableActions: [],
    });
    expect(consented.events.at(-1)).toEqual({
      action: 'LAPSE',
      fromState: 'SENT',
      toState: 'CONSENTED_BY_SILENCE',
      note: expect.stringContaining('视为同意（《政府信息公开条例》第三十四条）'),
    });
    const lapsed = await consultationOf(thirdParty.consultations[0].id);
    expect(lapsed.state).toBe('LAPSED');
    expect(lapsed.events.at(-1)).toMatchObject({
      action: 'LAPSE',
      toState: 'LAPSED',
      note: expect.stringContaining('不视为同意'),
    });

    for (const application of [joint, thirdParty]) {
      const [clock] = await clockRows(application.consultations[0].id);
      expect(clock).toMatchObject({
        deadline: 'CANCELLED',
        kind: 'APPLICATION_CONSULTATION_REPLY',
        task: 'DONE',
      });
      const resumed = await load(application.id);
      // Exactly the 15 suspended working days later: counting resumed on 22 September.
      expect(resumed).toMatchObject({
        replyClockSuspended: false,
        replyDueDate: REPLY_DUE_AFTER,
        version: application.version + 1,
      });
      expect(addWorkingDays(calendar, REPLY_DUE, 15)).toBe(REPLY_DUE_AFTER);
      expect(resumed.events.at(-1)).toMatchObject({ action: 'CONSULTATION_ENDED', onDate: CONSULTATION_DUE });
      expect(resumed.availableActions).toContain('REPLY');
    }
    expect(
      await rowsOf(
        `SELECT entity_id, actor_kind FROM audit_log WHERE action = 'System.lapseSilentConsultation' ORDER BY entity_id`,
        [],
      ),
    ).toEqual(
      [joint, thirdParty]
        .map((application) => ({ entity_id: application.consultations[0].id, actor_kind: 'anonymous' }))
        .sort((a, b) => a.entity_id.localeCompare(b.entity_id)),
    );
  });

  it('leaves the document’s consultation to reminders and escalation', async () => {
    const [row] = await rowsOf('SELECT state, version FROM consultation WHERE id = $1', [
      documentConsultationId,
    ]);
    expect(row).toEqual({ state: 'SENT', version: documentConsultationVersion });
    expect(await clockRows(documentConsultationId)).toEqual([
      expect.objectContaining({
        deadline: 'OPEN',
        due: CONSULTATION_DUE,
        kind: 'CONSULTATION_REPLY',
        task: 'OPEN',
      }),
    ]);
  });

  it('running again changes nothing: the slot is taken, and the next day finds nothing open', async () => {
    const snapshot = () =>
      rowsOf(
        `SELECT id, state, version FROM consultation WHERE id = ANY($1) UNION ALL
         SELECT id, state, version FROM application WHERE id = ANY($2) ORDER BY id`,
        [
          [joint, thirdParty]
            .map((application) => application.consultations[0].id)
            .concat(documentConsultationId),
          [joint.id, thirdParty.id],
        ],
      );
    const before = await snapshot();
    expect(outcomeOf(await runDueJobs(testApp.app.services))?.outcome).toBe('SKIPPED');
    await setDate(at('2026-09-23', '00:30'));
    expect(outcomeOf(await runDueJobs(testApp.app.services))?.outcome).toBe('SUCCEEDED');
    expect(await summaryOf('2026-09-23')).toEqual({ consentedBySilence: 0, lapsed: 0 });
    expect(await snapshot()).toEqual(before);
    expect((await load(joint.id)).replyDueDate).toBe(REPLY_DUE_AFTER);
  });
});
