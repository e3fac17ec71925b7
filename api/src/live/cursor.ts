/**
 * A live answer's cursor: the log position it is consistent with and a digest of the answer, so a
 * client resuming with it is sent nothing while the answer is still the one it holds.
 */
export const formatLiveCursor = (seq: number, hash: string): string => `${seq}.${hash}`;

export function parseLiveCursor(cursor: string): { seq: number; hash: string } | undefined {
  const match = /^(\d{1,15})\.([\w-]{1,64})$/.exec(cursor);
  return match ? { seq: Number(match[1]), hash: match[2]! } : undefined;
}
