import { Repeater } from 'graphql-yoga';
import type { WriteParts } from '../../changes/commit.js';
import { z } from 'zod';
import { defineSignal } from '../../changes/signals.js';


export const TYPING_EXPIRES_MS = 5000;
/** At most one typing event per user per chat per this long reaches the members. */
const THROTTLE_MS = 1000;

export interface TypingEvent {
  chatId: string;
  userId: string;
  typing: boolean;
  at: string;
  /** When a `typing: true` lapses without a refresh; the server then sends `typing: false`. */
  expiresAt: string | null;
}

/** A typing event with the chat's members when it was sent: only they receive it. */
const typingSignal = defineSignal(
  'typing',
  z.object({ chatId: z.string(), userId: z.string(), typing: z.boolean(), at: z.string(), expiresAt: z.string().nullable(), audience: z.array(z.string()) }),
);

interface TypistState {
  desired: boolean;
  lastSent: boolean;
  lastSentAt: number;
  trailing?: NodeJS.Timeout;
  expiry?: NodeJS.Timeout;
}

/**
 * Typing is ephemeral: never written to the change log, relayed over the bus's signals so every
 * instance's members hear it. The instance that receives `setTyping` owns the throttle and the
 * expiry of that typist. It also knows who is reading which chat (an open `typing` subscription),
 * which decides whether a new message notifies.
 */
export class TypingRelay {
  private readonly typists = new Map<string, TypistState>();
  private readonly readers = new Map<string, number>();

  constructor(
    private readonly services: WriteParts,
    private readonly membersOf: (chatId: string) => Promise<string[]>,
  ) {}

  async set(userId: string, chatId: string, typing: boolean): Promise<void> {
    const key = `${chatId}:${userId}`;
    let state = this.typists.get(key);
    if (!state) this.typists.set(key, (state = { desired: false, lastSent: false, lastSentAt: 0 }));
    state.desired = typing;
    clearTimeout(state.expiry);
    if (typing) {
      state.expiry = setTimeout(() => void this.set(userId, chatId, false), TYPING_EXPIRES_MS);
      state.expiry.unref();
    }
    const wait = state.lastSentAt + THROTTLE_MS - Date.now();
    if (!typing && !state.lastSent) return this.forget(key, state);
    if (wait <= 0) return this.send(userId, chatId, state);
    state.trailing ??= setTimeout(() => {
      state.trailing = undefined;
      if (state.desired || state.lastSent) void this.send(userId, chatId, state);
    }, wait);
    state.trailing.unref();
  }

  /** A message was sent: its author stopped typing, without waiting for the expiry. */
  stopped(userId: string, chatId: string): void {
    const state = this.typists.get(`${chatId}:${userId}`);
    if (state?.lastSent || state?.desired) void this.set(userId, chatId, false);
  }

  /** Takes the throttle slot before the first await, so a concurrent `set` or trailing timer cannot send twice. */
  private async send(userId: string, chatId: string, state: TypistState): Promise<void> {
    clearTimeout(state.trailing);
    state.trailing = undefined;
    const typing = state.desired;
    if (!typing && !state.lastSent) return;
    state.lastSent = typing;
    state.lastSentAt = Date.now();
    const at = new Date().toISOString();
    const expiresAt = typing ? new Date(Date.now() + TYPING_EXPIRES_MS).toISOString() : null;
    if (!typing) this.forget(`${chatId}:${userId}`, state);
    let audience: string[];
    try {
      audience = await this.membersOf(chatId);
    } catch (error) {
      // Without the database there is no audience; members' indicators still end at their expiresAt.
      return this.services.logger.warn({ err: error, chatId }, 'reading a chat\'s members for a typing signal failed');
    }
    await typingSignal.send(this.services.bus, { chatId, userId, typing, at, expiresAt, audience }).catch((error: unknown) => this.services.logger.warn({ err: error }, 'sending a typing signal failed'));
  }

  private forget(key: string, state: TypistState): void {
    if (state.desired) return;
    clearTimeout(state.expiry);
    this.typists.delete(key);
  }

  /** Events of others typing in `chatId`, for one member; counts the member as reading the chat while open. */
  subscribe(viewerId: string, chatId: string): AsyncIterable<TypingEvent> {
    return new Repeater<TypingEvent>(async (push, stop) => {
      const readerKey = `${chatId}:${viewerId}`;
      this.readers.set(readerKey, (this.readers.get(readerKey) ?? 0) + 1);
      const unlisten = typingSignal.listen(this.services.bus, (event) => {
        if (event.chatId !== chatId || event.userId === viewerId || !event.audience.includes(viewerId)) return;
        void push({ chatId, userId: event.userId, typing: event.typing, at: event.at, expiresAt: event.expiresAt });
      });
      await stop;
      unlisten();
      const left = (this.readers.get(readerKey) ?? 1) - 1;
      if (left > 0) this.readers.set(readerKey, left);
      else this.readers.delete(readerKey);
    });
  }

  /** Whether the user has the chat open (a `typing` subscription) on this instance. */
  isReading(chatId: string, userId: string): boolean {
    return (this.readers.get(`${chatId}:${userId}`) ?? 0) > 0;
  }

  stop(): void {
    for (const state of this.typists.values()) {
      clearTimeout(state.trailing);
      clearTimeout(state.expiry);
    }
    this.typists.clear();
  }
}
