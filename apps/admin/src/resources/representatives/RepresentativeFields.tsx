import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { eligibilityOutcomeLabel, representativeStateLabel } from './representative-labels';
import type { Representative } from './representative.resource';

type FieldProps = { source?: string; label?: string; sortable?: boolean };

/** 符合 green, 不符合 red, not yet checked grey: only 符合 entries can be invited. */
export const EligibilityChip = ({ outcome }: { outcome: string | null | undefined }) => (
  <Chip
    size="small"
    variant="outlined"
    color={outcome === 'MET' ? 'success' : outcome === 'NOT_MET' ? 'error' : 'default'}
    label={eligibilityOutcomeLabel(outcome)}
    data-testid="eligibility-outcome"
  />
);

export const EligibilityField = (_props: FieldProps) => {
  const representative = useRecordContext<Representative>();
  return representative ? <EligibilityChip outcome={representative.eligibilityOutcome} /> : null;
};

export const RepresentativeStateField = (_props: FieldProps) => {
  const representative = useRecordContext<Representative>();
  if (!representative) return null;
  return (
    <Chip
      size="small"
      variant={representative.state === 'ACTIVE' ? 'outlined' : 'filled'}
      color={representative.state === 'ACTIVE' ? 'primary' : 'default'}
      label={representativeStateLabel(representative.state)}
    />
  );
};

/** Phone, e-mail and address as the API answers them: null (not shown) for those who do not keep the registry. */
export const contactOf = (
  representative: Pick<Representative, 'phone' | 'email' | 'postalAddress'>,
): string =>
  [representative.phone, representative.email, representative.postalAddress].filter(Boolean).join('；');

export const ContactField = (_props: FieldProps) => {
  const representative = useRecordContext<Representative>();
  return representative ? <>{contactOf(representative)}</> : null;
};
