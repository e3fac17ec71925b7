import { create } from 'jsondiffpatch';
import { format, type Op } from 'jsondiffpatch/formatters/jsonpatch';

export type PatchOperation = Op;

/**
 * Items of a list are told apart by their id (a connection's edge by its node's), so an entity that
 * enters, leaves or moves in a list is one operation, not a rewrite of every index after it. Strings
 * are replaced whole.
 */
const differ = create({
  objectHash: (item: object, index?: number) => {
    const { id, node } = item as { id?: unknown; node?: { id?: unknown } | null };
    return String(id ?? node?.id ?? `$$index:${index}`);
  },
  arrays: { detectMove: true },
});

/** The JSON Patch (RFC 6902) that turns `from` into `to`. */
export function jsonPatchBetween(from: unknown, to: unknown): PatchOperation[] {
  const delta = differ.diff(from, to);
  return delta === undefined ? [] : format(delta);
}
