import { describe, expect, it } from 'vitest';
import { toInviteInput, toMeetingInput, validateMeetingForm } from './meeting-forms';
import { validateInvite } from './InviteDialog';

const DEPARTMENT = '00000000-0000-4000-8000-000000000001';
const TOPIC = '00000000-0000-4000-8000-000000000009';

const meetingForm = (topics: Record<string, unknown>[]) => ({
  title: ' 2026年城市更新工作推进会 ',
  departmentId: DEPARTMENT,
  startsAt: '2026-12-01T09:00',
  plannedEndsAt: '2026-12-01T11:30',
  place: '局三楼会议室',
  seats: '',
  topics,
});

describe('the meeting form’s topics', () => {
  it('requires a category for a topic open to representatives (seed §6-2)', () => {
    const errors = validateMeetingForm(
      meetingForm([{ title: '老旧小区改造方案', representativesMayAttend: true, category: null }]),
    );
    expect(errors).toEqual({ topics: { 0: { category: expect.stringContaining('议题类别') } } });
  });

  it('needs at least one topic open to representatives', () => {
    const errors = validateMeetingForm(meetingForm([{ title: '内部事务', representativesMayAttend: false }]));
    expect(errors.topics).toBe('至少一个议题邀请社会代表列席');
  });

  it('sends no category or seats for a topic without representatives, whatever hidden inputs hold', () => {
    const form = meetingForm([
      {
        id: TOPIC,
        title: '老旧小区改造方案',
        representativesMayAttend: true,
        category: 'MAJOR_POLICY',
        seats: 5,
      },
      {
        title: ' 内部事务 ',
        description: '',
        representativesMayAttend: false,
        category: 'MAJOR_DECISION',
        seats: 3,
      },
    ]);
    expect(validateMeetingForm(form)).toEqual({});
    expect(toMeetingInput(form)).toEqual({
      title: '2026年城市更新工作推进会',
      departmentId: DEPARTMENT,
      startsAt: new Date('2026-12-01T09:00').toISOString(),
      plannedEndsAt: new Date('2026-12-01T11:30').toISOString(),
      place: '局三楼会议室',
      seats: null,
      topics: [
        {
          id: TOPIC,
          title: '老旧小区改造方案',
          description: null,
          representativesMayAttend: true,
          category: 'MAJOR_POLICY',
          seats: 5,
        },
        {
          id: null,
          title: '内部事务',
          description: null,
          representativesMayAttend: false,
          category: null,
          seats: null,
        },
      ],
    });
  });

  it('refuses seats below one and a missing start', () => {
    const errors = validateMeetingForm({
      ...meetingForm([
        { title: '议题', representativesMayAttend: true, category: 'OTHER_NECESSARY', seats: 0 },
      ]),
      startsAt: '',
    });
    expect(errors.startsAt).toBe('请填写会议开始时间');
    expect(errors.topics).toEqual({ 0: { seats: '席位数至少为 1' } });
  });
});

describe('the invitation form', () => {
  const representativeId = '00000000-0000-4000-8000-000000000002';
  const topicId = '00000000-0000-4000-8000-000000000003';

  it('sends no topics for the whole meeting, the ticked ones otherwise', () => {
    expect(toInviteInput({ representativeId, wholeMeeting: true, topicIds: [topicId] }).topicIds).toEqual([]);
    expect(toInviteInput({ representativeId, wholeMeeting: false, topicIds: [topicId] }).topicIds).toEqual([
      topicId,
    ]);
  });

  it('asks for topics when the invitation is per topic and none is ticked', () => {
    expect(validateInvite({ representativeId, wholeMeeting: false, topicIds: [] })).toEqual({
      topicIds: '请选择邀请列席的议题',
    });
    expect(validateInvite({ wholeMeeting: true })).toEqual({ representativeId: '请选择社会代表' });
  });
});
