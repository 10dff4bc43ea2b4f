/**
 * The contract's scoring rules (extraction-contract.md, "How it is scored"), ported from
 * test/eval/score.mjs so the CLI can score in memory. Keep the two in step: a test checks that
 * both give the same figures on the same folders.
 *
 * Gold files carry fields predictions do not (`hard`, `altKeys`, `names`) and predictions may be
 * broken, so both are read as loose JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lowerVi, newToneStyle } from '../text/vietnamese.js';

// loose JSON on purpose, see above
type Loose = any;

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f: number;
}

export interface ScoreSummary {
  citations: Prf;
  citationDateAccuracy: number | null;
  citationsExact: Prf;
  targets: Prf;
  targetsExact: Prf;
  targetYearAccuracy: number | null;
  targetComparatorAccuracy: number | null;
  targetIndicatorAccuracy: number | null;
  agencies: Prf;
  roles: Prf;
  sectionsFound: number | null;
  sectionsRight: number | null;
  document: number | null;
  tasks: Prf;
  taskLeadAccuracy: number | null;
  taskDeadlineAccuracy: number | null;
}

export interface DocumentScore {
  file: string;
  misses: string[];
  counts: Record<string, number>;
}

export interface ScoreReport {
  summary: ScoreSummary;
  documents: DocumentScore[];
}

/** One gold file and the prediction of the same name (undefined when missing or unreadable). */
export interface ScorePair {
  file: string;
  gold: Loose;
  pred: Loose | undefined;
}

type Acc = Record<string, number>;

// ---------- normalization ----------
const nfc = (s: unknown): string => (s ?? '').toString().normalize('NFC');
const fold = (s: unknown): string =>
  newToneStyle(lowerVi(nfc(s)))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const tokens = (s: unknown): Set<string> => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));

function normSymbol(s: unknown): string {
  let x = nfc(s).replace(/\u00D0/g, 'Đ').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
  x = x.replace(/ỦYBANNHÂNDÂN(TỈNH|HUYỆN|THÀNHPHỐ)?/g, 'UBND').replace(/UỶBANNHÂNDÂN(TỈNH|HUYỆN|THÀNHPHỐ)?/g, 'UBND');
  x = x.replace(/BỘGD&ĐT|BỘGDĐT/g, 'BGDĐT').replace(/GD&ĐT/g, 'GDĐT').replace(/TƯ/g, 'TW');
  return x.replace(/^SỐ/, '');
}

function splitKey(k: unknown): { sym: string; year: number | undefined } {
  const [sym, year] = nfc(k).split('|');
  return { sym: normSymbol(sym), year: year ? Number(year) : undefined };
}

function normAgency(s: unknown): string {
  let x = fold(s);
  x = x.replace(/^(đề nghị|các|những)\s+/g, '');
  x = x.replace(/\bubnd\b/g, 'ủy ban nhân dân').replace(/\bhđnd\b/g, 'hội đồng nhân dân');
  x = x.replace(/\bgd ?& ?đt\b|\bgdđt\b/g, 'giáo dục và đào tạo');
  x = x.replace(/\s+(tỉnh|huyện|thành phố|thị xã|quận)(\s+[\p{L} ]+)?$/u, '');
  return x.replace(/\s*-\s*/g, ' - ').replace(/\s+/g, ' ').trim();
}

const eq = (a: unknown, b: unknown): boolean => fold(a) === fold(b);

// ---------- helpers ----------
function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : fn ? 0 : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, p, r, f };
}
const add = (acc: Acc, k: string, v: number): void => {
  acc[k] = (acc[k] ?? 0) + v;
};
function overlap(a: unknown, b: unknown): { n: number; coef: number } {
  const A = tokens(a);
  const B = tokens(b);
  let n = 0;
  for (const t of A) if (B.has(t)) n++;
  return { n, coef: Math.min(A.size, B.size) ? n / Math.min(A.size, B.size) : 0 };
}

