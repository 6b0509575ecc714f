// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { RecordContextProvider } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import type { Meeting } from './meeting.resource';
import { FeedbackDeadlineField } from './MeetingFields';

const renderField = (fields: Partial<Meeting>) =>
  render(
    <RecordContextProvider value={{ id: 'm1', deadlineId: 'd1', feedbackMetAt: null, ...fields } as Meeting}>
      <FeedbackDeadlineField />
    </RecordContextProvider>,
  );

afterEach(cleanup);

describe('the feedback deadline on a meeting', () => {
  it('shows the due date with 已逾期 or 即将到期, nothing extra when on track', () => {
    renderField({ feedbackDueDate: '2026-12-01', feedbackStanding: 'OVERDUE' });
    expect(screen.getByTestId('feedback-deadline').textContent).toMatch(/2026.*12.*1.*（已逾期）/);
    cleanup();
    renderField({ feedbackDueDate: '2026-12-01', feedbackStanding: 'DUE_SOON' });
    expect(screen.getByTestId('feedback-deadline').textContent).toContain('（即将到期）');
    cleanup();
    renderField({ feedbackDueDate: '2026-12-01', feedbackStanding: 'ON_TRACK' });
    expect(screen.getByTestId('feedback-deadline').textContent).not.toMatch(/逾期|即将到期|办结/);
  });

  it('shows when it was met; nothing before the meeting ended', () => {
    renderField({
      feedbackDueDate: '2026-12-01',
      feedbackStanding: null,
      feedbackMetAt: '2026-11-30T02:00:00.000Z',
    });
    expect(screen.getByTestId('feedback-deadline').textContent).toContain('办结');
    cleanup();
    renderField({ deadlineId: null, feedbackDueDate: null, feedbackStanding: null });
    expect(screen.queryByTestId('feedback-deadline')).toBeNull();
  });
});
