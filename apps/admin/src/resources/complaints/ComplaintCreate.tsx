import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import type { RegisteredComplaint } from './complaint.resource';
import { validateComplaintIntake } from './complaint-validation';
import { ComplaintInputs } from './ComplaintInputs';
import { ComplaintRegisteredDialog } from './ComplaintRegisteredDialog';

/**
 * 登记投诉举报 (registerComplaint): what came by letter, telephone, fax, e-mail or visit. The answer carries
 * the access code once: it is shown in a dialog, then forgotten (removed from react-admin's cache) before
 * the case's page opens. What the form held of the sealed part goes with the form.
 */
export const ComplaintCreate = () => {
  const [registered, setRegistered] = useState<RegisteredComplaint | null>(null);
  const queryClient = useQueryClient();
  const redirect = useRedirect();
  const notify = useNotify();
  return (
    <>
      <Create
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{
          onSuccess: (data: RegisteredComplaint) => {
            notify('gdp.complaints.registered', {
              type: 'info',
              messageArgs: { caseNumber: data.caseNumber },
            });
            setRegistered(data);
          },
        }}
      >
        <SimpleForm
          defaultValues={() => ({
            receivedAt: new Date(),
            isAnonymous: false,
            wantsReply: true,
            issueAccessCode: true,
          })}
          validate={validateComplaintIntake}
          toolbar={<FormToolbar />}
        >
          <ComplaintInputs />
        </SimpleForm>
      </Create>
      <ComplaintRegisteredDialog
        registered={registered}
        onClose={() => {
          const id = registered?.id;
          setRegistered(null);
          queryClient.removeQueries({ queryKey: ['complaints', 'getOne'] });
          if (id) redirect('show', 'complaints', id);
        }}
      />
    </>
  );
};
