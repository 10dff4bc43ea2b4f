/**
 * Bytes → string for text files. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded
 * here. Legacy Vietnamese encodings (TCVN3, VNI, VISCII, Windows-1258) are recognised as "not
 * UTF-8" and refused with a clear reason until their decoder lands.
 */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';
}

export class DecodeError extends Error {}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return { text: utf8(bytes), encoding: 'utf-8' };
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError(
      'not valid UTF-8 (probably a legacy Vietnamese encoding such as TCVN3, VNI, VISCII or Windows-1258, which is not supported yet)',
    );
  }
}
