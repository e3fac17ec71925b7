import { useSyncExternalStore } from 'react';

/** What the header's connection indicator shows: the change stream's socket, as the user experiences it. */
export interface StreamStatus {
  state: 'connecting' | 'live' | 'reconnecting' | 'offline';
  attempt: number;
  lastChangeAt: number | null;
  cursor: string | null;
}

let status: StreamStatus = { state: 'connecting', attempt: 0, lastChangeAt: null, cursor: null };
const listeners = new Set<() => void>();

export function setStreamStatus(patch: Partial<StreamStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

export function getStreamStatus(): StreamStatus {
  return status;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStreamStatus(): StreamStatus {
  return useSyncExternalStore(subscribe, () => status);
}

/**
 * Whether writes can be sent now: the app edits only while its stream is live, so what it shows is
 * current. A boolean snapshot, so the many buttons using it re-render only when it flips, not on
 * every change the stream delivers.
 */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => status.state === 'live');
}
