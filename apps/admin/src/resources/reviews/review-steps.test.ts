import { ACCESS_RULES, decideAccess, type Actor, type Role } from '@gdp/domain';
import { describe, expect, it } from 'vitest';
import { caseLinkOf } from '../../shared/case-links';
import { contentVersionIdFor, reviewStepsOf, toAssessmentInput, toOutcomeInput } from './review-steps';
import { reviewResource, toReviewFilter } from './review.resource';

const partial = {
  contentVersionId: 'original',
  approvedContentVersionId: null,
  assessment: { outcome: 'DISCLOSE' },
  outcome: { outcome: 'PARTIAL', redactedContentVersionId: 'redacted' },
};

describe('the content version each review step names', () => {
  it('levels 1 and 2 review the subject’s content', () => {
    expect(contentVersionIdFor('INITIAL_REVIEW', partial)).toBe('original');
    expect(contentVersionIdFor('SECRECY_REVIEW', partial)).toBe('original');
  });

  it('the head approves the redacted version for partial disclosure, else the subject’s', () => {
    expect(contentVersionIdFor('APPROVE', partial)).toBe('redacted');
    expect(contentVersionIdFor('APPROVE', { ...partial, outcome: { outcome: 'DISCLOSE' } })).toBe('original');
  });

  it('publishing and confirming name the approved version', () => {
    const approved = { ...partial, approvedContentVersionId: 'redacted' };
    expect(contentVersionIdFor('PUBLISH', approved)).toBe('redacted');
    expect(contentVersionIdFor('CONFIRM', approved)).toBe('redacted');
    expect(
      contentVersionIdFor('PUBLISH', { contentVersionId: 'original', approvedContentVersionId: 'original' }),
    ).toBe('original');
  });
});

describe('review forms → the API’s inputs', () => {
  it('disclosing sends no reasons; withholding keeps reasons and basis', () => {
    expect(toAssessmentInput({ outcome: 'DISCLOSE', reasons: ['PERSONAL_PRIVACY'], basis: ' ' })).toEqual({
      outcome: 'DISCLOSE',
      reasons: [],
      basis: null,
    });
    expect(
      toAssessmentInput({ outcome: 'WITHHOLD', reasons: ['PERSONAL_PRIVACY'], basis: '第十五条' }),
    ).toEqual({
      outcome: 'WITHHOLD',
      reasons: ['PERSONAL_PRIVACY'],
      basis: '第十五条',
    });
  });

  it('level 2 sends the redacted version only for partial, state-secret metadata only with STATE_SECRET', () => {
    const data = {
      outcome: 'PARTIAL',
      reasons: ['STATE_SECRET'],
      redactedContentVersionId: 'v2',
      stateSecret: { level: 'SECRET', term: ' 10年 ', basis: '目录', scope: '本处室' },
      exceptions: [{}],
    };
    expect(toOutcomeInput(data)).toMatchObject({
      redactedContentVersionId: 'v2',
      exceptions: [],
      stateSecret: { level: 'SECRET', term: '10年', basis: '目录', scope: '本处室' },
    });
    expect(toOutcomeInput({ ...data, outcome: 'WITHHOLD', reasons: ['PERSONAL_PRIVACY'] })).toMatchObject({
      redactedContentVersionId: null,
      stateSecret: null,
    });
  });

  it('offers exactly the API’s steps the console knows, and the list filter keeps isOpen=false', () => {
    expect(reviewStepsOf(['SUPPLY', 'APPROVE', 'RETURN'])).toEqual(['APPROVE', 'RETURN']);
    expect(toReviewFilter({ isOpen: false, state: '', subjectKind: 'DOCUMENT' })).toEqual({
      isOpen: false,
      subjectKind: 'DOCUMENT',
    });
  });
});

const staff = (role: Role): Actor => ({
  kind: 'staff',
  userId: 'u',
  username: 'u',
  stage: 'FULL',
  grants: [{ role, departmentId: 'd' }],
  permissions: [],
});

describe('reviews in the console', () => {
  it('each level’s button follows the domain’s access rules', () => {
    const allowed = (role: Role, action: keyof typeof reviewResource.access) =>
      decideAccess(reviewResource.access[action], staff(role)) === 'ALLOW';
    expect(reviewResource.access.secrecy).toBe(ACCESS_RULES['Mutation.reviewSecrecy']);
    expect(allowed('DRAFTER', 'initial')).toBe(true);
    expect(allowed('DRAFTER', 'secrecy')).toBe(false);
    expect(allowed('CONFIDENTIALITY_OFFICER', 'secrecy')).toBe(true);
    expect(allowed('DEPARTMENT_HEAD', 'approve')).toBe(true);
    expect(allowed('PUBLISHER', 'publish')).toBe(true);
    expect(allowed('PUBLISHER', 'approve')).toBe(false);
  });

  it('review tasks open the review’s page', () => {
    for (const kind of [
      'REVIEW_LEVEL_1',
      'REVIEW_LEVEL_2',
      'REVIEW_LEVEL_3',
      'REVIEW_OFFICE',
      'REVIEW_PUBLISH',
    ])
      expect(caseLinkOf('REVIEW', kind)).toEqual({ resource: 'reviews', type: 'show' });
    expect(caseLinkOf('REVIEW')).toEqual({ resource: 'reviews', type: 'show' });
  });
});
