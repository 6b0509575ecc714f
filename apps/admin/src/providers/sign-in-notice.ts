/**
 * A message for the sign-in page that survives the redirect to it (idle timeout, ended session): the
 * API's own zh-CN text. Kept in sessionStorage, read once.
 */
const KEY = 'gdp-console:sign-in-notice';

export function rememberSignInNotice(message: string): void {
  try {
    sessionStorage.setItem(KEY, message);
  } catch {
    // storage disabled: the notice is lost, the redirect still happens
  }
}

export function takeSignInNotice(): string | null {
  try {
    const message = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return message;
  } catch {
    return null;
  }
}
