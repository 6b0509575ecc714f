import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { LIST_SORTING, SORT_ORDERS, type SortableList, type SortOrder } from '@gdp/domain';
import { ExternalAgency } from '../../src/modules/external-agency/external-agency.entity.js';
import { User } from '../../src/modules/organisation/user.entity.js';
import { Rule } from '../../src/modules/rules-library/rule.entity.js';
import { StaffChange } from '../../src/modules/staff-change/staff-change.entity.js';
import { Task } from '../../src/modules/task/task.entity.js';
import { CalendarOverride } from '../../src/modules/calendar/calendar-override.entity.js';
import { Deadline } from '../../src/modules/deadline/deadline.entity.js';
import { Complaint, CorrectionOrder } from '../../src/modules/complaint/index.js';
import { Application } from '../../src/modules/application/index.js';
import { CatalogCategory } from '../../src/modules/catalog/catalog-category.entity.js';
import { GuideVersion } from '../../src/modules/catalog/guide-version.entity.js';
import { CatalogEntry } from '../../src/modules/catalog/catalog-entry.entity.js';
import { Document } from '../../src/modules/document/document.entity.js';
import { Review } from '../../src/modules/review/review.entity.js';
import { Consultation } from '../../src/modules/consultation/consultation.entity.js';
import { Meeting, Representative } from '../../src/modules/meeting/meeting.entity.js';
import { createApiToken, createDepartment, createStaff, signedIn } from '../support/factories.js';
import { type GraphQLClient, type GraphQLResponse, firstError } from '../support/graphql-client.js';
import { startTestApp, TEST_START, type TestApp } from '../support/test-app.js';

/**
 * Sorting on every list (`sort: SortInput`): the fields the domain allows, both directions; any other
 * field refused by name; ties broken by the list's default order (which ends in a unique key), so pages
 * never overlap; still one statement for the page and one for the count.
 */

type Item = Record<string, string | number | boolean | null>;
interface ListPage {
  total: number;
  items: Item[];
}

interface ListCase {
  list: SortableList;
  /** The item's unique key in the answer. */
  key: 'id' | 'seq';
  client: () => GraphQLClient;
  query: string;
  /** Restricts the list to this file's records (undefined: the list has no filter, or needs none). */
  filter: () => Record<string, unknown> | undefined;
  /** A field most of this file's records share a value of: paging across equal keys. */
  tiedField: string;
  /** A field of the item the list may not be sorted by. */
  refusedField: string;
}

const LATER = '2026-11-27T08:00:00.000Z';
const EARLIER = '2026-10-01T08:00:00.000Z';
const TAG = randomBytes(3).toString('hex').toUpperCase();

const listQuery = (field: string, filterType: string | null, selection: string) =>
  filterType
    ? `query List($filter: ${filterType}, $page: PageInput, $sort: SortInput) {
        ${field}(filter: $filter, page: $page, sort: $sort) { total items { ${selection} } } }`
    : `query List($page: PageInput, $sort: SortInput) { ${field}(page: $page, sort: $sort) { total items { ${selection} } } }`;

/** PostgreSQL's order: NULLs after every value ascending (before them descending), false before true. */
function compareValues(field: string, a: Item[string], b: Item[string]): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (field === 'seq') return BigInt(a as string) < BigInt(b as string) ? -1 : 1;
  if (typeof a === 'boolean') return a ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // The test database collates by code point (C); this file's strings differ in ASCII letters and digits.
  return String(a) < String(b) ? -1 : 1;
}

