/** Progress of long imports, on a clock the test moves by hand. */
import { describe, expect, it } from 'vitest';
import { Progress, progressSink, type ProgressSink } from '../../src/batch/progress.js';

function setup(isTTY: boolean, total = 1000) {
  let t = 0;
  let written = '';
  const sink: ProgressSink = { write: (s) => void (written += s), isTTY, columns: 100 };
  const progress = new Progress(total, sink, { now: () => t, lineInterval: 5000, barDelay: 500, barInterval: 100 });
  return {
    progress,
    advance: (ms: number, docs: number) => {
      t += ms;
      progress.tick(docs);
    },
    output: () => written,
    reset: () => void (written = ''),
  };
}

describe('without a terminal', () => {
  it('writes nothing for an import shorter than the interval, not even at the end', () => {
    const p = setup(false, 10);
    for (let i = 0; i < 10; i++) p.advance(100, 1);
    p.progress.finish();
    expect(p.output()).toBe('');
  });

  it('writes a plain line each interval with done/total, rate and ETA, and a last line', () => {
    const p = setup(false);
    p.advance(4000, 200);
    expect(p.output()).toBe('');
    p.advance(1000, 100);
    expect(p.output()).toBe('progress: 300/1,000 documents (30%), 60/s, ETA 12 s\n');
    p.advance(1000, 100);
    expect(p.output().split('\n')).toHaveLength(2);
    p.advance(5000, 300);
    expect(p.output().split('\n').at(-2)).toBe('progress: 700/1,000 documents (70%), 64/s, ETA 4.7 s');
    p.advance(2000, 300);
    p.progress.finish();
    expect(p.output().split('\n').at(-2)).toBe('progress: 1,000/1,000 documents (100%), 77/s, 13 s elapsed');
    expect(p.output()).not.toContain('\r');
  });

  it('says minutes and hours for long imports', () => {
    const p = setup(false, 100_000);
    p.advance(60_000, 1000);
    expect(p.output()).toContain('1,000/100,000 documents (1%), 17/s, ETA 1 h 39 min');
  });
});

describe('on a terminal', () => {
  it('draws a bar in place after a short delay, then at most every 100 ms', () => {
    const p = setup(true);
    p.advance(400, 100);
    expect(p.output()).toBe('');
    p.advance(100, 100);
    expect(p.output()).toBe('\r\x1b[K[######------------------------] 200/1,000 documents (20%), 400/s, ETA 2.0 s');
    p.reset();
    p.advance(50, 10);
    expect(p.output()).toBe('');
    p.advance(50, 10);
    expect(p.output()).toMatch(/^\r\x1b\[K\[#+-+\] 220\/1,000/);
    expect(p.output()).not.toContain('\n');
  });

  it('writes other output above the bar and wipes the bar at the end', () => {
    const p = setup(true);
    let out = '';
    const around = p.progress.around((s) => void (out += s));
    around('before the bar\n');
    expect(out).toBe('before the bar\n');
    expect(p.output()).toBe('');
    p.advance(600, 10);
    p.reset();
    around('imported  a.txt (id 1)\n');
    expect(out).toBe('before the bar\nimported  a.txt (id 1)\n');
    // wiped before the line, drawn again after it
    expect(p.output()).toMatch(/^\r\x1b\[K\r\x1b\[K\[#*-+\] 10\/1,000/);
    p.reset();
    p.progress.finish();
    expect(p.output()).toBe('\r\x1b[K');
  });

  it('leaves the bar out when the terminal is too narrow for it', () => {
    let written = '';
    let t = 0;
    const progress = new Progress(10, { write: (s) => void (written += s), isTTY: true, columns: 50 }, { now: () => t });
    t = 1000;
    progress.tick(5);
    expect(written).toBe('\r\x1b[K5/10 documents (50%), 5.0/s, ETA 1.0 s');
  });
});

describe('progressSink', () => {
  it('writes plain lines through the given writer unless the command writes to a terminal', () => {
    const lines: string[] = [];
    const sink = progressSink((s) => void lines.push(s), false);
    expect(sink.isTTY).toBe(false);
    sink.write('x');
    expect(lines).toEqual(['x']);
  });
});
