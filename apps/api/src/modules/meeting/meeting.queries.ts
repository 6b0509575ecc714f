import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { badInput, type Actor } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { isInScope, withinScope } from '../../shared/access/department-scope.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { perRequest } from '../../shared/graphql/per-request.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { Meeting, MeetingInterestDeclaration, MeetingInvitation, MeetingTopic, Representative } from './meeting.entity.js';
import { REPRESENTATIVE_LABEL, meetingReadScope, topicsOf } from './meeting.steps.js';
import type { MeetingAttendanceRow, MeetingCalendarItem, MeetingFilter, RepresentativeFilter } from './meeting.types.js';

/** Reads of the registry and of meetings, each within the caller's departments (SPEC M8, §2.1). */
const SEARCH_MAX = 100;

/** The registry by name. */
export const REPRESENTATIVE_LIST_ORDER = listOrder(
  'representatives',
  {
    name: 'representative.name',
    type: 'representative.type',
    state: 'representative.state',
    createdAt: 'representative.createdAt',
  },
  [
    ['representative.name', 'ASC'],
    ['representative.id', 'ASC'],
  ],
);

/** The latest meeting first. */
export const MEETING_LIST_ORDER = listOrder(
  'meetings',
  {
    startsAt: 'meeting.startsAt',
    caseNumber: 'meeting.caseNumber',
    title: 'meeting.title',
    state: 'meeting.state',
    departmentId: 'meeting.departmentId',
    createdAt: 'meeting.createdAt',
  },
  [
    ['meeting.startsAt', 'DESC'],
    ['meeting.id', 'DESC'],
  ],
);

function searchOf(search: string | null | undefined): string | null {
  const text = search?.trim() ?? '';
  if (text.length > SEARCH_MAX) throw badInput('SEARCH.TOO_LONG', `搜索词最多 ${SEARCH_MAX} 个字符`, { search: [`最多 ${SEARCH_MAX} 个字符`] });
  return text || null;
}