function dataOf<T>(response: GraphQLResponse, field: string): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL call failed: ${response.text}`);
  return (response.data as Record<string, T>)[field];
}


describe('sorting every list', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let admin: GraphQLClient;
  let office: GraphQLClient;
  let security: GraphQLClient;
  let auditor: GraphQLClient;
  let drafter: GraphQLClient;
  let complaintHandler: GraphQLClient;
  let meetingOrganizer: GraphQLClient;
  let meetingDepartmentId = '';
  /** Tasks in the drafter's inbox: assigned to them or waiting in their department's queue. */
  const taskIds: string[] = [];
  const overrideIds: string[] = [];
  const deadlineIds: string[] = [];
  const complaintIds: string[] = [];
  const applicationIds: string[] = [];
  let applicationHandler: GraphQLClient;
  const correctionOrderIds: string[] = [];
  const catalogEntryIds: string[] = [];
  let drafterDepartmentId = '';
  const ids: Record<'departments' | 'users' | 'externalAgencies' | 'staffChanges' | 'rules' | 'catalogCategories', string[]> = {
    catalogCategories: [],
    departments: [],
    users: [],
    externalAgencies: [],
    staffChanges: [],
    rules: [],
  };

  const cases: ListCase[] = [
    {
      list: 'departments',
      key: 'id',
      client: () => admin,
      query: listQuery(
        'departments',
        'DepartmentFilter',
        'id sortOrder code name kind isActive createdAt updatedAt',
      ),
      filter: () => ({ ids: ids.departments }),
      tiedField: 'kind',
      refusedField: 'phone',
    },
    {
      list: 'users',
      key: 'id',
      client: () => admin,
      query: listQuery('users', 'UserFilter', 'id username displayName isActive createdAt updatedAt'),
      filter: () => ({ ids: ids.users }),
      tiedField: 'displayName',
      refusedField: 'email',
    },
    {
      list: 'externalAgencies',
      key: 'id',
      client: () => office,
      query: listQuery(
        'externalAgencies',
        'ExternalAgencyFilter',
        'id name kind isActive createdAt updatedAt',
      ),
      filter: () => ({ ids: ids.externalAgencies }),
      tiedField: 'isActive',
      refusedField: 'contactPerson',
    },
    {
      list: 'staffChanges',
      key: 'id',
      client: () => office,
      query: listQuery(
        'staffChanges',
        'StaffChangeFilter',
        'id effectiveDate kind personName documentNumber recordedAt updatedAt',
      ),
      filter: () => ({ ids: ids.staffChanges }),
      tiedField: 'effectiveDate',
      refusedField: 'description',
    },
    {
      list: 'rules',
      key: 'id',
      client: () => office,
      query: listQuery(
        'rules',
        'RuleFilter',
        'id title issuingBody category documentNumber isActive createdAt updatedAt',
      ),
      filter: () => ({ ids: ids.rules }),
      tiedField: 'title',
      refusedField: 'status',
    },
    {
      list: 'catalogCategories',
      key: 'id',
      client: () => office,
      query: listQuery('catalogCategories', 'CatalogCategoryFilter', 'id sortOrder code name isActive createdAt updatedAt'),
      filter: () => ({ ids: ids.catalogCategories }),
      tiedField: 'sortOrder',
      refusedField: 'parentId',
    },
    {
      list: 'guideVersions',
      key: 'id',
      client: () => office,
      // This file's database holds only the versions made below.
      query: listQuery('guideVersions', 'GuideVersionFilter', 'id versionNumber publishedAt createdAt'),
      filter: () => undefined,
      tiedField: 'createdAt',
      refusedField: 'classification',
    },
    {
      list: 'catalogEntries',
      key: 'id',
      client: () => office,
      query: listQuery('catalogEntries', 'CatalogEntryFilter', 'id publishedAt indexNumber title formedDate state subjectKind entryVersion'),
      filter: () => ({ ids: catalogEntryIds }),
      tiedField: 'state',
      refusedField: 'body',
    },
    {
      list: 'documents',
      key: 'id',
      client: () => drafter,
      query: listQuery('documents', 'DocumentFilter', 'id updatedAt createdAt title state type departmentId formedDate'),
      filter: () => ({ departmentId: drafterDepartmentId }),
      tiedField: 'state',
      refusedField: 'summary',
    },
    {
      list: 'reviews',
      key: 'id',
      client: () => drafter,
      query: listQuery('reviews', 'ReviewFilter', 'id updatedAt createdAt state subjectKind owningDepartmentId'),
      filter: () => ({ departmentId: drafterDepartmentId }),
      tiedField: 'state',
      refusedField: 'title',
    },
    {
      list: 'consultations',
      key: 'id',
      client: () => drafter,
      query: listQuery('consultations', 'ConsultationFilter', 'id sentAt updatedAt state use'),
      filter: () => undefined,
      tiedField: 'state',
      refusedField: 'basicFacts',
    },
    {
      list: 'apiTokens',
      key: 'id',
      client: () => security,
      query: listQuery(
        'apiTokens',
        null,
        'id name createdAt expiresAt lastUsedAt revokedAt rateLimitPerMinute',
      ),
      filter: () => undefined,
      tiedField: 'createdAt',
      refusedField: 'prefix',
    },
    {
      list: 'auditLogs',
      key: 'seq',
      client: () => auditor,
      query: listQuery('auditLogs', 'AuditLogFilter', 'seq at actorKind actorName action outcome entityType'),
      // The rows written while the fixtures were made; the auditor's own reads come later (the clock moves on).
      filter: () => ({ to: TEST_START }),
      tiedField: 'at',
      refusedField: 'ip',
    },
    {
      list: 'myAuditLogs',
      key: 'seq',
      client: () => office,
      query: listQuery('myAuditLogs', null, 'seq at action outcome entityType'),
      filter: () => undefined,
      tiedField: 'at',
      refusedField: 'actorName',
    },
    {
      list: 'myTasks',
      key: 'id',
      client: () => drafter,
      query: listQuery('myTasks', 'MyTaskFilter', 'id dueDate kind title state createdAt'),
      filter: () => ({ ids: taskIds }),
      tiedField: 'dueDate',
      refusedField: 'assigneeId',
    },
    {
      list: 'calendarOverrides',
      key: 'id',
      client: () => office,
      query: listQuery('calendarOverrides', 'CalendarOverrideFilter', 'id date kind isActive createdAt updatedAt'),
      filter: () => ({ ids: overrideIds }),
      tiedField: 'kind',
      refusedField: 'note',
    },
    {
      list: 'deadlines',
      key: 'id',
      client: () => office,
      query: listQuery('deadlines', 'DeadlineFilter', 'id dueDate startDate kind caseKind state createdAt updatedAt'),
      filter: () => ({ ids: deadlineIds }),
      tiedField: 'dueDate',
      refusedField: 'title',
    },
    {
      list: 'tasks',
      key: 'id',
      client: () => office,
      query: listQuery('tasks', 'TaskFilter', 'id dueDate kind title state createdAt departmentId assigneeId'),
      filter: () => ({ ids: taskIds }),
      tiedField: 'kind',
      refusedField: 'caseId',
    },
    {
      list: 'complaints',
      key: 'id',
      client: () => complaintHandler,
      query: listQuery(
        'complaints',
        'ComplaintFilter',
        'id receivedAt caseNumber violationKind channel state outcome createdAt updatedAt',
      ),
      filter: () => ({ ids: complaintIds }),
      tiedField: 'channel',
      refusedField: 'summary',
    },
    {
      list: 'applications',
      key: 'id',
      client: () => applicationHandler,
      query: listQuery(
        'applications',
        'ApplicationFilter',
        'id receivedDate caseNumber channel applicantType state replyDueDate closedDate updatedAt',
      ),
      filter: () => ({ ids: applicationIds }),
      tiedField: 'channel',
      refusedField: 'description',
    },
    {
      list: 'meetings',
      key: 'id',
      client: () => meetingOrganizer,
      query: listQuery('meetings', 'MeetingFilter', 'id startsAt caseNumber title state departmentId createdAt'),
      filter: () => ({ departmentId: meetingDepartmentId }),
      tiedField: 'state',
      refusedField: 'place',
    },
    {
      list: 'representatives',
      key: 'id',
      client: () => meetingOrganizer,
      query: listQuery('representatives', 'RepresentativeFilter', 'id name type state createdAt'),
      filter: () => ({ search: `排序单位${TAG}` }),
      tiedField: 'type',
      refusedField: 'organisation',
    },
    {
      list: 'correctionOrders',
      key: 'id',
      client: () => complaintHandler,
      query: listQuery('correctionOrders', 'CorrectionOrderFilter', 'id dueDate state departmentId createdAt updatedAt'),
      filter: () => ({ ids: correctionOrderIds }),
      tiedField: 'state',
      refusedField: 'requirement',
    },
  ];

  async function page(
    listCase: ListCase,
    options: { sort?: { field: string; order: string }; page?: number; perPage?: number } = {},
  ) {
    const response = await listCase.client().gql(listCase.query, {
      filter: listCase.filter(),
      page: { page: options.page ?? 1, perPage: options.perPage ?? 100 },
      sort: options.sort,
    });
    return dataOf<ListPage>(response, listCase.list);
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    ds = testApp.db.database.dataSource;
    ({ client: admin } = await signedIn(testApp, { roles: ['SYSTEM_ADMIN'] }));
    ({ client: security } = await signedIn(testApp, { roles: ['SECURITY_ADMIN'] }));
    ({ client: auditor } = await signedIn(testApp, { roles: ['AUDITOR'] }));
    const { client: officeClient, user: officeUser } = await signedIn(testApp, { roles: ['GENERAL_OFFICE'] });
    office = officeClient;

    // Departments: sort orders and kinds repeat; two timestamps differ from the rest.
    const departments: Array<
      [string, string, number, 'DIVISION' | 'OFFICE' | 'AFFILIATED_UNIT', boolean, string?, string?]
    > = [
      ['A', 'A', 2, 'DIVISION', true],
      ['B', 'C', 1, 'OFFICE', false],
      ['C', 'B', 2, 'DIVISION', true, LATER],
      ['D', 'E', 1, 'AFFILIATED_UNIT', true],
      ['E', 'D', 3, 'DIVISION', false, undefined, LATER],
      ['F', 'F', 2, 'OFFICE', true, EARLIER],
      ['G', 'G', 2, 'DIVISION', true],
    ];
    for (const [code, name, sortOrder, kind, isActive, createdAt, updatedAt] of departments) {
      const department = await createDepartment(ds, {
        code: `S${TAG}${code}`,
        name: `排序处${TAG}${name}`,
        sortOrder,
        kind,
        isActive,
        createdAt: new Date(createdAt ?? TEST_START),
        updatedAt: new Date(updatedAt ?? TEST_START),
      });
      ids.departments.push(department.id);
    }

    // Users: most share the display name 测试人员.
    for (const [suffix, displayName, isActive, createdAt] of [
      ['c', null, true, null],
      ['a', '王五', true, LATER],
      ['e', null, false, null],
      ['b', null, true, EARLIER],
      ['d', '李四', true, null],
      ['f', null, true, null],
    ] as const) {
      const user = await createStaff(ds, { username: `s${TAG.toLowerCase()}${suffix}` });
      await ds.manager.update(
        User,
        { id: user.id },
        {
          ...(displayName ? { displayName } : {}),
          isActive,
          ...(createdAt ? { createdAt: new Date(createdAt) } : {}),
        },
      );
      ids.users.push(user.id);
    }

    // External agencies: kinds and states repeat.
    for (const [name, kind, isActive, createdAt] of [
      ['B', 'PEER', true, null],
      ['A', 'SUPERIOR', true, LATER],
      ['D', 'PEER', false, null],
      ['C', 'SUBORDINATE', true, null],
      ['E', 'OTHER', true, EARLIER],
      ['F', 'PEER', true, null],
    ] as const) {
      const agency = await ds.manager.save(
        ds.manager.create(ExternalAgency, {
          name: `排序机关${TAG}${name}`,
          kind,
          contactPerson: null,
          phone: null,
          address: null,
          notes: null,
          isActive,
          createdAt: new Date(createdAt ?? TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
      ids.externalAgencies.push(agency.id);
    }

    // Staff changes: one date shared by most; names and document numbers repeat or are missing.
    for (const [effectiveDate, kind, personName, documentNumber, recordedAt] of [
      ['2026-11-01', 'TRANSFER_IN', '张三', 'W1', null],
      ['2026-11-01', 'TRANSFER_OUT', '李四', null, LATER],
      ['2026-10-15', 'TRANSFER_IN', '张三', 'W2', null],
      ['2026-11-01', 'POST_CHANGE', '王五', 'W1', EARLIER],
      ['2026-11-20', 'LEADER_CHANGE', '赵六', null, null],
      ['2026-11-01', 'TRANSFER_IN', '孙七', 'W3', null],
    ] as const) {
      const change = await ds.manager.save(
        ds.manager.create(StaffChange, {
          effectiveDate,
          kind,
          departmentId: null,
          personName,
          userId: null,
          description: null,
          documentNumber,
          recordedById: officeUser.id,
          recordedAt: new Date(recordedAt ?? TEST_START),
          updatedById: null,
          updatedAt: new Date(TEST_START),
        }),
      );
      ids.staffChanges.push(change.id);
    }

    // Rules: one title issued by three bodies; categories repeat; some have no document number.
    for (const [title, body, category, documentNumber, isActive] of [
      ['A', '甲', 'TRAINING', 'X1', true],
      ['A', '乙', 'LEDGER', null, true],
      ['B', '甲', 'TRAINING', 'X2', false],
      ['A', '丙', 'OTHER', 'X1', true],
      ['C', '乙', 'TRAINING', null, true],
    ] as const) {
      const rule = await ds.manager.save(
        ds.manager.create(Rule, {
          title: `排序制度${TAG}${title}`,
          issuingBody: `发布机关${TAG}${body}`,
          category,
          documentNumber,
          seedKey: null,
          isActive,
          createdById: null,
          createdAt: new Date(TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
      ids.rules.push(rule.id);
    }

    // Catalog categories: sort orders repeat, some inactive.
    for (const [code, sortOrder, isActive, createdAt] of [
      ['B', 10, true, null],
      ['A', 10, false, LATER],
      ['D', 20, true, null],
      ['C', 10, true, EARLIER],
      ['E', 5, true, null],
    ] as const) {
      const category = await ds.manager.save(
        ds.manager.create(CatalogCategory, {
          code: `S${TAG}${code}`,
          name: `排序分类${TAG}${code}`,
          sortOrder,
          parentId: null,
          isActive,
          createdAt: new Date(createdAt ?? TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
      ids.catalogCategories.push(category.id);
    }

    // Guide versions: most made at one instant, two published, the newest a draft.
    for (const [versionNumber, publishedAt, createdAt] of [
      [1, EARLIER, EARLIER],
      [2, TEST_START, null],
      [3, null, null],
      [4, null, null],
    ] as const) {
      await ds.manager.save(
        ds.manager.create(GuideVersion, {
          versionNumber,
          classification: '分类',
          proactiveDisclosure: '主动公开',
          applicationProcedure: '依申请公开',
          officeName: '办公室',
          officeAddress: '地址',
          officeHours: '工作日',
          officeTelephone: '0572-1',
          officeFax: '0572-2',
          officeWebsite: 'https://example.gov.cn',
          officeEmail: 'a@example.gov.cn',
          otherText: null,
          publishedAt: publishedAt ? new Date(publishedAt) : null,
          publishedById: null,
          createdById: officeUser.id,
          createdAt: new Date(createdAt ?? TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
    }

    // Catalog entries: most published at one instant; a correction (two versions of one number), a withdrawal.
    for (const [number, entryVersion, state, subjectKind, title, formedDate, publishedAt] of [
      ['00001', 1, 'SUPERSEDED', 'DOCUMENT', 'C', '2026-11-02', EARLIER],
      ['00001', 2, 'PUBLISHED', 'DOCUMENT', 'C', '2026-11-02', null],
      ['00002', 1, 'PUBLISHED', 'MEETING_RESULT', 'A', '2026-11-01', null],
      ['00003', 1, 'WITHDRAWN', 'OPINION_RESPONSE', 'E', '2026-11-03', null],
      ['00004', 1, 'PUBLISHED', 'DOCUMENT', 'B', '2026-11-01', LATER],
    ] as const) {
      const entry = await ds.manager.save(
        ds.manager.create(CatalogEntry, {
          indexNumber: `S${TAG}/2026-${number}`,
          entryVersion,
          state,
          subjectKind,
          subjectId: randomUUID(),
          reviewId: randomUUID(),
          contentVersionId: randomUUID(),
          owningDepartmentId: randomUUID(),
          categoryId: null,
          title: `排序条目${TAG}${title}`,
          summary: null,
          body: '正文',
          documentNumber: null,
          formedDate,
          attachmentIds: [],
          publishedAt: new Date(publishedAt ?? TEST_START),
          publisherId: officeUser.id,
          withdrawnAt: null,
          withdrawnById: null,
          withdrawalReason: null,
          createdAt: new Date(TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
      catalogEntryIds.push(entry.id);
    }

    // API tokens: all created at one instant (the list's default key), some expiring, used or revoked.
    const tokens: Array<Record<string, unknown>> = [
      { name: 'app-B', rateLimitPerMinute: 600 },
      { name: 'app-A', rateLimitPerMinute: 60, expiresAt: new Date(LATER) },
      { name: 'app-B', rateLimitPerMinute: 600, lastUsedAt: new Date(TEST_START) },
      { name: 'app-C', rateLimitPerMinute: 1_000, revokedAt: new Date(TEST_START) },
      { name: 'app-A', rateLimitPerMinute: 60, expiresAt: new Date('2027-01-01T00:00:00Z') },
    ];
    let publicToken = '';
    for (const overrides of tokens) {
      const { token } = await createApiToken(ds, ['public:read'], overrides);
      publicToken ||= token;
    }

    // Tasks: due dates, kinds and states repeat; one has no due date; half wait in the department's queue.
    const { client: drafterClient, user: drafterUser } = await signedIn(testApp, { roles: ['DRAFTER'] });
    drafter = drafterClient;
    drafterDepartmentId = drafterUser.departmentId as string;
    // Documents and reviews of the drafter's department: states and dates repeat, one not yet formed.
    for (const [title, state, type, formedDate, updatedAt] of [
      ['C', 'DRAFT', 'NOTICE', null, TEST_START],
      ['A', 'SIGNED', 'REPORT', '2026-11-20', LATER],
      ['B', 'DRAFT', 'NOTICE', null, TEST_START],
      ['E', 'PUBLISHED', 'DECISION', '2026-10-01', EARLIER],
      ['D', 'DRAFT', 'OPINION', null, TEST_START],
    ] as const) {
      const document = await ds.getRepository(Document).save(
        ds.getRepository(Document).create({
          title: `${title}${TAG}`, type, purpose: 'OTHER', departmentId: drafterDepartmentId, state, formedDate,
          attribute: 'PROACTIVE', drafterId: drafterUser.id, createdAt: new Date(EARLIER), updatedAt: new Date(updatedAt),
        }),
      );
      // Consultations of each document: uses, states and send times repeat.
      await ds.getRepository(Consultation).save(
        ds.getRepository(Consultation).create({
          subjectKind: 'DOCUMENT', subjectId: document.id, use: type === 'NOTICE' ? 'AGENCY_RELEASE' : 'CO_DEPARTMENT_CONSENT',
          departmentId: drafterDepartmentId, consulteeAgencyId: type === 'NOTICE' ? randomUUID() : null,
          consulteeDepartmentId: type === 'NOTICE' ? null : randomUUID(), basicFacts: title, opinion: '拟公开', basis: '条例',
          state: state === 'DRAFT' ? 'SENT' : 'AGREED', sentById: drafterUser.id, sentAt: new Date(updatedAt),
          createdAt: new Date(EARLIER), updatedAt: new Date(formedDate ? LATER : EARLIER),
        }),
      );
      await ds.getRepository(Review).save(
        ds.getRepository(Review).create({
          subjectKind: 'DOCUMENT', subjectId: document.id, title: document.title, owningDepartmentId: drafterDepartmentId,
          contentVersionId: randomUUID(), finalAction: 'PUBLISH', state: state === 'PUBLISHED' ? 'PUBLISHED' : 'LEVEL_2',
          openedById: drafterUser.id, createdAt: new Date(updatedAt), updatedAt: new Date(updatedAt),
        }),
      );
    }
    for (const [title, kind, dueDate, state, assigned, createdAt] of [
      ['C', 'APPLICATION_REPLY', '2026-12-01', 'OPEN', true, null],
      ['A', 'CONSULTATION_REPLY', '2026-12-01', 'OPEN', false, LATER],
      ['B', 'APPLICATION_REPLY', null, 'OPEN', true, null],
      // Unassigned, so seen in the drafter's department queue: a kind any member of the department may take.
      ['E', 'CONSULTATION_REPLY', '2026-12-01', 'DONE', false, EARLIER],
      ['D', 'MEETING_FEEDBACK', '2026-11-20', 'CANCELLED', true, null],
      ['F', 'CONSULTATION_REPLY', '2027-01-04', 'OPEN', false, null],
    ] as const) {
      const task = await ds.manager.save(
        ds.manager.create(Task, {
          kind,
          caseKind: kind === 'CONSULTATION_REPLY' ? 'CONSULTATION' : kind === 'MEETING_FEEDBACK' ? 'MEETING' : 'APPLICATION',
          caseId: randomUUID(),
          title: `排序待办${TAG}${title}`,
          assigneeId: assigned ? drafterUser.id : null,
          departmentId: drafterUser.departmentId,
          deadlineId: null,
          dueDate,
          state,
          createdAt: new Date(createdAt ?? TEST_START),
          assignedAt: null,
          assignedById: null,
          closedAt: state === 'OPEN' ? null : new Date(TEST_START),
          closedById: null,
        }),
      );
      taskIds.push(task.id);
    }

    // Calendar overrides: kinds repeat, one removed; two timestamps differ from the rest.
    for (const [date, kind, isActive, createdAt] of [
      ['2031-01-02', 'OFF', true, null],
      ['2031-01-03', 'WORK', true, LATER],
      ['2031-01-01', 'OFF', false, EARLIER],
      ['2031-01-05', 'OFF', true, null],
    ] as const) {
      const at = new Date(createdAt ?? TEST_START);
      const override = await ds.manager.save(
        ds.manager.create(CalendarOverride, { date, kind, note: '排序', isActive, createdAt: at, updatedAt: at }),
      );
      overrideIds.push(override.id);
    }

    // Deadlines: due dates and kinds repeat; one suspended (no due date).
    for (const [kind, startDate, dueDate, createdAt] of [
      ['APPLICATION_REPLY', '2026-11-02', '2026-11-30', null],
      ['COMPLAINT_HANDLING', '2026-11-09', '2026-11-30', LATER],
      ['APPLICATION_REPLY', '2026-11-03', null, EARLIER],
      ['MEETING_FEEDBACK', '2026-11-25', '2026-11-30', null],
      ['COMPLAINT_TRANSFER', '2026-11-20', '2026-11-27', null],
    ] as const) {
      const at = new Date(createdAt ?? TEST_START);
      const deadline = await ds.manager.save(
        ds.manager.create(Deadline, {
          kind,
          caseKind: kind.startsWith('APPLICATION') ? 'APPLICATION' : kind.startsWith('COMPLAINT') ? 'COMPLAINT' : 'MEETING',
          caseId: randomUUID(),
          title: `排序时限${TAG}`,
          startDate,
          periodWorkingDays: 20,
          suspensions: dueDate ? [] : [{ from: startDate, to: null, reason: '征求意见' }],
          dueDate,
          isSuspended: dueDate === null,
          state: 'OPEN',
          createdAt: at,
          updatedAt: at,
        }),
      );
      deadlineIds.push(deadline.id);
    }

    // Complaints: channels and states repeat, some not yet decided (no outcome); orders to correct of one.
    ({ client: complaintHandler } = await signedIn(testApp, { roles: ['COMPLAINT_HANDLER'] }));
    for (const [number, violationKind, channel, state, outcome, receivedAt] of [
      ['3', 'OTHER', 'LETTER', 'RECEIVED', null, TEST_START],
      ['1', 'LATE_OR_STALE', 'LETTER', 'HANDLED', 'SUBSTANTIATED', EARLIER],
      ['5', 'OTHER', 'ONLINE', 'RECEIVED', null, TEST_START],
      ['2', 'FALSE_DISCLOSURE', 'LETTER', 'HANDLED', 'UNSUBSTANTIATED', LATER],
      ['4', 'OTHER', 'VISIT', 'INVESTIGATING', null, TEST_START],
    ] as const) {
      const complaint = await ds.manager.save(
        ds.manager.create(Complaint, {
          id: randomUUID(),
          caseNumber: `TS-S${TAG}-${number}`,
          violationKind,
          channel,
          receivedAt: new Date(receivedAt),
          receivedDate: receivedAt.slice(0, 10),
          isAnonymous: true,
          wantsReply: false,
          state,
          outcome,
          createdAt: new Date(TEST_START),
          updatedAt: new Date(receivedAt),
        }),
      );
      complaintIds.push(complaint.id);
    }
    // Applications: channels and types repeat; one reply clock suspended (no due date), two closed.
    ({ client: applicationHandler } = await signedIn(testApp, { roles: ['APPLICATION_HANDLER'] }));
    for (const [number, channel, applicantType, state, receivedDate, dueDate, replyDate, updatedAt] of [
      ['3', 'EMAIL', 'NATURAL_PERSON', 'PROCESSING', '2026-11-20', '2026-12-18', null, TEST_START],
      ['1', 'EMAIL', 'COMMERCIAL_ENTERPRISE', 'CLOSED', '2026-10-12', '2026-11-09', '2026-11-02', EARLIER],
      ['5', 'ONLINE', 'NATURAL_PERSON', 'AWAITING_CORRECTION', '2026-11-20', null, null, LATER],
      ['2', 'EMAIL', 'NATURAL_PERSON', 'CLOSED', '2026-11-02', '2026-11-30', '2026-11-25', TEST_START],
      ['4', 'FAX', 'OTHER_ORGANISATION', 'PROCESSING', '2026-11-24', '2026-12-18', null, LATER],
    ] as const) {
      const application = await ds.manager.save(
        ds.manager.create(Application, {
          id: randomUUID(),
          caseNumber: `YS-S${TAG}-${number}`,
          channel,
          arrivedDate: receivedDate,
          receivedDate,
          applicantType,
          description: `排序申请${TAG}`,
          deliveryForm: 'PAPER',
          state,
          replyDate,
          createdAt: new Date(TEST_START),
          updatedAt: new Date(updatedAt),
        }),
      );
      applicationIds.push(application.id);
      await ds.manager.save(
        ds.manager.create(Deadline, {
          kind: 'APPLICATION_REPLY',
          caseKind: 'APPLICATION',
          caseId: application.id,
          title: `排序申请${TAG}`,
          startDate: receivedDate,
          periodWorkingDays: 20,
          suspensions: dueDate ? [] : [{ from: receivedDate, to: null, reason: '告知补正' }],
          dueDate,
          isSuspended: dueDate === null,
          state: replyDate ? 'MET' : 'OPEN',
          createdAt: new Date(TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
    }
    for (const [department, dueDate, state, createdAt] of [
      [0, '2026-12-10', 'ORDERED', null],
      [1, '2026-12-01', 'REPORTED', LATER],
      [0, '2026-12-10', 'ORDERED', EARLIER],
      [2, '2026-12-31', 'VERIFIED', null],
      [1, '2026-12-20', 'ORDERED', null],
    ] as const) {
      const order = await ds.manager.save(
        ds.manager.create(CorrectionOrder, {
          complaintId: complaintIds[1],
          departmentId: ids.departments[department],
          requirement: '排序整改要求',
          dueDate,
          state,
          createdAt: new Date(createdAt ?? TEST_START),
          updatedAt: new Date(TEST_START),
        }),
      );
      correctionOrderIds.push(order.id);
    }

    // Meetings of one department: states and start times repeat; the registry: types and names repeat.
    meetingDepartmentId = (await createDepartment(ds, { code: `M${TAG}`, name: `排序会议处${TAG}` })).id;
    ({ client: meetingOrganizer } = await signedIn(testApp, {
      roles: [{ role: 'MEETING_ORGANIZER', departmentId: meetingDepartmentId }],
      departmentId: meetingDepartmentId,
    }));
    for (const [number, title, state, startsAt, createdAt] of [
      ['3', 'C', 'PLANNED', LATER, TEST_START],
      ['1', 'A', 'CLOSED', EARLIER, EARLIER],
      ['5', 'B', 'PLANNED', LATER, TEST_START],
      ['2', 'E', 'CANCELLED', TEST_START, LATER],
      ['4', 'D', 'PLANNED', TEST_START, TEST_START],
    ] as const) {
      await ds.manager.save(
        ds.manager.create(Meeting, {
          caseNumber: `HY-S${TAG}-${number}`,
          title: `排序会议${TAG}${title}`,
          departmentId: meetingDepartmentId,
          startsAt: new Date(startsAt),
          plannedEndsAt: new Date(new Date(startsAt).getTime() + 3_600_000),
          place: '会议室',
          state,
          createdAt: new Date(createdAt),
          updatedAt: new Date(TEST_START),
        }),
      );
    }
    for (const [name, type, state, createdAt] of [
      ['B', 'STAKEHOLDER', 'ACTIVE', TEST_START],
      ['A', 'EXPERT', 'ACTIVE', LATER],
      ['B', 'STAKEHOLDER', 'INACTIVE', TEST_START],
      ['D', 'MEDIA', 'ACTIVE', EARLIER],
      ['C', 'STAKEHOLDER', 'ACTIVE', TEST_START],
    ] as const) {
      await ds.manager.save(
        ds.manager.create(Representative, {
          name: `排序代表${TAG}${name}`,
          type,
          organisation: `排序单位${TAG}`,
          state,
          createdAt: new Date(createdAt),
          updatedAt: new Date(TEST_START),
        }),
      );
    }

    // Audit rows of every outcome and actor kind, all at the same instant (the clock stands still).
    const createAgency = `mutation Create($input: ExternalAgencyInput!) { createExternalAgency(input: $input) { id } }`;
    const createDepartmentMutation = `mutation Create($input: DepartmentInput!) { createDepartment(input: $input) { id } }`;
    for (const name of ['X', 'Y']) {
      dataOf(
        await office.gql(createAgency, { input: { name: `审计机关${TAG}${name}`, kind: 'PEER' } }),
        'createExternalAgency',
      );
    }
    expect(
      firstError(await office.gql(createAgency, { input: { name: ' ', kind: 'PEER' } })).extensions?.code,
    ).toBe('BAD_USER_INPUT');
    const departmentInput = {
      input: { code: `Z${TAG}`, name: `拒绝${TAG}`, kind: 'DIVISION', sortOrder: 0 },
    };
    expect(firstError(await office.gql(createDepartmentMutation, departmentInput)).extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      firstError(await testApp.client().gql(createDepartmentMutation, departmentInput)).extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      firstError(await testApp.client().withBearer(publicToken).gql('{ departments { total } }')).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    testApp.clock.advanceMinutes(1);
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
  });

  it('covers every list the domain names', () => {
    expect(cases.map((listCase) => listCase.list).sort()).toEqual(Object.keys(LIST_SORTING).sort());
  });

  describe.each(cases.map((listCase) => [listCase.list, listCase] as const))('%s', (_list, listCase) => {
    const fields = LIST_SORTING[listCase.list].fields as readonly string[];
    const table = fields.flatMap((field) => SORT_ORDERS.map((order) => [field, order] as const));

    it.each(table)('sorts by %s %s; equal values keep the default order', async (field, order) => {
      const unsorted = await page(listCase);
      expect(unsorted.items.length).toBeGreaterThanOrEqual(4);
      expect(unsorted.total).toBe(unsorted.items.length);
      const defaultPosition = new Map(unsorted.items.map((item, index) => [item[listCase.key], index]));

      const sorted = await page(listCase, { sort: { field, order } });
      expect(sorted.total).toBe(unsorted.total);
      expect(new Set(sorted.items.map((item) => item[listCase.key]))).toEqual(
        new Set(defaultPosition.keys()),
      );
      const direction = order === 'ASC' ? 1 : -1;
      for (let index = 1; index < sorted.items.length; index += 1) {
        const [before, after] = [sorted.items[index - 1], sorted.items[index]];
        const comparison = compareValues(field, before[field], after[field]) * direction;
        const where = `${field} ${order} at ${index}: ${JSON.stringify(before)} then ${JSON.stringify(after)}`;
        expect(comparison, where).toBeLessThanOrEqual(0);
        if (comparison === 0) {
          expect(defaultPosition.get(before[listCase.key])!, where).toBeLessThan(
            defaultPosition.get(after[listCase.key])!,
          );
        }
      }
    });

    it('asked for its default sort, answers its default order', async () => {
      const { defaultSort } = LIST_SORTING[listCase.list];
      const unsorted = await page(listCase);
      const explicit = await page(listCase, { sort: { field: defaultSort.field, order: defaultSort.order } });
      expect(explicit.items.map((item) => item[listCase.key])).toEqual(
        unsorted.items.map((item) => item[listCase.key]),
      );
    });

    it('pages through equal values without overlap or gaps, in both directions', async () => {
      for (const order of SORT_ORDERS as readonly SortOrder[]) {
        const sort = { field: listCase.tiedField, order };
        const whole = await page(listCase, { sort });
        const values = whole.items.map((item) => item[listCase.tiedField]);
        // The fixtures make at least three records share one value of this field.
        expect(
          Math.max(...[...new Set(values)].map((value) => values.filter((other) => other === value).length)),
        ).toBeGreaterThanOrEqual(3);
        const paged: Item[] = [];
        for (let number = 1; paged.length < whole.total; number += 1) {
          const { items, total } = await page(listCase, { sort, page: number, perPage: 2 });
          expect(total).toBe(whole.total);
          expect(items.length).toBeGreaterThan(0);
          paged.push(...items);
        }
        expect(paged.map((item) => item[listCase.key])).toEqual(
          whole.items.map((item) => item[listCase.key]),
        );
      }
    });

    it('refuses a field it cannot be sorted by, naming those it can', async () => {
      for (const field of [listCase.refusedField, 'nonexistent', `${fields[0]} DESC; SELECT 1`]) {
        const response = await listCase
          .client()
          .gql(listCase.query, { filter: listCase.filter(), sort: { field, order: 'ASC' } });
        expect(response.data).toBeNull();
        const error = firstError(response);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SORT.FIELD_NOT_ALLOWED' });
        expect(error.message).toMatch(/^不能按“.+”排序，可排序的字段为：/);
        for (const allowed of fields) expect(error.message).toContain(allowed);
        expect(error.extensions?.fields).toEqual({ 'sort.field': [error.message] });
      }
      const badOrder = firstError(
        await listCase
          .client()
          .gql(listCase.query, { filter: listCase.filter(), sort: { field: fields[0], order: 'UP' } }),
      );
      expect(badOrder.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('sends the same number of SQL statements sorted or not, whatever the page size', async () => {
      const statements = async (options: { sort?: { field: string; order: string }; perPage: number }) => {
        // Fewest of three: a background flush of token counts must not be counted.
        let fewest = Number.POSITIVE_INFINITY;
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await testApp.app.services.tokenUsage.flush();
          const before = testApp.db.database.statementCount();
          await page(listCase, options);
          fewest = Math.min(fewest, testApp.db.database.statementCount() - before);
        }
        return fewest;
      };
      await page(listCase); // the session's once-a-minute refresh, out of the way
      const field = LIST_SORTING[listCase.list].fields.at(-1)!;
      // Page sizes below the list's length: a page that holds the whole list needs no count, and is not compared.
      const plain = await statements({ perPage: 2 });
      expect(await statements({ sort: { field, order: 'DESC' }, perPage: 2 })).toBe(plain);
      expect(await statements({ sort: { field, order: 'ASC' }, perPage: 3 })).toBe(plain);
    });
  });

  it('sorting changes only the ORDER BY of the one page statement: the department list keeps its indexed default', async () => {
    const departments = cases.find((listCase) => listCase.list === 'departments')!;
    const capture = async (sort?: { field: string; order: string }) => {
      const sent: string[] = [];
      const original = pg.Client.prototype.query;
      pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
        const config = args[0];
        sent.push(
          typeof config === 'string' ? config : ((config as { text?: string } | undefined)?.text ?? ''),
        );
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      } as typeof original;
      try {
        await page(departments, { sort, perPage: 3 });
      } finally {
        pg.Client.prototype.query = original;
      }
      return sent.filter((sql) => sql.includes('FROM "department"'));
    };
    const [plainPage, plainCount, ...plainRest] = await capture();
    expect(plainRest).toEqual([]);
    expect(plainPage).toMatch(
      /ORDER BY "department"\."sort_order" ASC, "department"\."code" ASC LIMIT 3( OFFSET 0)?$/,
    );
    expect(plainCount).toMatch(/^SELECT COUNT\(1\) AS "cnt" FROM "department" "department" WHERE/);

    const [sortedPage, sortedCount, ...sortedRest] = await capture({ field: 'name', order: 'DESC' });
    expect(sortedRest).toEqual([]);
    expect(sortedPage).toMatch(
      /ORDER BY "department"\."name" DESC, "department"\."sort_order" ASC, "department"\."code" ASC LIMIT 3( OFFSET 0)?$/,
    );
    expect(sortedCount).toBe(plainCount);
  });
});
