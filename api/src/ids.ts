/**
 * Ids of numbered rows (messages, activity lines) carry their type, `Message:17`, so that no two
 * objects of the API share an id (Relay's contract for `node(id:)`); every other entity's id is a UUID.
 */
/** The API's id of a numbered row: its type and number, so it cannot be taken for another type's. */
export const typedId = (typeName: string, rowNumber: number | string): string => `${typeName}:${rowNumber}`;

/**
 * The row number behind a `typedId` of this type; undefined for another type's id or no id at all.
 * A bare number (the form before typed ids, still in older change rows) is read where the type is
 * already known; `node(id:)` needs the type named.
 */
export function rowNumberOf(typeName: string, id: string): number | undefined {
  const match = /^(?:(\w+):)?(\d{1,15})$/.exec(id);
  if (!match || (match[1] !== undefined && match[1] !== typeName)) return undefined;
  const rowNumber = Number(match[2]);
  return rowNumber > 0 ? rowNumber : undefined;
}

/** The type a typed id names (`Message` for `Message:17`); undefined for a UUID or a bare number. */
export const typeNamedBy = (id: string): string | undefined => /^(\w+):\d/.exec(id)?.[1];
