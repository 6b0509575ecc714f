import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { toCalendarDate } from '../../shared/dates';
import { FormToolbar } from '../../shared/FormToolbar';
import type { RegisteredApplication } from './application.resource';
import { validateApplicationIntake } from './application-validation';
import { ApplicationInputs } from './ApplicationInputs';
import { ApplicationRegisteredDialog } from './ApplicationRegisteredDialog';

/**
 * 登记申请 (registerApplication): what came by letter, in person, fax or e-mail, checked with the domain's
 * applicationIntakeSchema before it is sent. The case number is shown in a dialog (with the access code
 * once, when issued), which is forgotten before the case's page opens.
 */
export const ApplicationCreate = () => {
  const [registered, setRegistered] = useState<RegisteredApplication | null>(null);
  const queryClient = useQueryClient();
  const redirect = useRedirect();
  const notify = useNotify();
  return (
    <>
      <Create
        title="登记政府信息公开申请"
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{
          onSuccess: (data: RegisteredApplication) => {
            notify(`已登记政府信息公开申请 ${data.caseNumber}`, { type: 'info' });
            setRegistered(data);
          },
        }}
      >
        <SimpleForm
          defaultValues={() => {
            const today = toCalendarDate(new Date());
            return {
              arrivedDate: today,
              receivedDate: today,
              applicant: { applicantType: 'NATURAL_PERSON', idType: 'RESIDENT_ID' },
              deliveryForm: 'ELECTRONIC',
              issueAccessCode: true,
            };
          }}
          validate={validateApplicationIntake}
          toolbar={<FormToolbar />}
        >
          <ApplicationInputs />
        </SimpleForm>
      </Create>
      <ApplicationRegisteredDialog
        registered={registered}
        onClose={() => {
          const id = registered?.id;
          setRegistered(null);
          queryClient.removeQueries({ queryKey: ['applications', 'getOne'] });
          if (id) redirect('show', 'applications', id);
        }}
      />
    </>
  );
};
