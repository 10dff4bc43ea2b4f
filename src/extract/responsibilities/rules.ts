/**
 * Role cue phrases (rules/roles.yaml) and the word-level phrase matching they are used with. Cues
 * are compared word by word in matchForm, so case, tone style and the punctuation glued to a word
 * ("chủ trì,") do not matter, and offsets stay those of the original text.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RULES_DIR, loadRuleFile } from '../../rules/load.js';
import { matchForm } from '../../text/vietnamese.js';

const Phrases = z.array(z.string().min(1));
export const RolesFile = z
  .object({
    request: Phrases,
    headingPrefixes: Phrases,
    dutyPrefixes: Phrases,
    lead: Phrases,
    coordinate: Phrases,
    end: Phrases,
    closing: Phrases,
    partner: Phrases,
    partnerFiller: Phrases,
    addressees: Phrases,
    addresseeDocumentTypes: Phrases,
  })
  .strict();
export type RolesFile = z.infer<typeof RolesFile>;

/** A cue as its matching words, longest cue first. */
export type Cues = string[][];

export interface RoleRules {
  request: Cues;
  headingPrefixes: Cues;
  dutyPrefixes: Cues;
  lead: Cues;
  coordinate: Cues;
  end: Cues;
  closing: Cues;
  partner: Cues;
  /** words of partnerFiller */
  partnerFiller: Set<string>;
  addressees: Cues;
  addresseeDocumentTypes: string[];
}

const cues = (phrases: string[]): Cues =>
  phrases.map((p) => matchForm(p).split(' ')).sort((a, b) => b.length - a.length);

export function compileRoles(file: RolesFile): RoleRules {
  return {
    request: cues(file.request),
    headingPrefixes: cues(file.headingPrefixes),
    dutyPrefixes: cues(file.dutyPrefixes),
    lead: cues(file.lead),
    coordinate: cues(file.coordinate),
    end: cues(file.end),
    closing: cues(file.closing),
    partner: cues(file.partner),
    partnerFiller: new Set(file.partnerFiller.flatMap((p) => matchForm(p).split(' '))),
    addressees: cues(file.addressees),
    addresseeDocumentTypes: file.addresseeDocumentTypes.map((t) => matchForm(t)),
  };
}

export function loadRoles(dir = DEFAULT_RULES_DIR): RoleRules {
  return compileRoles(loadRuleFile(path.join(dir, 'roles.yaml'), RolesFile));
}

/** A word of the original text: offsets, matching form, and whether punctuation ends a clause after it. */
export interface Word {
  s: number;
  e: number;
  f: string;
  /** ",", ";", ":" or "." follows the word */
  clauseEnd: boolean;
}

interface RawWord {
  /** offset and length of the word without the punctuation glued to it; len 0 for bare punctuation */
  lead: number;
  len: number;
  f: string;
  clauseEnd: boolean;
}

const rawWords = new Map<string, RawWord>();
function rawWord(raw: string): RawWord {
  let w = rawWords.get(raw);
  if (!w) {
    if (rawWords.size > 50_000) rawWords.clear();
    const core = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    w = { lead: core ? raw.indexOf(core) : 0, len: core.length, f: core ? matchForm(core) : '', clauseEnd: /[,;:.]$/.test(raw) };
    rawWords.set(raw, w);
  }
  return w;
}

export function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const w = rawWord(m[0].length > to - m.index ? m[0].slice(0, to - m.index) : m[0]);
    if (!w.len) {
      if (out.length && /[,;:.]/.test(m[0])) out[out.length - 1]!.clauseEnd = true;
      continue;
    }
    const s = m.index + w.lead;
    out.push({ s, e: s + w.len, f: w.f, clauseEnd: w.clauseEnd });
  }
  return out;
}

/** The cue that starts at word i, as the index of the word after it (or -1). */
export function cueAt(words: readonly Word[], i: number, list: Cues): number {
  for (const cue of list) {
    if (i + cue.length > words.length) continue;
    let k = 0;
    while (k < cue.length && words[i + k]!.f === cue[k]) k++;
    if (k === cue.length) return i + k;
  }
  return -1;
}

/** True when a cue starts the text or one of its clauses (after "," ";" ":" "."); reads only clause openings. */
export function cueAtClauseStart(text: string, list: Cues): boolean {
  const longest = list.reduce((n, cue) => Math.max(n, cue.length), 0);
  const starts = /(?:^|[,;:.])\s*/g;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const from = m.index + m[0].length;
    if (from >= text.length) break;
    const words: Word[] = [];
    const re = /\S+/g;
    re.lastIndex = from;
    // the clause's first words, enough for the longest cue
    for (let w = re.exec(text); w && words.length < longest; w = re.exec(text)) {
      words.push(...wordsOf(text, w.index, w.index + w[0].length));
      if (/[,;:.]$/.test(w[0])) break;
    }
    if (cueAt(words, 0, list) >= 0) return true;
    if (m[0].length === 0) starts.lastIndex++;
  }
  return false;
}

/** The first place a cue occurs: [index of its first word, index after it], or null. */
export function findCue(words: readonly Word[], list: Cues): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const end = cueAt(words, i, list);
    if (end >= 0) return [i, end];
  }
  return null;
}
