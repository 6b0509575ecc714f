import DataLoader from 'dataloader';
import { In, IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_OUTCOME_LABELS,
  COMPLAINT_STATES,
  COMPLAINT_STATE_LABELS,
  COMPLAINT_VIOLATION_KINDS,
  complaintPeriodSchema,
  hasPermission,
  type Actor,
  type ComplaintChannel,
  type ComplaintOutcome,
  type ComplaintState,
  type ComplaintViolationKind,
} from '@gdp/domain';
import type { Clock } from '../../clock.js';
import type { RequestContext } from '../../context.js';
import { callerScope, isInScope, withinScope } from '../../shared/access/department-scope.js';
import { CitizenCode, verifyCitizenCode } from '../../shared/citizen-code/index.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { parseInput } from '../../shared/validation/parse-input.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { todayOf } from '../deadline/deadline.service.js';
import { Notice } from '../notice/index.js';
import { Complaint, ComplaintIdentityReveal } from './complaint.entity.js';
import { CorrectionOrder } from './correction-order.entity.js';
import type {
  ComplaintFilter,
  ComplaintNotice,
  ComplaintStatistics,
  ComplaintStatisticsFilter,
  ComplaintStatus,
  CorrectionOrderFilter,
} from './complaint.types.js';

/**
 * Reads of complaints. Complaint readers (handlers, the leadership office) work bureau-wide: complaints are
 * the bureau's, not a department's. No read here selects the sealed record; orders to correct are scoped to
 * the reader's departments unless they read complaints.
 */
export const COMPLAINT_LIST_ORDER = listOrder(
  'complaints',
  {
    receivedAt: 'complaint.receivedAt',
    caseNumber: 'complaint.caseNumber',
    violationKind: 'complaint.violationKind',
    channel: 'complaint.channel',
    state: 'complaint.state',
    outcome: 'complaint.outcome',
    createdAt: 'complaint.createdAt',
    updatedAt: 'complaint.updatedAt',
  },
  [
    ['complaint.receivedAt', 'DESC'],
    ['complaint.id', 'DESC'],
  ],
);

export const CORRECTION_ORDER_LIST_ORDER = listOrder(
  'correctionOrders',
  {
    dueDate: 'correctionOrder.dueDate',
    state: 'correctionOrder.state',
    departmentId: 'correctionOrder.departmentId',
    createdAt: 'correctionOrder.createdAt',
    updatedAt: 'correctionOrder.updatedAt',
  },
  [
    ['correctionOrder.dueDate', 'ASC'],
    ['correctionOrder.id', 'ASC'],
  ],
);

/** An open deadline of the complaint past its due date (SQL on alias `complaint`, parameter :today). */
const OVERDUE_DEADLINE = `EXISTS (SELECT 1 FROM deadline d WHERE d.case_kind = 'COMPLAINT' AND d.case_id = complaint.id
  AND d.state = 'OPEN' AND d.due_date < :today)`;

