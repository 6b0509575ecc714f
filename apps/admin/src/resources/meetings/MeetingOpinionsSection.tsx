import EditNoteIcon from '@mui/icons-material/EditNote';
import RateReviewIcon from '@mui/icons-material/RateReview';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { adoptionInputSchema, opinionInputSchema, speechInputSchema } from '@gdp/domain';
import { RadioButtonGroupInput, SelectInput, TextInput } from 'react-admin';
import type { FormValues } from '../../providers/resource-definition';
import { formatChinaDateTime } from '../../shared/dates';
import { validateWith, type FormErrors } from '../../shared/zod-validation';
import { Section } from '../../shared/ShowSection';
import { toAdoptionInput, toOpinionInput, toSpeechInput } from './meeting-forms';
import {
  meetingActionLabel,
  OPINION_ADOPTION_CHOICES,
  opinionAdoptionLabel,
  opinionKindLabel,
  opinionSourceLabel,
} from './meeting-labels';
import type { MeetingDetail, MeetingOpinion } from './meeting.resource';
import { MeetingStepButton } from './MeetingStepButton';

const wide = { width: '100%' } as const;
const WHOLE_MEETING = '对整个会议';

const validateOpinion = (values: FormValues): FormErrors => {
  const errors = validateWith(opinionInputSchema)(toOpinionInput(values));
  return values.invitationId ? errors : { ...errors, invitationId: '请选择提出意见的代表' };
};
const validateSpeech = (values: FormValues): FormErrors =>
  validateWith(speechInputSchema)(toSpeechInput(values));
const validateAdoption = (values: FormValues): FormErrors =>
  validateWith(adoptionInputSchema)(toAdoptionInput(values));

/** Opinions grouped by topic, in the agenda's order; those on the whole meeting last. */
export function opinionsByTopic(
  meeting: MeetingDetail,
): Array<{ key: string; title: string; opinions: MeetingOpinion[] }> {
  const opinions = meeting.opinions ?? [];
  const groups = (meeting.topics ?? []).map((topic) => ({
    key: topic.id,
    title: topic.title,
    opinions: opinions.filter((opinion) => opinion.topicId === topic.id),
  }));
  groups.push({
    key: 'meeting',
    title: WHOLE_MEETING,
    opinions: opinions.filter((opinion) => !opinion.topicId),
  });
  return groups.filter((group) => group.opinions.length > 0);
}

const representativeChoices = (meeting: MeetingDetail) =>
  (meeting.invitations ?? [])
    .filter((invitation) => invitation.state !== 'WITHDRAWN')
    .map((invitation) => ({
      id: invitation.id,
      name: `${invitation.representative.name}（${invitation.caseNumber}）`,
    }));

const topicChoices = (meeting: MeetingDetail) =>
  (meeting.topics ?? [])
    .filter((topic) => topic.representativesMayAttend)
    .map((topic) => ({ id: topic.id, name: topic.title }));

const AdoptionButton = ({ meeting, opinion }: { meeting: MeetingDetail; opinion: MeetingOpinion }) => (
  <MeetingStepButton
    action="recordAdoption"
    label={opinion.adoption ? '修改采纳情况' : meetingActionLabel('RECORD_ADOPTION')}
    icon={<RateReviewIcon />}
    id={opinion.id}
    version={opinion.version}
    successMessage={`${meeting.caseNumber}：意见采纳情况已登记`}
    intro="采纳情况及说明将在会后反馈给提出意见的代表（局制度第六条第四项）。"
    validate={validateAdoption}
    defaultValues={{
      adoption: opinion.adoption ?? undefined,
      explanation: opinion.adoptionExplanation ?? '',
    }}
    inputs={
      <>
        <RadioButtonGroupInput source="adoption" label="采纳情况" choices={OPINION_ADOPTION_CHOICES} />
        <TextInput source="explanation" label="采纳情况说明" multiline minRows={3} sx={wide} />
      </>
    }
  />
);

