import { describe, expect, it } from 'vitest';
import { caseLinkOf } from './case-links';

describe('links from tasks and notifications to their records', () => {
  it('open a complaint’s page for its tasks, the order’s page for a correction order’s task', () => {
    expect(caseLinkOf('COMPLAINT', 'COMPLAINT_HANDLING')).toEqual({ resource: 'complaints', type: 'show' });
    expect(caseLinkOf('COMPLAINT', 'CORRECTION_ORDER')).toEqual({
      resource: 'correctionOrders',
      type: 'show',
    });
    expect(caseLinkOf('COMPLAINT')).toEqual({ resource: 'complaints', type: 'show' });
  });

  it('keep the calendar link and show none for kinds without a page', () => {
    expect(caseLinkOf('CALENDAR_YEAR', 'CALENDAR_CONFIRM_YEAR')).toEqual({
      resource: 'calendarOverrides',
      type: 'list',
    });
    expect(caseLinkOf('APPLICATION', 'APPLICATION_REPLY')).toBeNull();
    expect(caseLinkOf('toString')).toBeNull();
  });

  it('open a consultation’s tasks on the consultation, which leads to its document', () => {
    expect(caseLinkOf('CONSULTATION', 'CO_DEPARTMENT_CONSENT')).toEqual({
      resource: 'consultations',
      type: 'show',
    });
    expect(caseLinkOf('CONSULTATION', 'CONSULTATION_REPLY')).toEqual({
      resource: 'consultations',
      type: 'show',
    });
  });
});