// ---------- per-part scorers ----------
function scoreCitations(gold: Loose, pred: Loose, acc: Acc, misses: string[]): void {
  const G: Loose[] = gold.citations ?? [];
  const P: Loose[] = [...(pred.citations ?? [])];
  const used = new Set<number>();
  for (const g of G) {
    const keys = [g.key, ...(g.altKeys ?? [])].map(splitKey);
    let hit = -1;
    P.forEach((p, i) => {
      if (hit >= 0 || used.has(i) || !p?.key) return;
      const pk = splitKey(p.key);
      const py = pk.year ?? (typeof p.year === 'number' ? p.year : undefined);
      if (keys.some((k) => k.sym === pk.sym && (k.year === undefined || py === undefined || k.year === py))) hit = i;
    });
    if (hit >= 0) {
      used.add(hit);
      if (!g.hard) add(acc, 'cit_tp', 1);
      else add(acc, 'cit_hard_found', 1);
      if (g.date) {
        add(acc, 'cit_date_n', 1);
        if (P[hit].date === g.date) add(acc, 'cit_date_ok', 1);
        else misses.push(`citation date ${g.key}: gold ${g.date} pred ${P[hit].date}`);
      }
      if (!g.hard) {
        if ((g.date ?? null) === (P[hit].date ?? null) || !g.date) add(acc, 'cit_exact_tp', 1);
        else {
          add(acc, 'cit_exact_fn', 1);
          add(acc, 'cit_exact_fp', 1);
        }
      }
    } else if (!g.hard) {
      add(acc, 'cit_fn', 1);
      add(acc, 'cit_exact_fn', 1);
      misses.push(`citation missed ${g.key}`);
    } else add(acc, 'cit_hard_missed', 1);
  }
  P.forEach((p, i) => {
    if (!used.has(i)) {
      add(acc, 'cit_fp', 1);
      add(acc, 'cit_exact_fp', 1);
      misses.push(`citation extra ${p?.key}`);
    }
  });
}

function scoreTargets(gold: Loose, pred: Loose, acc: Acc, misses: string[]): void {
  const G: Loose[] = gold.targets ?? [];
  const P: Loose[] = pred.targets ?? [];
  const pairs: { gi: number; pi: number; s: number }[] = [];
  G.forEach((g, gi) =>
    P.forEach((p, pi) => {
      if (typeof p?.value !== 'number' || Math.abs(p.value - g.value) > 1e-9 || p.unit !== g.unit) return;
      const o = overlap(g.text, p.text);
      if (o.coef >= 0.6 && o.n >= 3) pairs.push({ gi, pi, s: o.coef + o.n / 1000 });
    }),
  );
  pairs.sort((a, b) => b.s - a.s);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const x of pairs) {
    if (!gUsed.has(x.gi) && !pUsed.has(x.pi)) {
      gUsed.set(x.gi, x.pi);
      pUsed.add(x.pi);
    }
  }
  G.forEach((g, gi) => {
    if (!gUsed.has(gi)) {
      if (!g.hard) {
        add(acc, 'tgt_fn', 1);
        add(acc, 'tgt_exact_fn', 1);
        misses.push(`target missed ${g.value}${g.unit === 'percent' ? '%' : ''}: ${g.text}`);
      }
      return;
    }
    const p = P[gUsed.get(gi)!];
    if (!g.hard) add(acc, 'tgt_tp', 1);
    add(acc, 'tgt_attr_n', 1);
    if ((g.year ?? null) === (p.year ?? null)) add(acc, 'tgt_year_ok', 1);
    else misses.push(`target year ${g.text}: gold ${g.year} pred ${p.year}`);
    if (g.comparator === p.comparator) add(acc, 'tgt_cmp_ok', 1);
    else misses.push(`target comparator ${g.text}: gold ${g.comparator} pred ${p.comparator}`);
    if (g.indicator) {
      add(acc, 'tgt_ind_n', 1);
      if (g.indicator === p.indicator) add(acc, 'tgt_ind_ok', 1);
      else misses.push(`target indicator ${g.text}: gold ${g.indicator} pred ${p.indicator}`);
    }
    const exact = (g.year ?? null) === (p.year ?? null) && g.comparator === p.comparator && (!g.indicator || g.indicator === p.indicator);
    if (!g.hard) add(acc, exact ? 'tgt_exact_tp' : 'tgt_exact_fn', 1);
    if (!exact) add(acc, 'tgt_exact_fp', 1);
  });
  P.forEach((p, pi) => {
    if (pUsed.has(pi)) return;
    // a prediction that pairs with a hard gold target is neither right nor wrong
    const hardMatch = G.some((g) => g.hard && typeof p?.value === 'number' && Math.abs(p.value - g.value) < 1e-9 && overlap(g.text, p.text).coef >= 0.6);
    if (!hardMatch) {
      add(acc, 'tgt_fp', 1);
      add(acc, 'tgt_exact_fp', 1);
      misses.push(`target extra ${p?.value} ${p?.unit}: ${p?.text}`);
    }
  });
}

