import { SaveButton, Toolbar } from 'react-admin';

/** Save only: records are deactivated from their page, never deleted from a form. */
export const FormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/**
 * For edit forms: when the record reloads (the refresh button after a CONFLICT), what the user typed stays
 * and the rest — the version included — takes the new values, so the next save sends the current version.
 */
export const KEEP_EDITS_ON_REFRESH = { keepDirtyValues: true } as const;