const OpinionCard = ({ meeting, opinion }: { meeting: MeetingDetail; opinion: MeetingOpinion }) => {
  const invitation = meeting.invitations?.find((candidate) => candidate.id === opinion.invitationId);
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="meeting-opinion">
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="subtitle2">{invitation?.representative.name ?? '代表'}</Typography>
        <Chip size="small" variant="outlined" label={opinionKindLabel(opinion.kind)} />
        {opinion.source && (
          <Chip size="small" variant="outlined" label={opinionSourceLabel(opinion.source)} />
        )}
        <Typography variant="caption" color="text.secondary">
          {formatChinaDateTime(opinion.recordedAt)}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {meeting.availableActions.includes('RECORD_ADOPTION') && (
          <AdoptionButton meeting={meeting} opinion={opinion} />
        )}
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', my: 1 }}>
        {opinion.content}
      </Typography>
      <Typography
        variant="body2"
        color={opinion.adoption ? 'text.primary' : 'warning.main'}
        data-testid="adoption"
      >
        采纳情况：{opinion.adoption ? opinionAdoptionLabel(opinion.adoption) : '尚未登记'}
        {opinion.adoptionExplanation ? `——${opinion.adoptionExplanation}` : ''}
      </Typography>
    </Paper>
  );
};

/** Written opinions (before or after the meeting, also from external apps) and speeches, per topic. */
export const MeetingOpinionsSection = ({ meeting }: { meeting: MeetingDetail }) => {
  const groups = opinionsByTopic(meeting);
  const offers = (action: 'RECORD_OPINION' | 'RECORD_SPEECH') => meeting.availableActions.includes(action);
  const actions = (
    <>
      {offers('RECORD_OPINION') && (
        <MeetingStepButton
          action="recordOpinion"
          label={meetingActionLabel('RECORD_OPINION')}
          icon={<EditNoteIcon />}
          id={meeting.id}
          version={meeting.version}
          successMessage={`${meeting.caseNumber}：书面意见已登记`}
          intro="代表以书面形式送交的意见；代表也可凭查询码通过外部应用提交。"
          validate={validateOpinion}
          inputs={
            <>
              <SelectInput
                source="invitationId"
                label="代表"
                choices={representativeChoices(meeting)}
                sx={wide}
              />
              <SelectInput
                source="topicId"
                label="议题"
                choices={topicChoices(meeting)}
                emptyText={WHOLE_MEETING}
                sx={wide}
              />
              <TextInput source="content" label="意见内容" multiline minRows={5} sx={wide} />
            </>
          }
        />
      )}
      {offers('RECORD_SPEECH') && (
        <MeetingStepButton
          action="recordSpeech"
          label={meetingActionLabel('RECORD_SPEECH')}
          icon={<RecordVoiceOverIcon />}
          id={meeting.id}
          version={meeting.version}
          successMessage={`${meeting.caseNumber}：发言已记录`}
          intro="会议过程中代表根据会议安排的发言，由承办处室记录。"
          validate={validateSpeech}
          inputs={
            <>
              <SelectInput
                source="invitationId"
                label="发言的代表"
                choices={representativeChoices(meeting)}
                sx={wide}
              />
              <SelectInput source="topicId" label="议题" choices={topicChoices(meeting)} sx={wide} />
              <TextInput source="content" label="发言内容" multiline minRows={5} sx={wide} />
            </>
          }
        />
      )}
    </>
  );
  return (
    <Section title="代表意见和发言" testId="meeting-opinions" actions={actions}>
      {groups.length === 0 ? (
        <Typography color="text.secondary">尚无代表意见或发言</Typography>
      ) : (
        groups.map((group) => (
          <Box key={group.key} sx={{ mb: 2 }}>
            <Typography variant="subtitle1" gutterBottom>
              {group.title}
            </Typography>
            <Stack spacing={1}>
              {group.opinions.map((opinion) => (
                <OpinionCard key={opinion.id} meeting={meeting} opinion={opinion} />
              ))}
            </Stack>
          </Box>
        ))
      )}
    </Section>
  );
};