function scoreResponsibilities(gold: Loose, pred: Loose, acc: Acc, misses: string[]): void {
  const G = new Map<string, { names: Set<string>; roles: Set<string>; label: string }>();
  for (const r of (gold.responsibilities ?? []) as Loose[]) {
    const id = normAgency(r.agency);
    const e = G.get(id) ?? { names: new Set<string>(), roles: new Set<string>(), label: r.agency };
    [r.agency, ...(r.names ?? [])].forEach((n: unknown) => e.names.add(normAgency(n)));
    e.roles.add(r.role);
    G.set(id, e);
  }
  const P = new Map<string, { roles: Set<string>; label: string }>();
  for (const r of (pred.responsibilities ?? []) as Loose[]) {
    const id = normAgency(r?.agency);
    const e = P.get(id) ?? { roles: new Set<string>(), label: r?.agency };
    e.roles.add(r?.role);
    P.set(id, e);
  }
  const pUsed = new Set<string>();
  for (const [, g] of G) {
    const hit = [...P.keys()].find((k) => !pUsed.has(k) && g.names.has(k));
    if (!hit) {
      add(acc, 'agy_fn', 1);
      misses.push(`agency missed ${g.label}`);
      continue;
    }
    pUsed.add(hit);
    add(acc, 'agy_tp', 1);
    const pr = P.get(hit)!.roles;
    for (const role of g.roles) {
      if (pr.has(role)) add(acc, 'role_tp', 1);
      else {
        add(acc, 'role_fn', 1);
        misses.push(`role missed ${g.label}: ${role}`);
      }
    }
    for (const role of pr) {
      if (!g.roles.has(role)) {
        add(acc, 'role_fp', 1);
        misses.push(`role extra ${g.label}: ${role}`);
      }
    }
  }
  for (const [k, p] of P) {
    if (!pUsed.has(k)) {
      add(acc, 'agy_fp', 1);
      misses.push(`agency extra ${p.label}`);
    }
  }
}

function scoreSections(gold: Loose, pred: Loose, acc: Acc, misses: string[]): void {
  const P: Loose[] = pred.sections ?? [];
  const normLabel = (l: unknown) => fold(l).replace(/[.)\s]/g, '');
  const used = new Set<number>();
  for (const g of (gold.sections ?? []) as Loose[]) {
    add(acc, 'sec_n', 1);
    let best = -1;
    let bestS = 0;
    P.forEach((p, i) => {
      if (used.has(i) || normLabel(p?.label) !== normLabel(g.label)) return;
      const o = overlap(g.heading, p.heading);
      const s = tokens(g.heading).size === 0 ? 1 : o.coef;
      if (s >= 0.6 && s > bestS) {
        best = i;
        bestS = s;
      }
    });
    if (best < 0) {
      misses.push(`section missed ${g.label} ${g.heading}`);
      continue;
    }
    used.add(best);
    add(acc, 'sec_found', 1);
    if (P[best].kind === g.kind) add(acc, 'sec_ok', 1);
    else misses.push(`section kind ${g.label} ${g.heading}: gold ${g.kind} pred ${P[best].kind}`);
  }
}

