import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the journeys share: a form's dialog, a field's error as assistive technology gets it, a toast. */

/** Clicks the page's "New …" (or any) button and answers the form its dialog opens, named `form` (default: the same words). */
export async function openDialogForm(page: Page, button: string, form = button): Promise<Locator> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const found = page.getByRole('dialog').getByRole('form', { name: form, exact: true });
  await found.waitFor();
  await dialogSettled(page);
  return found;
}

/** The dialog has faded in: until then a click may land on its way in, and every colour is a blend. */
export async function dialogSettled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.mantine-Modal-content').last().evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
}

/** Turns a switch or checkbox off (or on) by its label, as a person clicks it, and waits until it says so. */
export async function setToggle(toggle: Locator, on: boolean): Promise<void> {
  if ((await toggle.isChecked()) !== on) await toggle.click({ force: true });
  await expect.poll(() => toggle.isChecked()).toBe(on);
}

/** The error shown under `input`: it is marked invalid and the error is its description (Mantine links it by id). */
export async function errorUnder(page: Page, input: Locator): Promise<string> {
  await expect.poll(() => input.getAttribute('aria-invalid'), { timeout: 5000 }).toBe('true');
  const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
  const id = describedBy.split(' ').find((part) => part.includes('error'));
  expect(id, `no error linked to the field (aria-describedby="${describedBy}")`).toBeDefined();
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

/** Waits for a toast saying `text`. */
export async function toastSays(page: Page, text: string | RegExp, timeout = 5000): Promise<void> {
  await page.getByTestId('toast').filter({ hasText: text }).first().waitFor({ timeout });
}

/** The dialog closed (a form that worked closes its dialog). */
export async function dialogClosed(page: Page): Promise<void> {
  await page.locator('[role="dialog"][aria-modal="true"]').waitFor({ state: 'detached', timeout: 5000 });
}

/** The confirmation popover of a Delete (Revoke, Remove, Withdraw) button: its confirming button. */
export function confirmIn(page: Page, text = 'Delete'): Locator {
  return page.locator('.mantine-Popover-dropdown').getByRole('button', { name: text, exact: true });
}

/** The schema's enum values a person should never read on a page. */
export const RAW_ENUMS = /\b(DOMAIN_GENERATION|DNS_VALIDATION|HTTP_KEYWORD_VALIDATION|ROUND_ROBIN|LEAST_LATENCY|NOT_MATCHED|UNRESOLVED)\b/;

/** What `main` says in the console's own words, the charts' figures aside (their labels are the charts' own). */
export function consoleWords(page: Page): Promise<string> {
  return page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const aside of copy.querySelectorAll('figure')) aside.remove();
    document.body.append(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}
