import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Chip, Divider, Link, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { ELIGIBILITY_CONDITION_LABELS, eligibilityCheckSchema } from '@gdp/domain';
import {
  EditButton,
  ListButton,
  RadioButtonGroupInput,
  ReferenceField,
  Show,
  TextInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { ActiveToggleButton } from '../../shared/ActiveToggleButton';
import { formatChinaDateTime } from '../../shared/dates';
import { validateWith } from '../../shared/zod-validation';
import { InvitationStateChip } from '../meetings/MeetingFields';
import { Facts, HeaderRow, Section } from '../../shared/ShowSection';
import { MeetingStepButton } from '../meetings/MeetingStepButton';
import { EligibilityChip, RepresentativeStateField } from './RepresentativeFields';
import {
  ELIGIBILITY_OUTCOME_CHOICES,
  eligibilityOutcomeLabel,
  representativeTypeLabel,
} from './representative-labels';
import type { Representative } from './representative.resource';

const CONDITIONS = Object.values(ELIGIBILITY_CONDITION_LABELS)
  .map((condition, index) => `${index + 1}. ${condition}`)
  .join('；');

/** Seed §6-3 as one outcome with its basis; the latest check counts, every one is kept. */
const EligibilityCheckButton = () => {
  const representative = useRecordContext<Representative>();
  if (!representative) return null;
  return (
    <MeetingStepButton
      resource="representatives"
      action="recordEligibility"
      label="资格审核"
      icon={<FactCheckIcon />}
      id={representative.id}
      version={representative.version}
      successMessage={`${representative.name}：资格审核结论已登记`}
      intro={`社会代表应当具备以下条件（局制度第六条第三项）：${CONDITIONS}`}
      validate={validateWith(eligibilityCheckSchema)}
      inputs={
        <>
          <RadioButtonGroupInput source="outcome" label="审核结论" choices={ELIGIBILITY_OUTCOME_CHOICES} />
          <TextInput
            source="basis"
            label="审核依据"
            helperText="如推荐单位意见、无违法犯罪记录证明等"
            multiline
            minRows={3}
            sx={{ width: '100%' }}
          />
        </>
      }
    />
  );
};

const RepresentativeShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <EligibilityCheckButton />
    <ActiveToggleButton />
  </TopToolbar>
);

const Checker = ({ userId }: { userId: string | null | undefined }) =>
  userId ? <ReferenceField record={{ userId }} source="userId" reference="users" link={false} /> : null;

const ProfileSection = () => {
  const representative = useRecordContext<Representative>();
  if (!representative) return null;
  return (
    <Section title={representative.name} testId="representative-profile">
      <Facts
        items={[
          ['代表类别', representativeTypeLabel(representative.type)],
          ['工作单位', representative.organisation],
          ['职务职称', representative.title],
          ['专业领域', representative.expertise],
          ['状态', <RepresentativeStateField key="state" />],
          ['可以邀请', representative.isInvitable ? '是' : '否（须在册且资格审核符合列席条件）'],
          // Contacts resolve only for the registry's keepers; null for everyone else.
          ['联系电话', representative.phone],
          ['电子邮箱', representative.email],
          ['通信地址', representative.postalAddress],
        ]}
      />
    </Section>
  );
};

const EligibilitySection = () => {
  const representative = useRecordContext<Representative>();
  if (!representative) return null;
  const checks = representative.eligibilityChecks ?? [];
  return (
    <Section title="资格审核" testId="representative-eligibility">
      <Facts
        items={[
          ['审核结论', <EligibilityChip key="outcome" outcome={representative.eligibilityOutcome} />],
          ['审核依据', representative.eligibilityBasis],
          ['审核人', <Checker key="checker" userId={representative.eligibilityCheckedById} />],
          ['审核时间', formatChinaDateTime(representative.eligibilityCheckedAt)],
        ]}
      />
      {checks.length > 1 && (
        <Table size="small" sx={{ mt: 2 }}>
          <HeaderRow headers={['审核时间', '审核结论', '审核依据', '审核人']} />
          <TableBody>
            {checks.map((check) => (
              <TableRow key={check.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaDateTime(check.checkedAt)}</TableCell>
                <TableCell>{eligibilityOutcomeLabel(check.outcome)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{check.basis}</TableCell>
                <TableCell>
                  <Checker userId={check.checkedById} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

/** The meetings this person was invited to (those the user may read), newest first. */
const ParticipationSection = () => {
  const representative = useRecordContext<Representative>();
  if (!representative?.participation) return null;
  const rows = representative.participation;
  return (
    <Section title="列席记录" testId="representative-participation">
      {rows.length === 0 ? (
        <Typography color="text.secondary">尚无列席记录</Typography>
      ) : (
        <Table size="small">
          <HeaderRow headers={['会议', '邀请编号', '邀请状态', '签到', '离场', '同意公开列席']} />
          <TableBody>
            {rows.map((invitation) => (
              <TableRow key={invitation.id}>
                <TableCell>
                  <Link component={RouterLink} to={`/meetings/${invitation.meetingId}/show`}>
                    <ReferenceField
                      record={invitation}
                      source="meetingId"
                      reference="meetings"
                      link={false}
                    />
                  </Link>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{invitation.caseNumber}</TableCell>
                <TableCell>
                  <InvitationStateChip state={invitation.state} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatChinaDateTime(invitation.checkedInAt) || '—'}
                  {invitation.isLate && <Chip size="small" color="error" label="迟到" sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatChinaDateTime(invitation.departedAt) || '—'}
                </TableCell>
                <TableCell>{invitation.attendancePublic ? '是' : '否'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

export const RepresentativeShow = () => (
  <Show actions={<RepresentativeShowActions />}>
    <ProfileSection />
    <Divider />
    <EligibilitySection />
    <Divider />
    <ParticipationSection />
  </Show>
);