export async function findRepresentatives(
  manager: EntityManager,
  filter: RepresentativeFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Representative>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(Representative).createQueryBuilder('representative');
  const search = searchOf(filter.search);
  if (search) {
    query.andWhere(
      '(representative.name ILIKE :q OR representative.organisation ILIKE :q OR representative.expertise ILIKE :q)',
      { q: likePattern(search) },
    );
  }
  if (filter.type) query.andWhere('representative.type = :type', { type: filter.type });
  if (filter.state) query.andWhere('representative.state = :state', { state: filter.state });
  if (filter.invitable) query.andWhere("representative.state = 'ACTIVE' AND representative.eligibilityOutcome = 'MET'");
  const [items, total] = await orderBySort(query, REPRESENTATIVE_LIST_ORDER, sort).skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

export async function findRepresentative(manager: EntityManager, id: string): Promise<Representative> {
  const representative = isUuid(id) ? await manager.findOneBy(Representative, { id }) : null;
  if (!representative) throw notFound(REPRESENTATIVE_LABEL);
  return representative;
}

export async function findMeetings(
  manager: EntityManager,
  actor: Actor,
  filter: MeetingFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<Meeting>> {
  const { offset, limit } = pageWindow(page);
  const query = withinScope(
    manager.getRepository(Meeting).createQueryBuilder('meeting'),
    'meeting.departmentId',
    meetingReadScope(actor),
  );
  if (filter.state) query.andWhere('meeting.state = :state', { state: filter.state });
  if (filter.departmentId) {
    query.andWhere('meeting.departmentId = :departmentId', { departmentId: idsForQuery([filter.departmentId])[0] });
  }
  const search = searchOf(filter.search);
  if (search) query.andWhere('(meeting.title ILIKE :q OR meeting.caseNumber ILIKE :q)', { q: likePattern(search) });
  const [items, total] = await orderBySort(query, MEETING_LIST_ORDER, sort).skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

/** A loader of rows by id: each page asks for all of them in one statement. */
function byIdLoader<T extends { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await manager.findBy(entity, { id: In([...ids]) } as FindOptionsWhere<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Per-request loaders: a page of meetings reads its feedback deadlines, and a meeting's invitation table its
 * representatives, meetings and interest declarations, in one statement each.
 */
export function meetingLoaders(context: RequestContext, manager: EntityManager) {
  return perRequest(context, 'meetingLoaders', () => ({
    feedbackDeadline: byIdLoader(manager, Deadline),
    meeting: byIdLoader(manager, Meeting),
    representative: byIdLoader(manager, Representative),
    interestDeclarations: new DataLoader<string, MeetingInterestDeclaration[]>(async (invitationIds) => {
      const rows = await manager.find(MeetingInterestDeclaration, {
        where: { invitationId: In([...invitationIds]) },
        order: { declaredAt: 'ASC', id: 'ASC' },
      });
      return invitationIds.map((id) => rows.filter((row) => row.invitationId === id));
    }),
  }));
}

const CALENDAR_MAX_DAYS = 366;

/** Meetings starting within [from, to), for the console's calendar. */
export async function findMeetingsCalendar(
  manager: EntityManager,
  actor: Actor,
  from: Date,
  to: Date,
): Promise<MeetingCalendarItem[]> {
  const span = to.getTime() - from.getTime();
  if (Number.isNaN(span) || span <= 0 || span > CALENDAR_MAX_DAYS * 86_400_000) {
    throw badInput('MEETING.INVALID_CALENDAR_RANGE', `日历范围须为 1—${CALENDAR_MAX_DAYS} 天`, {
      to: [`结束须晚于开始，且不超过 ${CALENDAR_MAX_DAYS} 天`],
    });
  }
  const meetings = await withinScope(
    manager.getRepository(Meeting).createQueryBuilder('meeting'),
    'meeting.departmentId',
    meetingReadScope(actor),
  )
    .andWhere('meeting.startsAt >= :from AND meeting.startsAt < :to', { from, to })
    .orderBy('meeting.startsAt', 'ASC')
    .addOrderBy('meeting.id', 'ASC')
    .take(1000)
    .getMany();
  return meetings.map(({ id, caseNumber, title, departmentId, startsAt, plannedEndsAt, place, state }) => ({
    id,
    caseNumber,
    title,
    departmentId,
    startsAt,
    plannedEndsAt,
    place,
    state,
  }));
}

/** A representative's invitations to meetings the caller reads (their participation history). */
export async function findInvitationsOfRepresentative(
  manager: EntityManager,
  actor: Actor,
  representativeId: string,
): Promise<MeetingInvitation[]> {
  const invitations = await manager.find(MeetingInvitation, {
    where: { representativeId },
    order: { createdAt: 'DESC' },
  });
  if (invitations.length === 0) return [];
  const meetings = await manager.findBy(Meeting, { id: In(invitations.map((invitation) => invitation.meetingId)) });
  const readable = new Set(
    meetings.filter((meeting) => isInScope(meetingReadScope(actor), meeting.departmentId)).map((meeting) => meeting.id),
  );
  return invitations.filter((invitation) => readable.has(invitation.meetingId));
}

/** The attendance list as exported: no contact of anyone. */
export async function attendanceOf(manager: EntityManager, meeting: Meeting): Promise<MeetingAttendanceRow[]> {
  const [invitations, topics] = await Promise.all([
    manager.find(MeetingInvitation, { where: { meetingId: meeting.id }, order: { sequence: 'ASC' } }),
    manager.find(MeetingTopic, { where: { meetingId: meeting.id } }),
  ]);
  if (invitations.length === 0) return [];
  const [representatives, flagged] = await Promise.all([
    manager.findBy(Representative, { id: In(invitations.map((invitation) => invitation.representativeId)) }),
    manager.findBy(MeetingInterestDeclaration, {
      invitationId: In(invitations.map((invitation) => invitation.id)),
      isFlagged: true,
    }),
  ]);
  const open = (await topicsOf(manager, meeting.id)).filter((topic) => topic.representativesMayAttend);
  return invitations.map((invitation) => {
    const representative = representatives.find((entry) => entry.id === invitation.representativeId) as Representative;
    const invited = invitation.topicIds.length === 0 ? open : topics.filter((topic) => invitation.topicIds.includes(topic.id));
    return {
      caseNumber: invitation.caseNumber,
      representativeName: representative.name,
      representativeType: representative.type,
      organisation: representative.organisation,
      state: invitation.state,
      topics: invited.map((topic) => topic.title),
      checkedInAt: invitation.checkedInAt,
      isLate: invitation.isLate,
      departedAt: invitation.departedAt,
      departedAfterTopic: topics.find((topic) => topic.id === invitation.departedAfterTopicId)?.title ?? null,
      attendancePublic: invitation.attendancePublic,
      isInterestFlagged: flagged.some((declaration) => declaration.invitationId === invitation.id),
    };
  });
}
