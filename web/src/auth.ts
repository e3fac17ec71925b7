import { useCallback, useState } from 'react';

const KEY = 'pulsegraph.token';

/** The session token, kept across reloads; signing out or a rejected token clears it. */
export function useToken() {
  const [token, setTokenState] = useState<string | null>(() => window.localStorage.getItem(KEY));
  const setToken = useCallback((next: string | null) => {
    if (next) window.localStorage.setItem(KEY, next);
    else window.localStorage.removeItem(KEY);
    setTokenState(next);
  }, []);
  return [token, setToken] as const;
}

/** The signed-in session's token, for the few requests that are not GraphQL (a CSV download). */
export function sessionToken(): string | null {
  return window.localStorage.getItem(KEY);
}
