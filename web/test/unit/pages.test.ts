import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../src/pages.js';

/** A page is reachable once it is in `PAGES` (web/src/pages.tsx): routed, in the navigation, preloaded. A page component left out fails here. */

const features = fileURLToPath(new URL('../../src/features', import.meta.url));
/** Shown before anyone is signed in, outside the routes. */
const NOT_ROUTED = new Set(['SignInPage']);

describe('every page of the app', () => {
  it('is in PAGES, so it has a route (and, unless it is a detail page, a place in the navigation)', () => {
    const pageComponents = readdirSync(features, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => [...readFileSync(join(features, file), 'utf8').matchAll(/^export function (\w+Page)\(/gm)].map((match) => match[1]!));
    expect(pageComponents.length).toBeGreaterThan(10);
    const routed = new Set(PAGES.map((page) => (page.element.type as { name: string }).name));
    expect(pageComponents.filter((name) => !NOT_ROUTED.has(name) && !routed.has(name))).toEqual([]);
    expect(new Set(PAGES.map((page) => page.path)).size).toBe(PAGES.length);
    const listed = PAGES.filter((page) => page.nav).map((page) => page.path);
    expect(PAGES.filter((page) => !page.nav).map((page) => page.path)).toEqual(['/campaigns/:id', '/chats/:id']);
    expect(listed).toContain('/');
  });
});
