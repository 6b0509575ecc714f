import {
  ACCESS_RULES,
  DISCLOSURE_EXCEPTION_GROUND_LABELS,
  WITHHOLDING_REASON_LABELS,
  decideAccess,
  type Actor,
  type Role,
} from '@gdp/domain';
import { describe, expect, it, vi } from 'vitest';
import { caseLinkOf } from '../../shared/case-links';
import {
  EXCEPTION_GROUND_CHOICES,
  EXCEPTION_REASON_CHOICES,
  contentVersionIdFor,
  exceptionEvidenceHint,
  exceptionsWithFiles,
  meetingContentsOf,
  redactableKindOf,
  redactedChoicesOf,
  redactionActionOf,
  reviewStepsOf,
  subjectPathOf,
  supplyContentsOf,
  toSupplyRedactionInput,
  toAssessmentInput,
  toOutcomeInput,
} from './review-steps';
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

  it('level 2 sends each complete exception row with its reference and the uploaded file’s id', () => {
    const outcome = toOutcomeInput({
      outcome: 'DISCLOSE',
      reasons: [],
      exceptions: [
        {
          reason: 'PERSONAL_PRIVACY',
          ground: 'RIGHTS_HOLDER_CONSENT',
          evidence: ' 同意书 ',
          evidenceFileId: 'f1',
        },
        {
          reason: 'COMMERCIAL_SECRET',
          ground: 'PUBLIC_INTEREST',
          evidence: '〔2026〕7号',
          evidenceFileId: ' ',
        },
        { reason: 'COMMERCIAL_SECRET' },
      ],
    });
    expect(outcome.exceptions).toEqual([
      {
        reason: 'PERSONAL_PRIVACY',
        ground: 'RIGHTS_HOLDER_CONSENT',
        evidence: '同意书',
        evidenceFileId: 'f1',
      },
      {
        reason: 'COMMERCIAL_SECRET',
        ground: 'PUBLIC_INTEREST',
        evidence: '〔2026〕7号',
        evidenceFileId: null,
      },
    ]);
  });

  it('exception rows offer only the art. 15 reasons and grounds, labelled by the domain', () => {
    expect(EXCEPTION_REASON_CHOICES).toEqual([
      { id: 'COMMERCIAL_SECRET', name: WITHHOLDING_REASON_LABELS.COMMERCIAL_SECRET },
      { id: 'PERSONAL_PRIVACY', name: WITHHOLDING_REASON_LABELS.PERSONAL_PRIVACY },
    ]);
    expect(EXCEPTION_GROUND_CHOICES).toEqual([
      { id: 'RIGHTS_HOLDER_CONSENT', name: DISCLOSURE_EXCEPTION_GROUND_LABELS.RIGHTS_HOLDER_CONSENT },
      { id: 'PUBLIC_INTEREST', name: DISCLOSURE_EXCEPTION_GROUND_LABELS.PUBLIC_INTEREST },
    ]);
    expect(exceptionEvidenceHint('RIGHTS_HOLDER_CONSENT').file).toContain('必须');
    expect(exceptionEvidenceHint('PUBLIC_INTEREST').file).toContain('可选');
  });

  it('the review page shows each recorded exception with its evidence file', () => {
    const letter = { id: 'f1', fileName: '同意书.pdf' };
    expect(
      exceptionsWithFiles(
        [
          { reason: 'PERSONAL_PRIVACY', evidenceFileId: 'f1' },
          { reason: 'COMMERCIAL_SECRET', evidenceFileId: null },
          { reason: 'COMMERCIAL_SECRET', evidenceFileId: 'gone' },
        ],
        [letter],
      ),
    ).toEqual([
      { reason: 'PERSONAL_PRIVACY', evidenceFileId: 'f1', file: letter },
      { reason: 'COMMERCIAL_SECRET', evidenceFileId: null, file: null },
      { reason: 'COMMERCIAL_SECRET', evidenceFileId: 'gone', file: null },
    ]);
    expect(exceptionsWithFiles(null, undefined)).toEqual([]);
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
    expect(reviewResource.access.uploadEvidence).toBe(ACCESS_RULES['Mutation.uploadReviewEvidence']);
    expect(allowed('CONFIDENTIALITY_OFFICER', 'uploadEvidence')).toBe(true);
    expect(allowed('DRAFTER', 'uploadEvidence')).toBe(false);
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

const open = {
  contentVersionId: 'o1',
  isContentRemovalRequired: false,
  decisions: [{ action: 'INITIAL_REVIEW' }],
};
const confirmed = { ...open, isContentRemovalRequired: true, decisions: [{ action: 'CONFIRM' }] };
const supplyFile = (id: string, removedAt: string | null = null) => ({
  id,
  fileName: `${id}.pdf`,
  contentType: 'application/pdf',
  sizeBytes: 10,
  contentBase64: removedAt ? null : 'QUJD',
  removedAt,
});
const supplyVersions = [
  { id: 'o0', kind: 'ORIGINAL', basedOnId: null, text: '上次送审', files: [] },
  {
    id: 'o1',
    kind: 'ORIGINAL',
    basedOnId: null,
    text: '原件文字',
    files: [supplyFile('a'), supplyFile('b')],
  },
  { id: 'r0', kind: 'REDACTED', basedOnId: 'o0', text: '上次区分', files: [] },
  {
    id: 'r1',
    kind: 'REDACTED',
    basedOnId: 'o1',
    text: '区分文字',
    files: [supplyFile('c')],
    sealedAt: '2026-11-02',
  },
];

describe('the content under review, per subject kind', () => {
  it('links each kind to its own page', () => {
    expect(subjectPathOf({ subjectKind: 'DOCUMENT', subjectId: 'x' })).toBe('/documents/x/show');
    expect(subjectPathOf({ subjectKind: 'APPLICATION_REPLY', subjectId: 'x' })).toBe('/applications/x/show');
    expect(subjectPathOf({ subjectKind: 'MEETING_RESULT', subjectId: 'x' })).toBe('/meetings/x/show');
    expect(subjectPathOf({ subjectKind: 'SURVEY_DECISION', subjectId: 'x' })).toBeNull();
  });

  it('an application’s reply: the version under review and the redacted versions based on it', () => {
    const contents = supplyContentsOf({ ...open, supplyVersions });
    expect(contents.original).toEqual({
      id: 'o1',
      text: '原件文字',
      files: [
        {
          id: 'a',
          fileName: 'a.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          href: 'data:application/pdf;base64,QUJD',
        },
        {
          id: 'b',
          fileName: 'b.pdf',
          contentType: 'application/pdf',
          sizeBytes: 10,
          href: 'data:application/pdf;base64,QUJD',
        },
      ],
      isRemoved: false,
      isSealed: false,
    });
    expect(contents.redacted.map((version) => [version.id, version.isSealed])).toEqual([['r1', true]]);
  });

  it('after a confirmed state secret the original reads 内容已删除 and its removed files are gone', () => {
    const removed = supplyVersions.map((version) =>
      version.id === 'o1' ? { ...version, files: [supplyFile('a', '2026-11-03')] } : version,
    );
    const contents = supplyContentsOf({ ...confirmed, supplyVersions: removed });
    expect(contents.original).toMatchObject({ id: 'o1', isRemoved: true, files: [] });
    expect(contents.redacted[0]).toMatchObject({ id: 'r1', isRemoved: false });
    expect(
      supplyContentsOf({ ...open, isContentRemovalRequired: true, supplyVersions }).original?.isRemoved,
    ).toBe(false);
  });

  it('a meeting’s results are read from the meeting’s versions the same way', () => {
    const versions = [
      { id: 'o1', kind: 'ORIGINAL', basedOnId: null, body: '会议结果' },
      { id: 'r1', kind: 'REDACTED', basedOnId: 'o1', body: '区分后的结果' },
      { id: 'r2', kind: 'REDACTED', basedOnId: 'o1', body: '再次区分' },
    ];
    const contents = meetingContentsOf(open, versions);
    expect(contents.original).toEqual({
      id: 'o1',
      text: '会议结果',
      files: [],
      isRemoved: false,
      isSealed: false,
    });
    expect(redactedChoicesOf(contents.redacted)).toEqual([
      { id: 'r1', name: '区分处理版本 1' },
      { id: 'r2', name: '区分处理版本 2' },
    ]);
    expect(meetingContentsOf({ ...open, contentVersionId: 'missing' }, versions)).toEqual({
      original: null,
      redacted: [],
    });
  });

  it('level 2 prepares the redacted version through the subject’s own mutation', () => {
    expect(redactableKindOf('DOCUMENT')).toBe('DOCUMENT');
    expect(redactionActionOf('DOCUMENT')).toBe('prepareRedacted');
    expect(redactionActionOf('APPLICATION_REPLY')).toBe('prepareSupplyRedaction');
    expect(redactionActionOf('MEETING_RESULT')).toBe('prepareMeetingResultRedaction');
    expect(redactableKindOf('OPINION_RESPONSE')).toBeNull();
    for (const kind of ['DOCUMENT', 'APPLICATION_REPLY', 'MEETING_RESULT'] as const)
      expect(Object.hasOwn(reviewResource.actions ?? {}, redactionActionOf(kind))).toBe(true);
    expect(reviewResource.access.prepareSupplyRedaction).toBe(
      ACCESS_RULES['Mutation.prepareApplicationSupplyRedaction'],
    );
    expect(reviewResource.access.prepareMeetingResultRedaction).toBe(
      ACCESS_RULES['Mutation.prepareMeetingResultRedaction'],
    );
  });

  it('the redacted reply keeps only files of the original and sends the uploaded copies', () => {
    const original = supplyContentsOf({ ...open, supplyVersions }).original;
    expect(
      toSupplyRedactionInput(original, {
        text: '区分后',
        keepFileIds: ['a', 'c'],
        files: [{ fileName: '副本.pdf', contentBase64: 'WFla' }],
      }),
    ).toEqual({
      text: '区分后',
      keepFileIds: ['a'],
      files: [{ fileName: '副本.pdf', contentBase64: 'WFla' }],
    });
  });

  it('the prepare mutations carry the review’s version', async () => {
    const mutate = vi.fn(async () => ({
      prepareApplicationSupplyRedaction: { id: 'r' },
      prepareMeetingResultRedaction: { id: 'm' },
    }));
    const api = { mutate } as never;
    const input = { text: 't', keepFileIds: [], files: [] };
    await expect(
      reviewResource.actions?.prepareSupplyRedaction?.(api, {
        reviewId: 'rv',
        reviewVersion: 7,
        input,
      } as never),
    ).resolves.toEqual({ id: 'r' });
    await expect(
      reviewResource.actions?.prepareMeetingResultRedaction?.(api, {
        reviewId: 'rv',
        reviewVersion: 7,
        body: 'b',
      } as never),
    ).resolves.toEqual({ id: 'm' });
    expect(mutate.mock.calls.map((call) => (call as unknown[])[1])).toEqual([
      { reviewId: 'rv', reviewVersion: 7, input },
      { reviewId: 'rv', reviewVersion: 7, body: 'b' },
    ]);
  });
});
