/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../server/config.js';

/**
 * What every zh-CN page must pass, for any browser suite:
 * - `expectWordsOnly(page)`: the visible text (and title, aria-label,
 *   placeholder, alt) shows words, never codes — no enum value of the schema,
 *   no SCREAMING_SNAKE code, no camelCase or dotted state path or i18n key,
 *   no raw JSON, no English server or validation message, no bare id;
 * - `expectAccessible(page)`: axe-core (WCAG 2.0/2.1 A and AA) finds no
 *   serious or critical violation.
 * `settle(page)` waits until a page has loaded its data (network idle, no
 * loading mask or skeleton) without waiting fixed seconds.
 */

/** Every enum value of the GraphQL schema: none may be shown as it is. */
function schemaEnumValues(): Set<string> {
  const sdl = fs.readFileSync(path.join(PROJECT_ROOT, 'web', 'schema.graphql'), 'utf8');
  const out = new Set<string>();
  for (const block of sdl.matchAll(/^enum \w+ \{([\s\S]*?)^\}/gm)) {
    for (const line of block[1]!.split('\n')) {
      const value = /^\s*([A-Z][A-Z0-9_]*)\b/.exec(line)?.[1];
      if (value) out.add(value);
    }
  }
  return out;
}

/** Codes the server writes that no schema enum lists: the actor role of the person assessed (audit entries, timelines). */
const ENUM_VALUES = new Set([...schemaEnumValues(), 'SUBJECT']);

/**
 * Latin words a zh-CN page may show on purpose. Narrow: each is a name the
 * reader knows as such (file formats, the identity-provider protocol, the
 * product names of office files), not a code of this system.
 */
const ALLOWED_WORDS = new Set(['PDF', 'CSV', 'UTF', 'GB18030', 'OIDC', 'OpenID', 'Excel', 'HMAC', 'SMTP', 'URL', 'ID', 'JSON', 'API', 'PNG', 'ZIP', 'HTTPS', 'HTTP', 'IP', 'TLS']);

export interface WordsFinding {
  kind: string;
  match: string;
  context: string;
}

export interface WordsOptions {
  /** Further strings shown on purpose (usernames, personnel numbers, organisation codes, file names): never reported. */
  allow?: Iterable<string>;
}

/** The patterns a raw code shows by, each with what it is. */
const PATTERNS: Array<{ kind: string; re: RegExp }> = [
  // CARRY_OUT, BASICALLY_COMPETENT, SELF_REPORT_DUE
  { kind: 'SCREAMING_SNAKE code', re: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g },
  // selfReport.drafting, approved.inTime, outcomes.detail.title, grading.cadreBands
  { kind: 'dotted path or i18n key', re: /\b[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9]*)+\b/g },
  // reviewDecided, carriedOut, selfReport
  { kind: 'camelCase code', re: /\b[a-z]+[A-Z][a-zA-Z0-9]*\b/g },
  // outcome_task, review_case
  { kind: 'snake_case code', re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g },
  // {"a": …} or [{"a"
  { kind: 'raw JSON', re: /[{[]\s*"[^"\n]{1,60}"\s*:/g },
  { kind: 'UUID', re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  // outcome_task 6233c9f6…: a shortened id shown as a name
  { kind: 'hex id', re: /\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,}\b/g },
  {
    kind: 'English message',
    re: /\b(?:must (?:not )?be|should (?:not )?be|is (?:required|invalid|not allowed)|must contain|Unexpected|Cannot (?:read|query)|Variable "\$|Internal server error|Failed to fetch|Bad Request|Not Found|Forbidden|Unauthorized|Network ?Error|undefined|null|NaN|\[object Object\])\b/g,
  },
];

/** The text a reader sees or hears: the body's rendered text, the title, and the attributes read out or shown. */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const shown = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
    const parts = [document.title, document.body.innerText];
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder], img[alt], [aria-valuetext]'))) {
      if (!shown(el)) continue;
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt', 'aria-valuetext']) {
        const v = el.getAttribute(attr);
        if (v) parts.push(v);
      }
    }
    return parts.join('\n');
  });
}

