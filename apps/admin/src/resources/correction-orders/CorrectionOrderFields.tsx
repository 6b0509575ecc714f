import { Chip } from '@mui/material';
import { Link, useCanAccess, useCreatePath, useRecordContext } from 'react-admin';
import { correctionOrderStateLabel } from '../../shared/labels';
import type { CorrectionOrder } from './correction-order.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

const ORDER_STATE_COLORS = { ORDERED: 'warning', REPORTED: 'info', VERIFIED: 'success' } as const;

/** 已责令改正 / 已报告整改 / 已核实整改完成, labelled by the domain. */
export const CorrectionOrderStateChip = ({ state }: { state: string }) => (
  <Chip
    size="small"
    variant={state === 'VERIFIED' ? 'filled' : 'outlined'}
    color={ORDER_STATE_COLORS[state as keyof typeof ORDER_STATE_COLORS] ?? 'default'}
    label={correctionOrderStateLabel(state)}
    data-testid="correction-order-state"
  />
);

export const CorrectionOrderStateField = (_props: FieldProps) => {
  const order = useRecordContext<CorrectionOrder>();
  if (!order) return null;
  return <CorrectionOrderStateChip state={order.state} />;
};

/** The case number: a link to the case for complaint readers, plain text for the ordered department. */
export const CaseNumberField = (_props: { source?: string; sortable?: boolean }) => {
  const order = useRecordContext<CorrectionOrder>();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'show' });
  const createPath = useCreatePath();
  if (!order) return null;
  if (!canAccess) return <>{order.caseNumber}</>;
  return (
    <Link
      to={createPath({ resource: 'complaints', type: 'show', id: order.complaintId })}
      onClick={(event: React.MouseEvent) => event.stopPropagation()}
    >
      {order.caseNumber}
    </Link>
  );
};
