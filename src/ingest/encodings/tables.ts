/**
 * Byte tables of the 8-bit Vietnamese encodings that TextDecoder does not know. Written from the
 * standards and checked byte by byte against glibc iconv (VISCII, TCVN5712-1) and against the
 * test fixtures; the tests encode real text with the inverse of these tables and decode it back.
 */

/** 256 characters from a table of the upper half (0x80–0xFF) and the C0 positions reused for letters. */
function byteTable(high: string, low: Record<number, string>): readonly string[] {
  const upper = [...high];
  if (upper.length !== 128) throw new Error(`an 8-bit table needs 128 upper characters, got ${upper.length}`);
  return Array.from({ length: 256 }, (_, b) => (b < 0x80 ? (low[b] ?? String.fromCharCode(b)) : upper[b - 0x80]!));
}

/** VISCII (RFC 1456, 1992): all 134 precomposed letters, six of them in C0 control positions. */
export const VISCII = byteTable(
  'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲÕắằặấầẩậẽẹếềểễệốồổỗỠƠộờởịỰỨỪỬơớƯ' +
    'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳĐứÒÓÔạỷừửÙÚỹỵÝỡưàáâãảăữẫèéêẻìíĩỉđựòóôõỏọụùúũủýợỮ',
  { 0x02: 'Ẳ', 0x05: 'Ẵ', 0x06: 'Ẫ', 0x14: 'Ỷ', 0x19: 'Ỹ', 0x1e: 'Ỵ' },
);

/**
 * TCVN 5712:1993 VN1, whose upper half (0xA0–0xFF) is TCVN3 ("ABC", the .VnTime fonts): lower-case
 * letters, the seven base capitals Ă Â Ê Ô Ơ Ư Đ, and the five tone marks as combining characters
 * (0xB0–0xB4). VN1 adds the toned capitals in 0x80–0x9F and in C0 positions; a TCVN3 file never
 * uses those bytes, so one table reads both.
 */
export const TCVN3 = byteTable(
  'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323' +
    'àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ',
  { 0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ', 0x11: 'Ứ', 0x12: 'Ự', 0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ' },
);

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Node's TextDecoder treats "windows-1252" as
 * Latin-1, so the table is here; the five undefined bytes are kept as C1 controls, as browsers do.
 */
export const CP1252_C1 =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * VNI (VNI-Windows fonts), as its bytes read in Windows-1252. Letters that are one byte: Đ, Ư, Ơ
 * and the i-vowels Ĩ, Ị, Ỉ (Ì, Í are themselves).
 */
export const VNI_LETTERS: Readonly<Record<string, string>> = {
  'Ñ': 'Đ', 'ñ': 'đ', 'Ö': 'Ư', 'ö': 'ư', 'Ô': 'Ơ', 'ô': 'ơ',
  'Ó': 'Ĩ', 'ó': 'ĩ', 'Ò': 'Ị', 'ò': 'ị', 'Æ': 'Ỉ', 'æ': 'ỉ',
};

/**
 * VNI diacritic bytes that follow a base vowel: a tone, a circumflex or breve, or both (as
 * combining characters; the decoder composes them). Upper- and lower-case forms mean the same.
 */
export const VNI_MARKS: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['ù', '\u0301'], ['ø', '\u0300'], ['û', '\u0309'], ['õ', '\u0303'], ['ï', '\u0323'],
      ['â', '\u0302'], ['á', '\u0302\u0301'], ['à', '\u0302\u0300'], ['å', '\u0302\u0309'], ['ã', '\u0302\u0303'], ['ä', '\u0302\u0323'],
      ['ê', '\u0306'], ['é', '\u0306\u0301'], ['è', '\u0306\u0300'], ['ú', '\u0306\u0309'], ['ü', '\u0306\u0303'], ['ë', '\u0306\u0323'],
    ] as const
  ).flatMap(([c, marks]) => [[c, marks], [c.toUpperCase(), marks]]),
);
