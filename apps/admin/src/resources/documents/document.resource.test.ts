import { describe, expect, it } from 'vitest';
import { toDocumentDraftInput, toDocumentFilter } from './document.resource';

describe('documents in the console', () => {
  it('the draft form goes to the API as DocumentDraftInput; the other type’s name only for OTHER', () => {
    const base = {
      title: ' 关于开放时间的通知 ',
      documentNumber: '',
      type: 'NOTICE',
      otherTypeName: '纪要',
      purpose: 'VITAL_INTERESTS',
      summary: ' ',
      coDepartmentIds: ['d2'],
      jointAgencyIds: null,
      catalogCategoryId: '',
      forwardedFromId: undefined,
      body: '正文',
    };
    expect(toDocumentDraftInput(base)).toEqual({
      title: '关于开放时间的通知',
      documentNumber: null,
      type: 'NOTICE',
      otherTypeName: null,
      purpose: 'VITAL_INTERESTS',
      summary: null,
      coDepartmentIds: ['d2'],
      jointAgencyIds: [],
      catalogCategoryId: null,
      forwardedFromId: null,
      body: '正文',
    });
    expect(toDocumentDraftInput({ ...base, type: 'OTHER' }).otherTypeName).toBe('纪要');
  });

  it('the list filter keeps the API’s keys and drops empty values', () => {
    expect(toDocumentFilter({ state: 'DRAFT', attribute: '', search: ' 通知 ', q: 'x' })).toEqual({
      state: 'DRAFT',
      search: '通知',
    });
  });
});
