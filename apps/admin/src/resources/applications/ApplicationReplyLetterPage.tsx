import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Button, LinearProgress } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReplyLetter } from '@gdp/domain';
import { Title, useCanAccess, useDataProvider } from 'react-admin';
import { Link, useParams } from 'react-router-dom';
import type { ConsoleDataProvider } from '../../providers/data-provider';
import { PrintLayout } from './PrintLayout';
import { ReplyLetterView } from './ReplyLetterView';

/**
 * 答复书: the application's reply letter as the API words it with the domain (条例 art. 36–39), laid out
 * for printing — only the letter reaches the paper.
 */
export const ApplicationReplyLetterPage = () => {
  const { id = '' } = useParams();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess, isPending: checking } = useCanAccess({
    resource: 'applications',
    action: 'replyLetter',
  });
  const { data, error, isPending } = useQuery({
    queryKey: ['applications', 'replyLetter', id],
    queryFn: () =>
      dataProvider.runAction<{ caseNumber: string; letter: ReplyLetter | null }>(
        'applications',
        'replyLetter',
        {
          id,
        },
      ),
    enabled: canAccess === true && id !== '',
  });
  const back = (
    <Button component={Link} to={`/applications/${id}/show`} startIcon={<ArrowBackIcon />}>
      返回案件
    </Button>
  );
  if (checking) return <LinearProgress sx={{ m: 2 }} />;
  if (!canAccess)
    return (
      <Alert severity="error" sx={{ m: 2 }}>
        您无权查看政府信息公开申请
      </Alert>
    );
  return (
    <PrintLayout actions={back}>
      <Title title={data ? `答复书 ${data.caseNumber}` : '答复书'} />
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {data && !data.letter && <Alert severity="info">本申请尚未答复，暂无答复书。</Alert>}
      {data?.letter && <ReplyLetterView letter={data.letter} caseNumber={data.caseNumber} />}
    </PrintLayout>
  );
};
