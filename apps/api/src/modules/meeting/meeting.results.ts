import {
  OPINION_ADOPTION_LABELS,
  OPINION_ADOPTIONS,
  REPRESENTATIVE_TYPE_LABELS,
  type OpinionAdoption,
} from '@gdp/domain';
import type { Meeting, MeetingInvitation, MeetingOpinion, MeetingTopic, Representative } from './meeting.entity.js';
import { shanghaiDateTimeText } from './meeting.steps.js';

/**
 * The texts that leave the meeting [seed §6-4(4)]: each representative's feedback (how their own opinions were
 * taken into account, and what was decided), and the results put to review for publication — the decisions,
 * the adoption in numbers with the explanations (no one's name), and the names of those who agreed to be listed.
 */
const topicTitle = (topics: readonly MeetingTopic[], topicId: string | null): string =>
  topicId ? (topics.find((topic) => topic.id === topicId)?.title ?? '（议题已删除）') : '整个会议';

export function feedbackText(meeting: Meeting, topics: readonly MeetingTopic[], own: readonly MeetingOpinion[]): string {
  const lines = [`感谢您列席“${meeting.title}”（${meeting.caseNumber}）。现将意见采纳情况和会议决定情况反馈如下：`];
  if (own.length === 0) lines.push('一、您未提交书面意见或发言。');
  else {
    lines.push('一、您的意见和发言采纳情况：');
    own.forEach((opinion, index) => {
      const adoption = opinion.adoption ? OPINION_ADOPTION_LABELS[opinion.adoption] : '';
      lines.push(
        `${index + 1}. ${opinion.kind === 'SPEECH' ? '会上发言' : '书面意见'}（${topicTitle(topics, opinion.topicId)}）：${adoption}。${opinion.adoptionExplanation ?? ''}`,
      );
    });
  }
  lines.push(`二、会议决定情况：${meeting.decisions ?? ''}`);
  return lines.join('\n');
}

export function resultsText(
  meeting: Meeting,
  topics: readonly MeetingTopic[],
  opinions: readonly MeetingOpinion[],
  listed: ReadonlyArray<{ invitation: MeetingInvitation; representative: Representative }>,
): string {
  const counts = Object.fromEntries(OPINION_ADOPTIONS.map((adoption) => [adoption, 0])) as Record<OpinionAdoption, number>;
  for (const opinion of opinions) if (opinion.adoption) counts[opinion.adoption] += 1;
  const lines = [
    `${meeting.title}会议结果`,
    `会议时间：${shanghaiDateTimeText(meeting.startedAt ?? meeting.startsAt)}；会议地点：${meeting.place}。`,
    `议题：${topics.map((topic) => topic.title).join('；')}。`,
    `一、会议决定情况：${meeting.decisions ?? ''}`,
    `二、社会公众代表意见采纳情况：共收到书面意见和发言 ${opinions.length} 条，${OPINION_ADOPTIONS.map((adoption) => `${OPINION_ADOPTION_LABELS[adoption]} ${counts[adoption]} 条`).join('、')}。`,
    ...opinions.map(
      (opinion, index) =>
        `（${index + 1}）${topicTitle(topics, opinion.topicId)}：${opinion.adoption ? OPINION_ADOPTION_LABELS[opinion.adoption] : ''}。${opinion.adoptionExplanation ?? ''}`,
    ),
    listed.length > 0
      ? `三、列席的社会公众代表（经本人同意公开）：${listed.map(({ representative }) => `${representative.name}（${REPRESENTATIVE_TYPE_LABELS[representative.type]}${representative.organisation ? `，${representative.organisation}` : ''}）`).join('、')}。`
      : '三、列席的社会公众代表：本人未同意公开姓名。',
  ];
  return lines.join('\n');
}
