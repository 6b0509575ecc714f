/**
 * Whether this browser believes it has a session. The session itself is an HttpOnly cookie the console
 * cannot read; without this hint every anonymous page load would ask the API `me` and leave a refused
 * attempt in the audit log. A wrong hint costs one sign-in (missing) or one refused `me` (stale).
 */
const KEY = 'gdp-console:has-session';

export function rememberSession(has: boolean): void {
  try {
    if (has) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // storage disabled: the console then asks the API each time
  }
}

export function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return true;
  }
}
