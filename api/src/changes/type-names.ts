/** Which concrete `Change` type each topic's records resolve to, filled as change types are defined. */
const typeNameByTopic = new Map<string, string>([['RESYNC', 'ResyncChange']]);

export function registerChangeType(topic: string, typeName: string): void {
  typeNameByTopic.set(topic, typeName);
}

/** The concrete `Change` type a topic's records resolve to. */
export const changeTypeName = (topic: string): string | undefined => typeNameByTopic.get(topic);
