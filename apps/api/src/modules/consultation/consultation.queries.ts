import type { EntityManager } from 'typeorm';
import { departmentScopeOf, type Actor } from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid } from '../../shared/persistence/query-helpers.js';
import { documentReaderScope, findReadableDocument } from '../document/document.access.js';
import { Consultation } from './consultation.entity.js';
import { CONSULTATION_LABEL } from './consultation.steps.js';
import type { ConsultationFilter } from './consultation.types.js';

export const CONSULTATION_LIST_ORDER = listOrder(
  'consultations',
  {
    sentAt: 'consultation.sentAt',
    updatedAt: 'consultation.updatedAt',
    state: 'consultation.state',
    use: 'consultation.use',
  },
  [
    ['consultation.sentAt', 'DESC'],
    ['consultation.id', 'DESC'],
  ],
);

const NO_ID = '00000000-0000-0000-0000-000000000000';
const idOrNone = (id: string): string => (isUuid(id) ? id : NO_ID);

/** Consultations of the documents the caller reads (own or co-handled; the leadership office all). */
export async function findConsultations(
  manager: EntityManager,
  actor: Actor,
  filter: ConsultationFilter | undefined,
  page: PageInput | undefined,
  sort: SortInput | undefined,
): Promise<Page<Consultation>> {
  const { offset, limit } = pageWindow(page);
  const scope = documentReaderScope(actor);
  const query = manager
    .getRepository(Consultation)
    .createQueryBuilder('consultation')
    .innerJoin(
      'document',
      'document',
      "consultation.subjectKind = 'DOCUMENT' AND document.id = consultation.subjectId",
    );
  if (scope !== 'ALL') {
    query.andWhere(
      '(document.department_id IN (:...scopeIds) OR document.co_department_ids && CAST(:scopeArray AS uuid[]))',
      {
        scopeIds: idsForQuery(scope),
        scopeArray: `{${idsForQuery(scope).join(',')}}`,
      },
    );
  }
  if (filter?.documentId)
    query.andWhere('consultation.subjectId = :documentId', { documentId: idOrNone(filter.documentId) });
  if (filter?.use) query.andWhere('consultation.use = :use', { use: filter.use });
  if (filter?.state) query.andWhere('consultation.state = :state', { state: filter.state });
  if (filter?.consulteeDepartmentId) {
    query.andWhere('consultation.consulteeDepartmentId = :consulteeDepartmentId', {
      consulteeDepartmentId: idOrNone(filter.consulteeDepartmentId),
    });
  }
  orderBySort(query, CONSULTATION_LIST_ORDER, sort);
  const [items, total] = await query.skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

/**
 * One consultation, if the caller reads its document — or, for an application's, handles applications
 * bureau-wide (the task of an application's consultation leads here); otherwise NOT_FOUND.
 */
export async function findReadableConsultation(
  manager: EntityManager,
  actor: Actor,
  id: string,
): Promise<Consultation> {
  if (!isUuid(id)) throw notFound(CONSULTATION_LABEL);
  const consultation = await manager.findOneBy(Consultation, { id });
  if (!consultation) throw notFound(CONSULTATION_LABEL);
  if (consultation.subjectKind === 'APPLICATION') {
    if (actor.kind === 'staff' && departmentScopeOf(actor.grants, 'APPLICATION_HANDLE') === 'ALL')
      return consultation;
    throw notFound(CONSULTATION_LABEL);
  }
  try {
    await findReadableDocument(manager, actor, consultation.subjectId);
  } catch {
    throw notFound(CONSULTATION_LABEL);
  }
  return consultation;
}
