import { z } from 'zod';

export interface KeywordRule {
  pattern: string;
  kind: 'STRING' | 'REGEX';
  caseSensitive: boolean;
}

function regexError(pattern: string, caseSensitive: boolean): string | undefined {
  try {
    new RegExp(pattern, caseSensitive ? 'u' : 'iu');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export const ruleSchema = z
  .object({
    pattern: z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
    kind: z.enum(['STRING', 'REGEX']),
    caseSensitive: z.boolean().default(false),
  })
  .superRefine((rule, ctx) => {
    if (rule.kind !== 'REGEX') return;
    const problem = regexError(rule.pattern, rule.caseSensitive);
    if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: `is not a valid regular expression (${problem})` });
  });

export const rulesSchema = z.array(ruleSchema).min(1, 'needs at least one rule').max(500, 'allows at most 500 rules');

/** Returns the patterns of `rules` found in `text`, in rule order, each once. */
export function compileRules(rules: readonly KeywordRule[]): (text: string) => string[] {
  const tests = rules.map((rule) => {
    if (rule.kind === 'REGEX') {
      const regex = new RegExp(rule.pattern, rule.caseSensitive ? 'u' : 'iu');
      return (text: string) => regex.test(text);
    }
    if (rule.caseSensitive) return (text: string) => text.includes(rule.pattern);
    const needle = rule.pattern.toLowerCase();
    return (_text: string, lower: string) => lower.includes(needle);
  });
  return (text) => {
    const lower = text.toLowerCase();
    return rules.filter((_rule, index) => tests[index]!(text, lower)).map((rule) => rule.pattern);
  };
}
