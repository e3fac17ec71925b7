import type { ChangeRecord } from './topics.js';
import type { Subscription } from './subscription.js';

/**
 * Who may want a change, found without looking at everyone: subscriptions are filed by the entity
 * ids they follow, else by their topics, else under "all topics", and every one by its viewer, so a
 * private change reaches its few readers through its audience. `subscribersOf` gives the candidates
 * already narrowed by the subscription's own `wants` where an index alone cannot tell.
 */
export class SubscriberIndex {
  private readonly allTopics = new Set<Subscription>();
  private readonly byTopic = new Map<string, Set<Subscription>>();
  private readonly byEntity = new Map<string, Set<Subscription>>();
  private readonly byViewer = new Map<string, Set<Subscription>>();

  add(subscription: Subscription): void {
    this.file(subscription, true);
  }

  remove(subscription: Subscription): void {
    this.file(subscription, false);
  }

  /** Who gets a change. Public changes are found through the topic and entity indexes, private ones through their few readers. */
  subscribersOf(record: ChangeRecord): Iterable<Subscription> {
    if (!record.isPublic) {
      const found: Subscription[] = [];
      for (const viewerId of record.audience ?? []) {
        for (const subscription of this.byViewer.get(viewerId) ?? []) if (subscription.wants(record)) found.push(subscription);
      }
      return found;
    }
    const byEntity = this.byEntity.get(record.entityId);
    const byTopic = this.byTopic.get(record.topic);
    if (!byEntity) return byTopic ? [...byTopic, ...this.allTopics] : this.allTopics;
    const found = [...(byTopic ?? []), ...this.allTopics];
    for (const subscription of byEntity) if (subscription.wants(record)) found.push(subscription);
    return found;
  }

  /** Files a subscription under (or removes it from) every index `subscribersOf` reads. */
  private file(subscription: Subscription, filed: boolean): void {
    const update = filed ? addTo : removeFrom;
    const { filter } = subscription;
    update(this.byViewer, filter.viewerId, subscription);
    if (filter.entityIds) {
      for (const id of filter.entityIds) update(this.byEntity, id, subscription);
    } else if (filter.topics) {
      for (const topic of filter.topics) update(this.byTopic, topic, subscription);
    } else if (filed) {
      this.allTopics.add(subscription);
    } else {
      this.allTopics.delete(subscription);
    }
  }
}

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const set = index.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) index.delete(key);
}
