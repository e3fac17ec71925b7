import type { Client } from 'urql';
import { PAGES } from '../../pages';

/** The query (without variables) each page asks first, as the page itself asks it. */
const FIRST_QUERIES = new Map(PAGES.map((page) => [page.path, page.firstQueries ?? []]));

/**
 * Asks for a page's data as its link is pressed, so the request runs while the page renders instead
 * of after it (the page's own query then finds it in the cache, or joins it in flight). A page seen
 * before is answered from the cache and asks nothing.
 */
export function preloadPage(client: Client, path: string): void {
  for (const query of FIRST_QUERIES.get(path) ?? []) void client.query(query, {}).toPromise();
}

let graphiqlPrefetched = false;

/**
 * GraphiQL's bundle is about 370 KB gzipped: fetched into the HTTP cache when a pointer reaches its
 * link (a person's hover comes a few hundred milliseconds before the click), not for every session.
 */
export function prefetchGraphiQL(): void {
  if (graphiqlPrefetched) return;
  graphiqlPrefetched = true;
  for (const [file, as] of [['graphiql.js', 'script'], ['graphiql.css', 'style']] as const) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.as = as;
    link.href = `/graphiql/${file}`;
    document.head.append(link);
  }
}