function scoreDocumentMeta(gold: Loose, pred: Loose, acc: Acc, misses: string[]): void {
  const g = gold.document ?? {};
  const p = pred.document ?? {};
  const fields = ['type', 'number', 'symbol', 'issuer', 'province', 'level', 'place', 'date', 'signer'];
  for (const f of fields) {
    if (!(f in g)) continue;
    add(acc, 'doc_n', 1);
    let ok: boolean;
    if (f === 'issuer') ok = normAgency(g[f]) === normAgency(p[f]);
    else if (f === 'symbol') ok = (g[f] ?? null) === null ? p[f] == null : normSymbol(g[f]) === normSymbol(p[f] ?? '');
    else ok = (g[f] ?? null) === null ? (p[f] ?? null) === null : eq(g[f], p[f]);
    if (ok) add(acc, 'doc_ok', 1);
    else misses.push(`document ${f}: gold ${JSON.stringify(g[f])} pred ${JSON.stringify(p[f])}`);
  }
  if ('period' in g) {
    add(acc, 'doc_n', 1);
    const ok = (g.period === null && p.period == null) || (g.period && p.period && g.period.from === p.period.from && g.period.to === p.period.to);
    if (ok) add(acc, 'doc_ok', 1);
    else misses.push(`document period: gold ${JSON.stringify(g.period)} pred ${JSON.stringify(p.period)}`);
  }
}

function scoreTasks(gold: Loose, pred: Loose, acc: Acc, misses: string[]): void {
  const G: Loose[] = gold.tasks ?? [];
  const P: Loose[] = pred.tasks ?? [];
  const used = new Set<number>();
  for (const g of G) {
    let best = -1;
    let bestS = 0;
    P.forEach((p, i) => {
      if (used.has(i)) return;
      const o = overlap(g.text, p?.text);
      if (o.coef >= 0.6 && o.coef > bestS) {
        best = i;
        bestS = o.coef;
      }
    });
    if (best < 0) {
      add(acc, 'task_fn', 1);
      misses.push(`task missed ${String(g.text).slice(0, 60)}`);
      continue;
    }
    used.add(best);
    add(acc, 'task_tp', 1);
    const p = P[best];
    const set = (xs: unknown[] | undefined) => new Set((xs ?? []).map(normAgency));
    const gl = set(g.lead);
    const pl = set(p.lead);
    if (gl.size === pl.size && [...gl].every((x) => pl.has(x))) add(acc, 'task_lead_ok', 1);
    else misses.push(`task lead ${String(g.text).slice(0, 40)}: gold ${[...gl]} pred ${[...pl]}`);
    const d = (s: unknown) => fold(s).replace(/\s*-\s*/g, '-');
    if (d(g.deadline) === d(p.deadline)) add(acc, 'task_deadline_ok', 1);
    else misses.push(`task deadline ${String(g.text).slice(0, 40)}: gold ${g.deadline} pred ${p.deadline}`);
  }
  add(acc, 'task_fp', P.length - used.size);
}

