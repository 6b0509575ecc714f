import DataLoader from 'dataloader';
import { perRequest } from '../../shared/graphql/per-request.js';
import { In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  APPLICATION_STATE_LABELS,
  ANNUAL_REPORT_APPLICATION_COLUMNS,
  ANNUAL_REPORT_APPLICATION_COLUMN_LABELS,
  addCalendarDays,
  annualReportApplicationSection,
  applicationReplyLetter,
  badInput,
  complaintPeriodSchema,
  parseApplicationResultCode,
  type ApplicantType,
  type ReplyLetter,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import type { RequestContext } from '../../context.js';
import { verifyCitizenCode } from '../../shared/citizen-code/index.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { parseInput } from '../../shared/validation/parse-input.js';
import { Complaint } from '../complaint/index.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { todayOf } from '../deadline/deadline.service.js';
import { Notice } from '../notice/index.js';
import { Review } from '../review/review.entity.js';
import { ApplicationSupplyFile, ApplicationSupplyVersion } from './application-supply.entity.js';
import type { SuppliedContentView } from './application-supply.types.js';
import { applicantNameOf } from './application.applicant.js';
import { Application, ApplicationApplicant, ApplicationEvent } from './application.entity.js';
import { APPLICATION_LABEL } from './application.steps.js';
import type {
  AnnualReportApplications,
  ApplicationFilter,
  ApplicationNoticeView,
  ApplicationStatus,
  RelatedApplication,
} from './application.types.js';

/**
 * Reads of applications. Application readers (the disclosure office's handlers, the leadership office) work
 * bureau-wide. Lists and details show the applicant's ID number masked only.
 */
const REPLY_DUE_DATE = `(SELECT d.due_date FROM deadline d WHERE d.case_kind = 'APPLICATION' AND d.kind = 'APPLICATION_REPLY' AND d.case_id = application.id)`;

export const APPLICATION_LIST_ORDER = listOrder(
  'applications',
  {
    receivedDate: 'application.receivedDate',
    caseNumber: 'application.caseNumber',
    channel: 'application.channel',
    applicantType: 'application.applicantType',
    state: 'application.state',
    replyDueDate: REPLY_DUE_DATE,
    closedDate: 'application.replyDate',
    updatedAt: 'application.updatedAt',
  },
  [
    ['application.receivedDate', 'DESC'],
    ['application.id', 'DESC'],
  ],
);

const OVERDUE_DEADLINE = `EXISTS (SELECT 1 FROM deadline d WHERE d.case_kind = 'APPLICATION' AND d.case_id = application.id
  AND d.state = 'OPEN' AND d.due_date < :today)`;

function filteredApplications(
  manager: EntityManager,
  filter: ApplicationFilter,
  clock: Clock,
): SelectQueryBuilder<Application> {
  const period = parseInput(complaintPeriodSchema, { receivedFrom: filter.receivedFrom, receivedTo: filter.receivedTo });
  const query = manager.getRepository(Application).createQueryBuilder('application');
  if (filter.state) query.andWhere('application.state = :state', { state: filter.state });
  if (filter.channel) query.andWhere('application.channel = :channel', { channel: filter.channel });
  if (filter.applicantType) query.andWhere('application.applicantType = :applicantType', { applicantType: filter.applicantType });
  if (period.receivedFrom) query.andWhere('application.receivedDate >= :receivedFrom', { receivedFrom: period.receivedFrom });
  if (period.receivedTo) query.andWhere('application.receivedDate <= :receivedTo', { receivedTo: period.receivedTo });
  if (filter.overdue !== undefined && filter.overdue !== null) {
    query.andWhere(filter.overdue ? OVERDUE_DEADLINE : `NOT ${OVERDUE_DEADLINE}`, { today: todayOf(clock) });
  }
  const q = filter.q?.trim();
  if (q) {
    query.andWhere(
      '(application.caseNumber ILIKE :q OR application.description ILIKE :q OR application.correctedDescription ILIKE :q)',
      { q: likePattern(q) },
    );
  }
  if (filter.ids) query.andWhere('application.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  return query;
}

export async function findApplications(
  manager: EntityManager,
  clock: Clock,
  filter: ApplicationFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Application>> {
  const { offset, limit } = pageWindow(page);
  const query = filteredApplications(manager, filter, clock);
  const [items, total] = await orderBySort(query, APPLICATION_LIST_ORDER, sort).skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

export async function findApplication(manager: EntityManager, id: string): Promise<Application> {
  const application = isUuid(id) ? await manager.findOneBy(Application, { id }) : null;
  if (!application) throw notFound(APPLICATION_LABEL);
  return application;
}

/** Per-request loaders: a page of applications reads its applicants and deadlines in one statement each. */
export function applicationLoaders(context: RequestContext, manager: EntityManager) {
  return perRequest(context, 'applicationLoaders', () => createLoaders(manager));
}

function createLoaders(manager: EntityManager) {
  return {
    applicant: new DataLoader<string, ApplicationApplicant | null>(async (ids) => {
      const rows = await manager.findBy(ApplicationApplicant, { id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    deadlines: new DataLoader<string, Deadline[]>(async (ids) => {
      const rows = await manager.find(Deadline, {
        where: { caseKind: 'APPLICATION', caseId: In([...ids]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return ids.map((id) => rows.filter((row) => row.caseId === id));
    }),
  };
}

export async function findApplicationNotices(manager: EntityManager, applicationId: string): Promise<ApplicationNoticeView[]> {
  const rows = await manager.find(Notice, {
    select: { id: true, subject: true, content: true, channel: true, sentAt: true },
    where: { caseKind: 'APPLICATION', caseId: applicationId, recipientKind: 'APPLICANT' },
    order: { sentAt: 'ASC', id: 'ASC' },
  });
  return rows.map(({ id, subject, content, channel, sentAt }) => ({ id, subject, content, channel, sentAt }));
}

export const findApplicationEvents = (manager: EntityManager, applicationId: string): Promise<ApplicationEvent[]> =>
  manager.find(ApplicationEvent, { where: { applicationId }, order: { id: 'ASC' } });

/** Normalised text for comparing descriptions: no spaces or punctuation, case-folded. */
const normalised = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const bigrams = (text: string) => {
  const set = new Set<string>();
  for (let index = 0; index < text.length - 1; index += 1) set.add(text.slice(index, index + 2));
  if (text.length === 1) set.add(text);
  return set;
};

/** Dice similarity of two descriptions' character bigrams (0–1): Chinese text has no word boundaries. */
export function descriptionSimilarity(a: string, b: string): number {
  const left = bigrams(normalised(a));
  const right = bigrams(normalised(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

/** How similar a description must be to flag a possible repeat (art. 36(6)): the handler decides. */
export const REPEAT_SIMILARITY = 0.6;

const currentDescription = (application: Application) => application.correctedDescription ?? application.description;

/** Answered applications of the same applicant asking for much the same (条例 art. 36(6)), newest first. */
export async function findPossibleRepeats(manager: EntityManager, application: Application): Promise<RelatedApplication[]> {
  if (!application.applicantFingerprint) return [];
  const candidates = await manager
    .getRepository(Application)
    .createQueryBuilder('application')
    .where('application.applicantFingerprint = :fingerprint', { fingerprint: application.applicantFingerprint })
    .andWhere('application.id <> :id', { id: application.id })
    .andWhere("application.state = 'CLOSED'")
    .andWhere('application.receivedDate <= :received', { received: application.receivedDate })
    .orderBy('application.receivedDate', 'DESC')
    .addOrderBy('application.id', 'DESC')
    .take(100)
    .getMany();
  return candidates.filter(
    (candidate) =>
      descriptionSimilarity(currentDescription(candidate), currentDescription(application)) >= REPEAT_SIMILARITY,
  );
}

/** The same applicant's applications received in the 30 days up to this one's receipt, itself included (art. 35). */
export async function countRecentApplications(manager: EntityManager, application: Application): Promise<number> {
  if (!application.applicantFingerprint) return 1;
  return manager
    .getRepository(Application)
    .createQueryBuilder('application')
    .where('application.applicantFingerprint = :fingerprint', { fingerprint: application.applicantFingerprint })
    .andWhere('application.receivedDate BETWEEN :from AND :to', {
      from: addCalendarDays(application.receivedDate, -29),
      to: application.receivedDate,
    })
    .getCount();
}

/** The reply letter of a closed application (null while open), as the domain words it. */
export async function replyLetterOf(
  manager: EntityManager,
  bureauName: string,
  application: Application,
): Promise<ReplyLetter | null> {
  if (application.state !== 'CLOSED' || !application.resultCode || !application.replyDate) return null;
  const result = parseApplicationResultCode(application.resultCode);
  if (!result) return null;
  const applicant = application.anonymisedAt ? null : await manager.findOneBy(ApplicationApplicant, { id: application.id });
  const complaint = application.linkedComplaintId
    ? await manager.findOne(Complaint, { select: { id: true, caseNumber: true }, where: { id: application.linkedComplaintId } })
    : null;
  return applicationReplyLetter({
    bureauName,
    caseNumber: application.caseNumber,
    applicantName: applicantNameOf(applicant),
    receivedDate: application.receivedDate,
    replyDate: application.replyDate,
    result,
    publishedIndexNumbers: application.publishedIndexNumbers,
    withholdingReasons: application.withholdingReasons,
    responsibleAgency: application.responsibleAgency,
    correctionNoticeDate: application.correctionRequestedDate,
    linkedComplaintNumber: complaint?.caseNumber ?? null,
    replyText: application.replyText,
  });
}

/** What the applicant reads with the case number and the access code: their case only, nothing of anyone else. */
export async function findApplicationStatus(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
): Promise<ApplicationStatus> {
  const verified = await verifyCitizenCode(context, caseNumber, accessCode, { caseKind: 'APPLICATION' });
  const manager = context.services.db.dataSource.manager;
  const application = await manager.findOneByOrFail(Application, { id: verified.caseId });
  const reply = await manager.findOneBy(Deadline, { caseKind: 'APPLICATION', caseId: application.id, kind: 'APPLICATION_REPLY' });
  const notices = await findApplicationNotices(manager, application.id);
  return {
    caseNumber: application.caseNumber,
    state: application.state,
    stateLabel: APPLICATION_STATE_LABELS[application.state],
    receivedDate: application.receivedDate,
    replyDueDate: application.state === 'CLOSED' ? null : (reply?.dueDate ?? null),
    notices: notices.map(({ subject, content, sentAt }) => ({ subject, content, sentAt })),
    replyLetter: await replyLetterOf(manager, context.services.config.bureauName, application),
    suppliedContent: await suppliedContentOf(manager, application),
    // Information already published is supplied as published: the app opens these with publicCatalogEntry.
    publishedIndexNumbers: application.state === 'CLOSED' ? application.publishedIndexNumbers : [],
  };
}

/**
 * What the review approved and the handler supplied (the redacted version for a partial disclosure), once the
 * case is closed by it: nothing else of the review — no opinions, no original of a partial disclosure.
 */
async function suppliedContentOf(manager: EntityManager, application: Application): Promise<SuppliedContentView | null> {
  if (application.state !== 'CLOSED') return null;
  const review = await manager.findOne(Review, {
    where: { subjectKind: 'APPLICATION_REPLY', subjectId: application.id, state: 'SUPPLIED' },
    order: { updatedAt: 'DESC', id: 'DESC' },
  });
  if (!review?.approvedContentVersionId) return null;
  const version = await manager.findOneBy(ApplicationSupplyVersion, { id: review.approvedContentVersionId, applicationId: application.id });
  if (!version) return null;
  const files = await manager.find(ApplicationSupplyFile, {
    where: { versionId: version.id, removedAt: IsNull() },
    order: { uploadedAt: 'ASC', id: 'ASC' },
  });
  return {
    text: version.text,
    files: files.map(({ id, fileName, contentType, sizeBytes, storageKey }) => ({ id, fileName, contentType, sizeBytes, storageKey })),
  };
}

/** Section 三 of the annual report for `year`: receipts by day of receipt, results by the day of closing. */
export async function annualReportApplications(manager: EntityManager, year: number): Promise<AnnualReportApplications> {
  if (!Number.isInteger(year) || year < 2000 || year > 2999) {
    throw badInput('APPLICATION.INVALID_YEAR', '年度无效', { year: ['年度无效'] });
  }
  const rows = (await manager.query(
    `SELECT a.applicant_type AS "applicantType", to_char(a.received_date, 'YYYY-MM-DD') AS "receivedDate",
            a.result_code AS "resultCode",
            (SELECT to_char(max(e.on_date), 'YYYY-MM-DD') FROM application_event e
              WHERE e.application_id = a.id AND e.to_state = 'CLOSED') AS "closedDate"
       FROM application a
      WHERE a.received_date <= $1`,
    [`${year}-12-31`],
  )) as Array<{ applicantType: ApplicantType; receivedDate: string; resultCode: string | null; closedDate: string | null }>;
  const section = annualReportApplicationSection(
    year,
    rows.map((row) => ({ ...row, resultCode: row.closedDate ? row.resultCode : null })),
  );
  return {
    year,
    columns: ANNUAL_REPORT_APPLICATION_COLUMNS.map((column) => ANNUAL_REPORT_APPLICATION_COLUMN_LABELS[column]),
    rows: section.rows,
    balanced: section.balanced,
  };
}
