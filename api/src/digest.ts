import { createHash } from 'node:crypto';

/**
 * SHA-256 of a text. Stored secrets (session tokens, API-key secrets, invitation and export tickets)
 * are 32 random bytes, so a fast hash is the right one (a slow password hash is for guessable input);
 * trusted and persisted documents are named by it too.
 */
export const sha256 = (text: string, encoding: 'hex' | 'base64url' = 'hex'): string => createHash('sha256').update(text).digest(encoding);
