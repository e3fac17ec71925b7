import type { GenerationParams } from './params.js';

/**
 * Domain generation in a fixed order, so a resumed run continues exactly where it stopped:
 * by variable length (shortest first), then the variable part counted in `characterSet` order
 * (like digits, leftmost most significant), then each TLD in the given order.
 */

function variableChars(params: GenerationParams, length: number): number {
  return params.pattern === 'BOTH' ? 2 * length : length;
}

/** Names in each variable-length block, before `maxDomains` applies. */
function blocks(params: GenerationParams): Array<{ length: number; size: bigint }> {
  const base = BigInt(params.characterSet.length);
  const tlds = BigInt(params.tlds.length);
  const result: Array<{ length: number; size: bigint }> = [];
  for (let length = params.minLength; length <= params.maxLength; length++) {
    result.push({ length, size: base ** BigInt(variableChars(params, length)) * tlds });
  }
  return result;
}

/** Every name the params describe, ignoring `maxDomains`. */
export function combinationCount(params: GenerationParams): bigint {
  return blocks(params).reduce((sum, block) => sum + block.size, 0n);
}

/** How many domains the campaign produces: the combinations, capped by `maxDomains`. */
export function domainCount(params: GenerationParams): number {
  const all = combinationCount(params);
  return params.maxDomains === undefined ? Number(all) : Math.min(params.maxDomains, Number(all < 2n ** 53n ? all : 2n ** 53n));
}

function compose(params: GenerationParams, variable: string): string {
  switch (params.pattern) {
    case 'PREFIX':
      return `${variable}${params.constant}`;
    case 'SUFFIX':
      return `${params.constant}${variable}`;
    case 'BOTH': {
      const half = variable.length / 2;
      return `${variable.slice(0, half)}${params.constant}${variable.slice(half)}`;
    }
  }
}

/** The domains at positions [from, from + count), clipped to the campaign's domain count. */
export function generateDomains(params: GenerationParams, from: number, count: number): string[] {
  const end = Math.min(from + count, domainCount(params));
  const chars = params.characterSet;
  const base = BigInt(chars.length);
  const tlds = BigInt(params.tlds.length);
  const domains: string[] = [];
  let blockStart = 0n;
  for (const block of blocks(params)) {
    const blockEnd = blockStart + block.size;
    for (let position = BigInt(Math.max(from, Number(blockStart))); position < blockEnd && position < BigInt(end); position++) {
      const offset = position - blockStart;
      let index = offset / tlds;
      const tld = params.tlds[Number(offset % tlds)]!;
      const width = variableChars(params, block.length);
      const digits = new Array<string>(width);
      for (let digit = width - 1; digit >= 0; digit--) {
        digits[digit] = chars[Number(index % base)]!;
        index /= base;
      }
      domains.push(`${compose(params, digits.join(''))}.${tld}`);
    }
    if (blockEnd >= BigInt(end)) break;
    blockStart = blockEnd;
  }
  return domains;
}
