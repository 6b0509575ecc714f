import type { EntityManager } from 'typeorm';
import { addCalendarDays, representativeDuplicateKeys, shanghaiDateOf, type RepresentativeType } from '@gdp/domain';
import { issueCaseNumber } from '../../shared/citizen-code/index.js';
import type { AppServices } from '../../services.js';
import { Meeting, MeetingTopic, Representative, RepresentativeEligibilityCheck } from './meeting.entity.js';
import { NEW_MEETING_STATE } from './meeting.steps.js';

/** Demo data (demo mode only): a few eligible representatives and one planned meeting of the demo organizer's department. */
const DEMO_REPRESENTATIVES: ReadonlyArray<{ name: string; type: RepresentativeType; organisation: string; title: string; expertise: string | null; phone: string }> = [
  { name: '陈明', type: 'EXPERT', organisation: '湖州师范学院', title: '教授', expertise: '文化产业政策', phone: '13900000001' },
  { name: '李芳', type: 'STAKEHOLDER', organisation: '吴兴区某社区居委会', title: '主任', expertise: null, phone: '13900000002' },
  { name: '周强', type: 'MEDIA', organisation: '湖州日报社', title: '记者', expertise: null, phone: '13900000003' },
];

export async function seedDemoMeetings(manager: EntityManager, services: Pick<AppServices, 'clock'>): Promise<number> {
  if ((await manager.count(Representative)) > 0) return 0;
  const [organizer] = (await manager.query(
    `SELECT g.user_id AS "userId", g.department_id AS "departmentId" FROM role_grant g JOIN app_user u ON u.id = g.user_id
      WHERE g.role = 'MEETING_ORGANIZER' AND u.is_demo ORDER BY u.created_at LIMIT 1`,
  )) as Array<{ userId: string; departmentId: string }>;
  if (!organizer) return 0;
  const now = services.clock.now();
  for (const demo of DEMO_REPRESENTATIVES) {
    const representative = await manager.save(
      manager.create(Representative, {
        ...demo,
        email: null,
        postalAddress: null,
        duplicateKeys: representativeDuplicateKeys(demo),
        state: 'ACTIVE',
        eligibilityOutcome: 'MET',
        eligibilityBasis: '推荐单位意见；无违法犯罪记录证明（演示数据）',
        eligibilityCheckedById: organizer.userId,
        eligibilityCheckedAt: now,
        createdById: organizer.userId,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await manager.insert(RepresentativeEligibilityCheck, {
      representativeId: representative.id,
      outcome: 'MET',
      basis: representative.eligibilityBasis as string,
      checkedById: organizer.userId,
      checkedAt: now,
    });
  }
  // A week from today, 09:30–11:30 Shanghai time.
  const day = addCalendarDays(shanghaiDateOf(now), 7);
  const meeting = await manager.save(
    manager.create(Meeting, {
      caseNumber: await issueCaseNumber(manager, 'MEETING', now),
      title: '关于文旅惠民消费券发放方案的专题会议',
      departmentId: organizer.departmentId,
      startsAt: new Date(`${day}T09:30:00+08:00`),
      plannedEndsAt: new Date(`${day}T11:30:00+08:00`),
      place: '局三楼第一会议室',
      seats: 10,
      ...NEW_MEETING_STATE,
      createdById: organizer.userId,
      createdAt: now,
      updatedAt: now,
    }),
  );
  await manager.insert(MeetingTopic, [
    { meetingId: meeting.id, position: 0, title: '文旅惠民消费券发放方案', description: '发放对象、额度和使用范围', representativesMayAttend: true, category: 'MAJOR_DECISION', seats: null, removedAt: null },
    { meetingId: meeting.id, position: 1, title: '内部工作安排', description: null, representativesMayAttend: false, category: null, seats: null, removedAt: null },
  ]);
  return DEMO_REPRESENTATIVES.length + 1;
}