function filteredComplaints(
  manager: EntityManager,
  filter: ComplaintFilter & ComplaintStatisticsFilter,
  clock: Clock,
): SelectQueryBuilder<Complaint> {
  const period = parseInput(complaintPeriodSchema, {
    receivedFrom: filter.receivedFrom,
    receivedTo: filter.receivedTo,
  });
  const query = manager.getRepository(Complaint).createQueryBuilder('complaint');
  if (filter.state) query.andWhere('complaint.state = :state', { state: filter.state });
  if (filter.violationKind)
    query.andWhere('complaint.violationKind = :violationKind', { violationKind: filter.violationKind });
  if (filter.channel) query.andWhere('complaint.channel = :channel', { channel: filter.channel });
  if (filter.outcome) query.andWhere('complaint.outcome = :outcome', { outcome: filter.outcome });
  if (filter.concernedDepartmentId) {
    query.andWhere('complaint.concernedDepartmentId IN (:...concerned)', {
      concerned: idsForQuery([filter.concernedDepartmentId]),
    });
  }
  if (period.receivedFrom)
    query.andWhere('complaint.receivedDate >= :receivedFrom', { receivedFrom: period.receivedFrom });
  if (period.receivedTo)
    query.andWhere('complaint.receivedDate <= :receivedTo', { receivedTo: period.receivedTo });
  if (filter.overdue !== undefined && filter.overdue !== null) {
    query.andWhere(filter.overdue ? OVERDUE_DEADLINE : `NOT ${OVERDUE_DEADLINE}`, { today: todayOf(clock) });
  }
  const q = filter.q?.trim();
  if (q) {
    query.andWhere('(complaint.caseNumber ILIKE :q OR complaint.summary ILIKE :q)', { q: likePattern(q) });
  }
  if (filter.ids) query.andWhere('complaint.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  return query;
}

export async function findComplaints(
  manager: EntityManager,
  clock: Clock,
  filter: ComplaintFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Complaint>> {
  const { offset, limit } = pageWindow(page);
  const query = filteredComplaints(manager, filter, clock);
  const [items, total] = await orderBySort(query, COMPLAINT_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findComplaint(manager: EntityManager, id: string): Promise<Complaint> {
  const complaint = isUuid(id) ? await manager.findOneBy(Complaint, { id }) : null;
  if (!complaint) throw notFound('投诉举报');
  return complaint;
}

/** Counts by kind, channel, outcome, state and department complained about, and how many are overdue. */
export async function summarizeComplaints(
  manager: EntityManager,
  clock: Clock,
  filter: ComplaintStatisticsFilter = {},
): Promise<ComplaintStatistics> {
  const period = { receivedFrom: filter.receivedFrom, receivedTo: filter.receivedTo };
  const grouped = async (column: string): Promise<Map<string | null, number>> => {
    const rows = await filteredComplaints(manager, period, clock)
      .select(column, 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy(column)
      .getRawMany<{ key: string | null; count: string | number }>();
    return new Map(rows.map((row) => [row.key, Number(row.count)]));
  };
  const everyValue = <T extends string>(values: readonly T[], counts: Map<string | null, number>) =>
    values.map((value) => ({ value, count: counts.get(value) ?? 0 }));

  const [byKind, byChannel, byOutcome, byState, byDepartment] = [
    await grouped('complaint.violationKind'),
    await grouped('complaint.channel'),
    await grouped('complaint.outcome'),
    await grouped('complaint.state'),
    await grouped('complaint.concernedDepartmentId'),
  ];
  const overdue = await filteredComplaints(manager, { ...period, overdue: true }, clock).getCount();
  return {
    total: [...byState.values()].reduce((sum, count) => sum + count, 0),
    byKind: everyValue<ComplaintViolationKind>(COMPLAINT_VIOLATION_KINDS, byKind).map(({ value, count }) => ({
      violationKind: value,
      count,
    })),
    byChannel: everyValue<ComplaintChannel>(COMPLAINT_CHANNELS, byChannel).map(({ value, count }) => ({
      channel: value,
      count,
    })),
    byOutcome: everyValue<ComplaintOutcome>(COMPLAINT_OUTCOMES, byOutcome).map(({ value, count }) => ({
      outcome: value,
      count,
    })),
    byState: everyValue<ComplaintState>(COMPLAINT_STATES, byState).map(({ value, count }) => ({
      state: value,
      count,
    })),
    byConcernedDepartment: [...byDepartment.entries()]
      .map(([departmentId, count]) => ({ departmentId, count }))
      // Most complained about first; the complaints naming no department last.
      .sort(
        (a, b) =>
          b.count - a.count ||
          Number(a.departmentId === null) - Number(b.departmentId === null) ||
          String(a.departmentId).localeCompare(String(b.departmentId)),
      ),
    overdue,
  };
}

/** The case's deadlines: acceptance, transfer, handling — in the order they were started. */
export function findComplaintDeadlines(manager: EntityManager, complaintId: string): Promise<Deadline[]> {
  return manager.find(Deadline, {
    where: { caseKind: 'COMPLAINT', caseId: complaintId },
    order: { createdAt: 'ASC', kind: 'ASC' },
  });
}

/** Notices to the complainant: subject, text, channel and time — never the address (not even masked). */
export async function findComplaintNotices(
  manager: EntityManager,
  complaintId: string,
): Promise<ComplaintNotice[]> {
  const rows = await manager.find(Notice, {
    select: { id: true, subject: true, content: true, channel: true, sentAt: true },
    where: { caseKind: 'COMPLAINT', caseId: complaintId, recipientKind: 'COMPLAINANT' },
    order: { sentAt: 'ASC', id: 'ASC' },
  });
  return rows.map(({ id, subject, content, channel, sentAt }) => ({ id, subject, content, channel, sentAt }));
}

export function findComplaintCorrectionOrders(
  manager: EntityManager,
  complaint: Complaint,
): Promise<CorrectionOrder[]> {
  return manager
    .find(CorrectionOrder, { where: { complaintId: complaint.id }, order: { createdAt: 'ASC', id: 'ASC' } })
    .then((orders) => orders.map((order) => Object.assign(order, { caseNumber: complaint.caseNumber })));
}

export function findIdentityReveals(
  manager: EntityManager,
  complaintId: string,
): Promise<ComplaintIdentityReveal[]> {
  return manager.find(ComplaintIdentityReveal, {
    where: { complaintId },
    order: { revealedAt: 'ASC', id: 'ASC' },
  });
}

/** Whether the complainant holds a live access code (and so can read notices and the reply). */
export function hasLiveAccessCode(manager: EntityManager, complaintId: string): Promise<boolean> {
  return manager.exists(CitizenCode, {
    where: { caseKind: 'COMPLAINT', caseId: complaintId, revokedAt: IsNull() },
  });
}

interface ComplaintLoaders {
  deadlines: DataLoader<string, Deadline[]>;
  hasLiveAccessCode: DataLoader<string, boolean>;
}

const requestLoaders = new WeakMap<object, ComplaintLoaders>();

/**
 * Per-request batches for the fields every row of a complaint list asks for (deadlines, due date,
 * overdue, access code): one query per page instead of several per row.
 */
export function complaintLoaders(request: object, manager: EntityManager): ComplaintLoaders {
  let loaders = requestLoaders.get(request);
  if (!loaders) {
    loaders = {
      deadlines: new DataLoader(async (complaintIds) => {
        const deadlines = await manager.find(Deadline, {
          where: { caseKind: 'COMPLAINT', caseId: In([...complaintIds]) },
          order: { createdAt: 'ASC', kind: 'ASC' },
        });
        return complaintIds.map((id) => deadlines.filter((deadline) => deadline.caseId === id));
      }),
      hasLiveAccessCode: new DataLoader(async (complaintIds) => {
        const codes = await manager.find(CitizenCode, {
          select: { caseId: true },
          where: { caseKind: 'COMPLAINT', caseId: In([...complaintIds]), revokedAt: IsNull() },
        });
        const live = new Set(codes.map((code) => code.caseId));
        return complaintIds.map((id) => live.has(id));
      }),
    };
    requestLoaders.set(request, loaders);
  }
  return loaders;
}

// ---------------------------------------------------------------------------------------------------
// Orders to correct
// ---------------------------------------------------------------------------------------------------

/**
 * The departments whose orders the actor may read: all for complaint readers, their own for a department
 * head (CORRECTION_REPORT), none otherwise.
 */
function correctionOrderScope(actor: Actor) {
  return hasPermission(actor, 'COMPLAINT_READ') ? 'ALL' : callerScope(actor, 'CORRECTION_REPORT');
}

function scopedCorrectionOrders(manager: EntityManager, actor: Actor): SelectQueryBuilder<CorrectionOrder> {
  const query = manager
    .getRepository(CorrectionOrder)
    .createQueryBuilder('correctionOrder')
    // Only the case number of the complaint: the ordered department sees nothing else of it.
    .innerJoin(Complaint, 'complaint', 'complaint.id = correctionOrder.complaintId')
    .addSelect('complaint.caseNumber', 'complaint_case_number');
  return withinScope(query, 'correctionOrder.departmentId', correctionOrderScope(actor));
}

async function withCaseNumbers(query: SelectQueryBuilder<CorrectionOrder>): Promise<CorrectionOrder[]> {
  const { entities, raw } = await query.getRawAndEntities<{
    correctionOrder_id: string;
    complaint_case_number: string;
  }>();
  const numbers = new Map(raw.map((row) => [row.correctionOrder_id, row.complaint_case_number]));
  for (const order of entities) order.caseNumber = numbers.get(order.id);
  return entities;
}

export async function findCorrectionOrders(
  manager: EntityManager,
  actor: Actor,
  filter: CorrectionOrderFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<CorrectionOrder>> {
  const { offset, limit } = pageWindow(page);
  const query = scopedCorrectionOrders(manager, actor);
  if (filter.state) query.andWhere('correctionOrder.state = :state', { state: filter.state });
  if (filter.departmentId) {
    query.andWhere('correctionOrder.departmentId IN (:...departmentIds)', {
      departmentIds: idsForQuery([filter.departmentId]),
    });
  }
  if (filter.complaintId) {
    query.andWhere('correctionOrder.complaintId IN (:...complaintIds)', {
      complaintIds: idsForQuery([filter.complaintId]),
    });
  }
  if (filter.ids) query.andWhere('correctionOrder.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const total = await query.getCount();
  orderBySort(query, CORRECTION_ORDER_LIST_ORDER, sort).offset(offset).limit(limit);
  return { items: await withCaseNumbers(query), total };
}

/** One order the actor may read; another department's is NOT_FOUND (its existence is not revealed). */
export async function findCorrectionOrder(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<CorrectionOrder> {
  const [order] = isUuid(id)
    ? await withCaseNumbers(
        scopedCorrectionOrders(manager, actor).andWhere('correctionOrder.id = :id', { id }),
      )
    : [];
  if (!order) throw notFound('责令改正事项');
  return order;
}

export const isCorrectionOrderVisibleTo = (actor: Actor, order: CorrectionOrder): boolean =>
  isInScope(correctionOrderScope(actor), order.departmentId);

export async function caseNumberOf(manager: EntityManager, complaintId: string): Promise<string> {
  const complaint = await manager.findOneOrFail(Complaint, {
    select: { id: true, caseNumber: true },
    where: { id: complaintId },
  });
  return complaint.caseNumber;
}

// ---------------------------------------------------------------------------------------------------
// The complainant's view, through the case number and access code
// ---------------------------------------------------------------------------------------------------

/**
 * What the complainant reads (SPEC §2.3b): state, dates, outcome, reply and the notices addressed to them —
 * never an identity, the findings, the summary or anyone's name. Every refusal is the same NOT_FOUND.
 */
export async function findComplaintStatus(
  context: RequestContext,
  caseNumber: string,
  accessCode: string,
): Promise<ComplaintStatus> {
  const verified = await verifyCitizenCode(context, caseNumber, accessCode, { caseKind: 'COMPLAINT' });
  const manager = context.services.db.dataSource.manager;
  const complaint = await manager.findOneByOrFail(Complaint, { id: verified.caseId });
  const handling =
    complaint.state === 'NOT_ACCEPTED'
      ? null
      : await manager.findOneBy(Deadline, {
          caseKind: 'COMPLAINT',
          caseId: complaint.id,
          kind: 'COMPLAINT_HANDLING',
        });
  const notices = await findComplaintNotices(manager, complaint.id);
  return {
    caseNumber: complaint.caseNumber,
    state: complaint.state,
    stateLabel: COMPLAINT_STATE_LABELS[complaint.state],
    receivedDate: complaint.receivedDate,
    handlingDueDate: handling?.dueDate ?? null,
    outcome: complaint.outcome,
    outcomeLabel: complaint.outcome ? COMPLAINT_OUTCOME_LABELS[complaint.outcome] : null,
    replyText: complaint.replyText,
    notices: notices.map(({ subject, content, sentAt }) => ({ subject, content, sentAt })),
  };
}
