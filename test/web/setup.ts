/** Databases for the web tests, built the way users build them: `vanban import` into a temp folder. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';

/**
 * A plan whose text carries markup and script in every place a page shows text: title, body,
 * a target's sentence, an agency's duty. Nothing of it may run; all of it must show literally.
 */
export const HOSTILE_DOC = `ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thử nghiệm <script>window.__pwned = 'title'; alert('title')</script> hiển thị

Căn cứ Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ <img src=x onerror="window.__pwned='img'">;

I. MỤC TIÊU
1. Phấn đấu đến năm 2025, huy động 40% trẻ em trong độ tuổi nhà trẻ <b onmouseover="window.__pwned='b'">đến trường</b> </textarea><script>alert(1)</script>.
2. Văn bản có ký tự đặc biệt: & &amp; " ' < > {{x}} \${x} javascript:alert(1)

II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Chủ trì triển khai <iframe src="javascript:window.__pwned='iframe'"></iframe> Kế hoạch này.
`;

export interface TestDb {
  dir: string;
  db: string;
  cleanup(): void;
}

async function importInto(files: readonly string[]): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-web-'));
  const db = path.join(dir, 'vanban.db');
  const out: string[] = [];
  const code = await main(['import', ...files, '--db', db], { out: (s) => out.push(s), err: (s) => out.push(s) });
  if (code !== 0) throw new Error(`import failed (${code}):\n${out.join('')}`);
  return { dir, db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every document of corpus/. */
export function corpusDb(): Promise<TestDb> {
  const dir = path.join(ROOT, 'corpus');
  return importInto(readdirSync(dir).sort().map((f) => path.join(dir, f)));
}

/** The hostile plan alone (its own database, so it does not show up in the corpus screenshots). */
export async function hostileDb(): Promise<TestDb> {
  const src = mkdtempSync(path.join(tmpdir(), 'vanban-hostile-'));
  const file = path.join(src, 'hostile_plan.txt');
  writeFileSync(file, HOSTILE_DOC);
  try {
    return await importInto([file]);
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}
