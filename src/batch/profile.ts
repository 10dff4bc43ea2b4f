/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, a .cpuprofile file) by function and by area of
 * the program (a src/ folder, a package, Node's internals), so a benchmark can say what dominates.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples: number[];
  /** microseconds since the previous sample */
  timeDeltas: number[];
}

export interface ProfileRow {
  /** function name, or an area name */
  name: string;
  /** file:line relative to the project, for functions */
  where: string;
  area: string;
  /** milliseconds: self time, or inclusive time in `ProfileSummary.inclusive` */
  selfMs: number;
  /** of the sampled time, idle excluded */
  share: number;
}

export interface ProfileSummary {
  /** sampled time, idle excluded */
  totalMs: number;
  /** time spent in the function itself */
  byFunction: ProfileRow[];
  byArea: ProfileRow[];
  /**
   * The project's functions (src/) by the time spent in them and in what they call: the stages
   * and steps that dominate, where self time is spread over many small helpers
   */
  inclusive: ProfileRow[];
}

export function summarizeProfile(profile: CpuProfile, root: string, top = 20): ProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  // timeDeltas[i] is the time before sample i; it is charged to sample i, as Chrome's tools do
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const byFunction = new Map<string, ProfileRow>();
  const byArea = new Map<string, ProfileRow>();
  const inclusive = new Map<string, ProfileRow>();
  const rowOf = (f: CallFrame) => {
    const where = f.url ? `${relative(f.url, root)}:${f.lineNumber + 1}` : '';
    const name = f.functionName || '(anonymous)';
    return { key: `${name}\u0000${where}`, row: { name, where, area: areaOf(f, root), selfMs: 0, share: 0 } };
  };
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const f = frames.get(id)!;
    if (f.functionName === '(idle)') continue;
    totalUs += us;
    const { key, row } = rowOf(f);
    const fn = byFunction.get(key) ?? row;
    fn.selfMs += us / 1000;
    byFunction.set(key, fn);
    const a = byArea.get(row.area) ?? { name: row.area, where: '', area: row.area, selfMs: 0, share: 0 };
    a.selfMs += us / 1000;
    byArea.set(row.area, a);
    // every project function on the stack, once even when it recurses
    const counted = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const r = rowOf(frames.get(n)!);
      if (!r.row.area.startsWith('src/') || counted.has(r.key)) continue;
      counted.add(r.key);
      const inc = inclusive.get(r.key) ?? r.row;
      inc.selfMs += us / 1000;
      inclusive.set(r.key, inc);
    }
  }
  const finish = (rows: Iterable<ProfileRow>, n: number) =>
    [...rows]
      .map((r) => ({ ...r, selfMs: round(r.selfMs), share: totalUs ? round(r.selfMs / (totalUs / 1000), 4) : 0 }))
      .sort((a, b) => b.selfMs - a.selfMs || (a.name < b.name ? -1 : 1))
      .slice(0, n);
  return {
    totalMs: round(totalUs / 1000),
    byFunction: finish(byFunction.values(), top),
    byArea: finish(byArea.values(), top),
    inclusive: finish(inclusive.values(), top),
  };
}

const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

function relative(url: string, root: string): string {
  const file = url.startsWith('file://') ? decodeURIComponent(url.slice('file://'.length)) : url;
  const base = root.endsWith('/') ? root : `${root}/`;
  return file.startsWith(base) ? file.slice(base.length) : file;
}

/**
 * "src/segment" for the project's code (compiled or not), "pkg:better-sqlite3" for a package,
 * "node" for Node's own JavaScript, V8's pseudo-frames ("(garbage collector)", "(program)") as
 * themselves, regular expressions, and other native code (SQLite, file reads, string built-ins).
 */
export function areaOf(f: CallFrame, root: string): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : f.functionName.startsWith('RegExp: ') ? '(regular expressions)' : '(native code)';
  const rel = relative(f.url, root);
  const pkg = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(rel);
  if (pkg) return `pkg:${pkg[1]}`;
  const own = /^(?:src|dist)\/([^/]+?)(?:\.[jt]s)?(?:\/|$)/.exec(rel);
  if (own) return `src/${own[1]}`;
  if (rel.startsWith('node:') || !rel.startsWith('/')) return 'node';
  return rel;
}
