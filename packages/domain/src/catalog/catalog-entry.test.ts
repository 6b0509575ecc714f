import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../identity/actor.js';
import { REVIEW_SUBJECT_KINDS } from '../review/review.workflow.js';
import {
  CATALOG_SUBJECT_KINDS,
  availableCatalogEntryActions,
  catalogSearchSchema,
  formatIndexNumber,
  mayWithdrawCatalogEntry,
  withdrawCatalogEntrySchema,
} from './catalog-entry.js';

const staff = (grants: Grant[]): Actor => ({
  kind: 'staff',
  userId: 'u',
  username: 'u',
  stage: 'FULL',
  grants,
  permissions: [],
});

describe('index numbers', () => {
  it('are <bureau code>/<year>-<5 digits>', () => {
    expect(formatIndexNumber('GDP-BUREAU', 2026, 1)).toBe('GDP-BUREAU/2026-00001');
    expect(formatIndexNumber('000000000', 2027, 12345)).toBe('000000000/2027-12345');
  });

  it('refuse a sequence beyond five digits and a malformed bureau code', () => {
    expect(() => formatIndexNumber('GDP', 2026, 100000)).toThrow(RangeError);
    expect(() => formatIndexNumber('GDP', 2026, 0)).toThrow(RangeError);
    expect(() => formatIndexNumber('a/b', 2026, 1)).toThrow(RangeError);
  });
});

describe('catalog subject kinds', () => {
  it('are the reviewed kinds that end in publication', () => {
    expect(CATALOG_SUBJECT_KINDS).toEqual(
      REVIEW_SUBJECT_KINDS.filter((kind) => kind !== 'APPLICATION_REPLY'),
    );
    expect(CATALOG_SUBJECT_KINDS).toContain('MEETING_RESULT');
  });
});

describe('withdrawal', () => {
  const publisherOfA = staff([{ role: 'PUBLISHER', departmentId: 'dept-a' }]);
  const leadershipOffice = staff([{ role: 'LEADERSHIP_OFFICE', departmentId: null }]);
  const drafterOfA = staff([{ role: 'DRAFTER', departmentId: 'dept-a' }]);

  it('is for a publisher of the owning department or the leadership office', () => {
    expect(mayWithdrawCatalogEntry(publisherOfA, 'dept-a')).toBe(true);
    expect(mayWithdrawCatalogEntry(publisherOfA, 'dept-b')).toBe(false);
    expect(mayWithdrawCatalogEntry(leadershipOffice, 'dept-b')).toBe(true);
    expect(mayWithdrawCatalogEntry(drafterOfA, 'dept-a')).toBe(false);
    expect(
      mayWithdrawCatalogEntry({ kind: 'token', tokenId: 't', name: 'p', scopes: ['public:read'] }, 'dept-a'),
    ).toBe(false);
  });

  it('is offered only for a published entry', () => {
    expect(
      availableCatalogEntryActions({ state: 'PUBLISHED', owningDepartmentId: 'dept-a' }, publisherOfA),
    ).toEqual(['WITHDRAW']);
    expect(
      availableCatalogEntryActions({ state: 'SUPERSEDED', owningDepartmentId: 'dept-a' }, publisherOfA),
    ).toEqual([]);
    expect(
      availableCatalogEntryActions({ state: 'WITHDRAWN', owningDepartmentId: 'dept-a' }, leadershipOffice),
    ).toEqual([]);
    expect(
      availableCatalogEntryActions({ state: 'PUBLISHED', owningDepartmentId: 'dept-b' }, leadershipOffice),
    ).toEqual(['WITHDRAW', 'EMERGENCY_WITHDRAW']);
  });

  it('needs a reason of 1 to 500 characters', () => {
    expect(withdrawCatalogEntrySchema.safeParse({ reason: '  ' }).success).toBe(false);
    expect(withdrawCatalogEntrySchema.safeParse({ reason: '字'.repeat(501) }).success).toBe(false);
    expect(withdrawCatalogEntrySchema.parse({ reason: ' 内容有误 ' })).toEqual({ reason: '内容有误' });
  });
});

describe('catalog search', () => {
  it('bounds the search text and the period', () => {
    expect(catalogSearchSchema.safeParse({ search: 'x'.repeat(101) }).success).toBe(false);
    expect(catalogSearchSchema.safeParse({ publishedFrom: '2026-02-30' }).success).toBe(false);
    expect(
      catalogSearchSchema.safeParse({ publishedFrom: '2026-03-02', publishedTo: '2026-03-01' }).success,
    ).toBe(false);
    expect(catalogSearchSchema.parse({ search: ' 规划 ', publishedFrom: '2026-03-01' })).toEqual({
      search: '规划',
      publishedFrom: '2026-03-01',
    });
  });
});
