import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Button, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useCanAccess, useDataProvider } from 'react-admin';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { PrintLayout } from '../applications/PrintLayout';
import type { InvitationLetter } from './meeting.resource';
import { InvitationLetterView } from './InvitationLetterView';

export const invitationLetterPath = (invitationId: string, meetingId: string) =>
  `/meetings/invitations/${invitationId}/letter?meeting=${encodeURIComponent(meetingId)}`;

/** A reprint of an invitation letter: without the access code, which is stored only hashed. */
export const MeetingInvitationLetterPage = () => {
  const { invitationId = '' } = useParams();
  const [search] = useSearchParams();
  const meetingId = search.get('meeting');
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess, isPending: checking } = useCanAccess({
    resource: 'meetings',
    action: 'invitationLetter',
  });
  const { data, error, isPending } = useQuery({
    queryKey: ['meetings', 'invitationLetter', invitationId],
    queryFn: () => dataProvider.runAction<InvitationLetter>('meetings', 'invitationLetter', { invitationId }),
    enabled: canAccess === true && invitationId !== '',
  });
  if (checking) return <LinearProgress sx={{ m: 2 }} />;
  if (!canAccess)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        您无权打印邀请函
      </Alert>
    );
  const back = meetingId ? (
    <Button component={Link} to={`/meetings/${meetingId}/show`} startIcon={<ArrowBackIcon />}>
      返回会议
    </Button>
  ) : null;
  return (
    <PrintLayout actions={back}>
      <Title title="邀请函" />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {data && <InvitationLetterView letter={data} />}
    </PrintLayout>
  );
};