/** Codes in `text` (exported for the helper's own unit test and for suites that check other text, e.g. an export). */
export function findCodes(text: string, options: WordsOptions = {}): WordsFinding[] {
  const allow = new Set(options.allow ?? []);
  const findings: WordsFinding[] = [];
  const context = (index: number, length: number) => text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
  const allowedAt = (index: number, match: string) => {
    if (allow.has(match) || ALLOWED_WORDS.has(match)) return true;
    // Part of a longer string shown on purpose (a username, an e-mail address, a file name, a host, a document number).
    const around = text.slice(Math.max(0, index - 40), index + match.length + 40);
    for (const a of allow) if (a.includes(match) && around.includes(a)) return true;
    const token = /[\w.@:/+-]*$/.exec(text.slice(0, index))![0] + match + /^[\w.@:/+-]*/.exec(text.slice(index + match.length))![0];
    if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(token)) return true; // an e-mail address
    if (/^https?:\/\//.test(token) || /^[\w-]+(\.[\w-]+)*\.(cn|com|org|net|gov\.cn|local|test|example)(:\d+)?(\/|$)/.test(token)) return true; // an address
    if (/\.(xlsx|csv|pdf|png|zip|json|txt)$/i.test(token)) return true; // a file name
    return false;
  };
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (allowedAt(m.index, m[0])) continue;
      findings.push({ kind, match: m[0], context: context(m.index, m[0].length) });
    }
  }
  // Single-word enum values (APPROVE, SYSTEM, ANNUAL, DEMERIT): any schema enum value on its own — not a word of an
  // English phrase set in capitals (the sign-in page's subtitle CADRE ASSESSMENT SYSTEM).
  const phrases = [...text.matchAll(/\b[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){2,}\b/g)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of text.matchAll(/\b[A-Z][A-Z0-9]{2,}\b/g)) {
    if (!ENUM_VALUES.has(m[0]) || allowedAt(m.index, m[0])) continue;
    if (phrases.some(([from, to]) => m.index >= from && m.index < to)) continue;
    findings.push({ kind: 'enum value', match: m[0], context: context(m.index, m[0].length) });
  }
  return findings;
}

/** Fails with every code found on the page, each with its surroundings. */
export async function expectWordsOnly(page: Page, options: WordsOptions & { where?: string } = {}): Promise<void> {
  const findings = findCodes(await visibleText(page), options);
  if (findings.length === 0) return;
  const lines = findings.map((f) => `  ${f.kind}: "${f.match}" in «${f.context}»`);
  throw new Error(`codes instead of words on ${options.where ?? page.url()}:\n${lines.join('\n')}`);
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string; failureSummary?: string }>;
}

/** Runs axe-core on the page as it is (WCAG 2.0/2.1 A and AA) and returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy (script-src 'self') does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // Colours are measured at their end: a transition still running (a radio button just chosen, a dialog fading in) is
    // finished first. Headless Chromium on a busy machine can leave one half-way for seconds.
    for (const a of document.getAnimations()) {
      try {
        if (a.effect?.getComputedTiming().iterations !== Infinity) a.finish();
      } catch {
        // An animation that cannot be finished (paused at rate 0) is left as it is.
      }
    }
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with every serious or critical axe-core violation: rule, targets and markup. */
export async function expectAccessible(page: Page, where?: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `  ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s)`,
    ...v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.html}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, ' ')}` : ''}`),
  ]);
  throw new Error(`accessibility violations on ${where ?? page.url()}:\n${lines.join('\n')}`);
}

/** Waits until the page has its data: no request in flight, no loading mask or skeleton, fonts ready. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .waitForFunction(() => !document.querySelector('.el-loading-mask:not([style*="display: none"]), .el-skeleton.is-animated') && document.fonts.status === 'loaded', undefined, { timeout: 10_000 })
    .catch(() => undefined);
  // Element Plus transitions (dialogs fading in, drawers, progress bars growing): colours are measured once they end.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  // Two frames painted; a page the browser stops painting (hidden, or its renderer starved) goes on after a second.
  await page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(resolve));
    setTimeout(resolve, 1000);
  }));
}
