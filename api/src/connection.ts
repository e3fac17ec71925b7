import { resolveCursorConnection, type DefaultConnectionArguments, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { decodeKey, encodeKey, type IdKind, type Key, type PageRequest } from './db/pagination.js';

/** A page's size when `first`/`last` do not say, and the most either may ask (the document limits count pages by these too). */
export const PAGE_SIZE = { defaultSize: 20, maxSize: 100 } as const;

/** A newest-first Relay connection over a keyset-paginated repo query; `idKind` says what its rows' ids are, so a cursor from elsewhere is refused. */
export function resolveNewestFirst<T extends object>(
  args: DefaultConnectionArguments,
  keyOf: (row: T) => Key,
  load: (page: PageRequest) => Promise<T[]>,
  idKind: IdKind = 'text',
) {
  return resolveCursorConnection(
    { args, toCursor: (row: T) => encodeKey(keyOf(row)), ...PAGE_SIZE },
    ({ after, before, limit, inverted }: ResolveCursorConnectionArgs) =>
      load({ after: decodeKey(after, 'after', idKind), before: decodeKey(before, 'before', idKind), limit, inverted }),
  );
}
