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
