// Google field paths with placeholders ("userDefined[<key>]", "phoneNumbers[type=<type>]"): which pattern a stored
// path matches and how to fill one in.
export interface PatternMatch {
  pattern: string;
  values: string[];
}

const PLACEHOLDER = /<(\w+)>/g;

export function placeholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matchPattern(path: string, patterns: string[]): PatternMatch | null {
  for (const pattern of patterns) {
    const source = pattern.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? '([^\\]]*?)' : escapeRegex(part))).join('');
    const m = new RegExp(`^${source}$`).exec(path);
    if (m) return { pattern, values: m.slice(1) };
  }
  return null;
}

export function fillPattern(pattern: string, values: string[]): string {
  let i = 0;
  return pattern.replace(PLACEHOLDER, () => values[i++] ?? '');
}
