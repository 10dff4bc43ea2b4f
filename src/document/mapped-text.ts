/**
 * Text that remembers where every character came from.
 *
 * Each normalization stage turns one MappedText into another; `origin[i]` is the offset, in the
 * source string the document was decoded to, of the character that produced `text[i]`. Stages
 * never compute offsets by hand: they describe edits (keep, replace, insert, move) and the origins
 * follow, so any span in the final text maps back to the source's line and column.
 */
export interface MappedText {
  readonly text: string;
  /** origin[i] = source offset of text[i]; origin.length === text.length + 1 (the end maps too). */
  readonly origin: Int32Array;
}

export function identity(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/** Builds a new MappedText out of pieces of an old one. */
export class MappedTextBuilder {
  private parts: string[] = [];
  /** origin pieces: subarrays of the old origins, or arrays made for replaced text */
  private origins: Array<Int32Array | number[]> = [];
  private length = 0;
  constructor(private readonly from: MappedText) {}

  /** Copies from[start, end) unchanged. */
  keep(start: number, end: number): this {
    if (end <= start) return this;
    this.parts.push(this.from.text.slice(start, end));
    this.origins.push(this.from.origin.subarray(start, end));
    this.length += end - start;
    return this;
  }

  /** Writes `str` in place of from[start, end); every new character points at `start`'s origin. */
  replace(start: number, end: number, str: string): this {
    if (str.length === 0) return this;
    // Keep a one-to-one mapping where the lengths agree (e.g. Ð -> Đ), else anchor to the start.
    const sameLength = end - start === str.length;
    const o: number[] = new Array(str.length);
    for (let i = 0; i < str.length; i++) {
      o[i] = this.from.origin[sameLength ? start + i : Math.min(start + i, Math.max(start, end - 1))]!;
    }
    this.parts.push(str);
    this.origins.push(o);
    this.length += str.length;
    return this;
  }

  /** Inserts text that has no source of its own, anchored at `at`'s origin. */
  insert(at: number, str: string): this {
    return this.replace(at, at, str);
  }

  build(endOrigin?: number): MappedText {
    const text = this.parts.join('');
    const origin = new Int32Array(text.length + 1);
    let at = 0;
    for (const piece of this.origins) {
      origin.set(piece, at);
      at += piece.length;
    }
    origin[text.length] = endOrigin ?? this.from.origin[this.from.text.length]!;
    return { text, origin };
  }
}

/**
 * Replaces every match of a global regex. The replacer returns the new string for the match
 * (or undefined to leave it); characters of equal-length replacements keep their own origins.
 */
export function replaceAll(
  mt: MappedText,
  re: RegExp,
  replacer: (match: RegExpExecArray) => string | undefined,
): MappedText {
  if (!re.global) throw new Error('replaceAll needs a global regex');
  const b = new MappedTextBuilder(mt);
  let last = 0;
  let changed = false;
  re.lastIndex = 0;
  for (let m = re.exec(mt.text); m; m = re.exec(mt.text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const out = replacer(m);
    if (out === undefined || out === m[0]) continue;
    b.keep(last, m.index);
    b.replace(m.index, m.index + m[0].length, out);
    last = m.index + m[0].length;
    changed = true;
  }
  if (!changed) return mt;
  b.keep(last, mt.text.length);
  return b.build();
}


/** Source offset of a position in the mapped text. */
export function sourceOffset(mt: MappedText, offset: number): number {
  const i = Math.max(0, Math.min(offset, mt.text.length));
  return mt.origin[i]!;
}
