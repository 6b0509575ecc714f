import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { FormToolbar } from '../../shared/FormToolbar';
import type { CreatedApiToken } from './api-token.resource';
import { ApiTokenCreatedDialog } from './ApiTokenCreatedDialog';
import { ApiTokenInputs } from './ApiTokenInputs';

/**
 * SECURITY_ADMIN creates a token; the answer carries the token text once. It is shown in a dialog with a
 * copy button and then forgotten (removed from react-admin's cache).
 */
export const ApiTokenCreate = () => {
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const queryClient = useQueryClient();
  const redirect = useRedirect();
  const notify = useNotify();
  return (
    <>
      <Create
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{
          onSuccess: (data: CreatedApiToken) => {
            notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
            setCreated(data);
          },
        }}
      >
        <SimpleForm
          defaultValues={{ rateLimitPerMinute: 600, scopes: ['PUBLIC_READ'] }}
          toolbar={<FormToolbar />}
        >
          <ApiTokenInputs />
        </SimpleForm>
      </Create>
      <ApiTokenCreatedDialog
        token={created?.token ?? null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          queryClient.removeQueries({ queryKey: ['apiTokens', 'getOne'] });
          if (id) redirect('show', 'apiTokens', id);
        }}
      />
    </>
  );
};