// ---------- whole runs ----------
export function scorePairs(pairs: readonly ScorePair[]): ScoreReport {
  const total: Acc = {};
  const documents: DocumentScore[] = [];
  for (const { file, gold, pred } of pairs) {
    const acc: Acc = {};
    const misses: string[] = [];
    if (pred === undefined) misses.push('no prediction file (or it does not parse)');
    const p = pred ?? {};
    scoreCitations(gold, p, acc, misses);
    scoreTargets(gold, p, acc, misses);
    scoreResponsibilities(gold, p, acc, misses);
    scoreSections(gold, p, acc, misses);
    scoreDocumentMeta(gold, p, acc, misses);
    scoreTasks(gold, p, acc, misses);
    for (const [k, v] of Object.entries(acc)) add(total, k, v);
    documents.push({ file, misses, counts: acc });
  }
  const z = (k: string) => total[k] ?? 0;
  const ratio = (a: string, b: string) => (z(b) ? z(a) / z(b) : null);
  const summary: ScoreSummary = {
    citations: prf(z('cit_tp'), z('cit_fp'), z('cit_fn')),
    citationDateAccuracy: ratio('cit_date_ok', 'cit_date_n'),
    citationsExact: prf(z('cit_exact_tp'), z('cit_exact_fp'), z('cit_exact_fn')),
    targets: prf(z('tgt_tp'), z('tgt_fp'), z('tgt_fn')),
    targetsExact: prf(z('tgt_exact_tp'), z('tgt_exact_fp'), z('tgt_exact_fn')),
    targetYearAccuracy: ratio('tgt_year_ok', 'tgt_attr_n'),
    targetComparatorAccuracy: ratio('tgt_cmp_ok', 'tgt_attr_n'),
    targetIndicatorAccuracy: ratio('tgt_ind_ok', 'tgt_ind_n'),
    agencies: prf(z('agy_tp'), z('agy_fp'), z('agy_fn')),
    roles: prf(z('role_tp'), z('role_fp'), z('role_fn')),
    sectionsFound: ratio('sec_found', 'sec_n'),
    sectionsRight: ratio('sec_ok', 'sec_n'),
    document: ratio('doc_ok', 'doc_n'),
    tasks: prf(z('task_tp'), z('task_fp'), z('task_fn')),
    taskLeadAccuracy: ratio('task_lead_ok', 'task_tp'),
    taskDeadlineAccuracy: ratio('task_deadline_ok', 'task_tp'),
  };
  return { summary, documents };
}

/** Scores every *.json of goldDir against the file of the same name in predDir (like score.mjs). */
export function scoreFolders(goldDir: string, predDir: string): ScoreReport {
  const pairs = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file): ScorePair => {
      const gold: unknown = JSON.parse(readFileSync(path.join(goldDir, file), 'utf8'));
      const pf = path.join(predDir, file);
      let pred: unknown;
      if (existsSync(pf)) {
        try {
          pred = JSON.parse(readFileSync(pf, 'utf8'));
        } catch {
          pred = undefined;
        }
      }
      return { file, gold, pred };
    });
  return scorePairs(pairs);
}

const f3 = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : x.toFixed(3));

/** The report as score.mjs prints it (per-document lines, then one line per part, then a sum-up). */
export function formatReport(report: ScoreReport, verbose = false): string {
  const s = report.summary;
  const out: string[] = [];
  for (const d of report.documents) {
    out.push(`# ${d.file}: ${d.misses.length} differences`);
    if (verbose) for (const m of d.misses) out.push(`  - ${m}`);
  }
  const line = (name: string, x: Prf) =>
    out.push(`${name.padEnd(22)} P ${f3(x.p)}  R ${f3(x.r)}  F1 ${f3(x.f)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`);
  line('citations', s.citations);
  out.push(`  date accuracy        ${f3(s.citationDateAccuracy)}`);
  line('citations, key+date', s.citationsExact);
  line('targets', s.targets);
  line('targets, all fields', s.targetsExact);
  out.push(`  year ${f3(s.targetYearAccuracy)}  comparator ${f3(s.targetComparatorAccuracy)}  indicator ${f3(s.targetIndicatorAccuracy)}`);
  line('agencies', s.agencies);
  line('agency roles', s.roles);
  out.push(`sections found ${f3(s.sectionsFound)}  with right kind ${f3(s.sectionsRight)}`);
  out.push(`document fields right ${f3(s.document)}`);
  line('task rows', s.tasks);
  out.push(`  lead ${f3(s.taskLeadAccuracy)}  deadline ${f3(s.taskDeadlineAccuracy)}`);
  out.push(
    `citations F1 ${f3(s.citations.f)} exact ${f3(s.citationsExact.f)} targets F1 ${f3(s.targets.f)} exact ${f3(s.targetsExact.f)} ` +
      `agencies F1 ${f3(s.agencies.f)} sections ${f3(s.sectionsRight)} document ${f3(s.document)} tasks F1 ${f3(s.tasks.f)}`,
  );
  return out.join('\n') + '\n';
}
