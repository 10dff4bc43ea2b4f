import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/ingest/docx.js';
import { layoutText, lineOf, reflow, rowsOf, type PageRuns, type Run } from '../../src/ingest/pdf/layout.js';
import { readTextLayer } from '../../src/ingest/pdf/text-layer.js';
import { ROOT } from '../helpers.js';

/** A run of text set at `size` with letters half an em wide. */
const run = (text: string, x0: number, y: number, size = 13, x1 = x0 + text.length * size * 0.5): Run => ({ text, x0, x1, y, size });
const page = (runs: Run[], width = 595.3): PageRuns => ({ width, runs });
const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures', name));

describe('lines', () => {
  it('makes a line of runs on one baseline, with a space where they are apart', () => {
    const rows = rowsOf([run('Số:', 56.8, 100, 13, 75), run('2458/QĐ-UBND', 79, 100.4, 13, 166), run('Gia Lai', 56.8, 121)]);
    expect(rows.map((r) => lineOf(r.runs).text)).toEqual(['Số: 2458/QĐ-UBND', 'Gia Lai']);
  });

  it('turns small digits raised above a line into a superscript footnote marker', () => {
    const rows = rowsOf([run('tiếng mẹ đẻ của trẻ', 56.8, 584.9, 13, 300), run('1', 300.5, 580, 8.5, 305), run('.', 305, 584.9, 13, 308)]);
    expect(rows).toHaveLength(1);
    expect(lineOf(rows[0]!.runs).text).toBe('tiếng mẹ đẻ của trẻ¹.');
  });

  it('drops the overprinted copy that fake bold leaves', () => {
    const rows = rowsOf([run('QUYẾT ĐỊNH', 270.2, 100, 13, 353.5), run('QUYẾT ĐỊNH', 270.5, 100, 13, 353.8)]);
    expect(lineOf(rows[0]!.runs).text).toBe('QUYẾT ĐỊNH');
  });
});

describe('paragraphs', () => {
  // document 002 as printed: a numbered heading over two lines, then its first sentence
  const heading = [
    run('11. Đề nghị Ủy ban mặt trận tổ quốc Việt Nam tỉnh Lai Châu, Bộ Chỉ huy Bộ đội Biên phòng', 56.8, 229, 13, 565.3),
    run('tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Khuyến học tỉnh', 56.8, 243.9, 13, 394.7),
    run('Theo chức năng, nhiệm vụ của đơn vị, tích cực phối hợp đẩy mạnh công tác tuyên truyền, vận', 56.8, 264.9, 13, 565.5),
    run('động, hỗ trợ phát triển giáo dục mầm non vùng khó khăn', 56.8, 279.8, 13, 353),
  ];
  const lines = (runs: Run[]) => rowsOf(runs).map((r) => lineOf(r.runs));
  const pitch = () => 14.9;

  it('ends a paragraph where the next line’s first word would have fitted, however the lines are spaced', () => {
    const even = heading.map((r, i) => ({ ...r, y: 229 + 14.9 * i }));
    expect(reflow(lines(even), 565.8, pitch)).toEqual([
      '11. Đề nghị Ủy ban mặt trận tổ quốc Việt Nam tỉnh Lai Châu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Khuyến học tỉnh',
      'Theo chức năng, nhiệm vụ của đơn vị, tích cực phối hợp đẩy mạnh công tác tuyên truyền, vận động, hỗ trợ phát triển giáo dục mầm non vùng khó khăn',
    ]);
  });

  it('ends a paragraph at paragraph spacing even after a full line', () => {
    const full = [run('Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ phê', 56.8, 645.8, 13, 565.8), run('Theo đề nghị của Sở Giáo dục và Đào tạo', 56.8, 666.7, 13, 300)];
    expect(reflow(lines(full), 565.8, pitch)).toHaveLength(2);
  });

  it('keeps list items, caps lines and sentences after a full stop apart, and glues a symbol cut at its hyphen', () => {
    const text = reflow(
      lines([
        run('- Tổ chức kiểm tra, đánh giá, kết quả triển khai thực hiện Kế hoạch trên địa bàn, báo cáo', 56.8, 100, 13, 565.8),
        run('theo quy định.', 56.8, 114.9, 13, 140),
        run('- Phối hợp thực hiện Quyết định số 2270/QĐ-TTg và Thông tư số 50/2020/TT-', 56.8, 135.8, 13, 565.8),
        run('BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo.', 56.8, 150.7, 13, 320),
        run('Chương trình được triển khai trên toàn tỉnh từ năm 2024 đến hết năm 2030 theo kế hoạch.', 56.8, 165.6, 13, 565.8),
        run('Các sở, ngành phối hợp thực hiện.', 56.8, 180.5, 13, 250),
        run('II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU NHẰM NÂNG CAO CHẤT LƯỢNG GIÁO DỤC MẦM NON Ở', 56.8, 195.4, 13, 565.8),
        run('VÙNG KHÓ KHĂN', 56.8, 210.3, 13, 150),
      ]),
      565.8,
      pitch,
    );
    expect(text).toEqual([
      '- Tổ chức kiểm tra, đánh giá, kết quả triển khai thực hiện Kế hoạch trên địa bàn, báo cáo theo quy định.',
      '- Phối hợp thực hiện Quyết định số 2270/QĐ-TTg và Thông tư số 50/2020/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo.',
      'Chương trình được triển khai trên toàn tỉnh từ năm 2024 đến hết năm 2030 theo kế hoạch.',
      'Các sở, ngành phối hợp thực hiện.',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU NHẰM NÂNG CAO CHẤT LƯỢNG GIÁO DỤC MẦM NON Ở',
      'VÙNG KHÓ KHĂN',
    ]);
  });
});

describe('columns and tables', () => {
  it('writes side-by-side header boxes one column after the other', () => {
    const text = layoutText([
      page([
        run('ỦY BAN NHÂN DÂN', 80, 60, 13, 200),
        run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 290, 60, 13, 545),
        run('TỈNH GIA LAI', 100, 75, 13, 180),
        run('Độc lập - Tự do - Hạnh phúc', 330, 75, 13, 505),
        run('Số: 123/QĐ-UBND', 70, 100, 13, 190),
        run('Gia Lai, ngày 5 tháng 3 năm 2024', 320, 100, 13, 520),
        run('QUYẾT ĐỊNH', 260, 140, 13, 340),
        run('Về việc ban hành Kế hoạch thực hiện Chương trình giáo dục mầm non giai đoạn 2024 - 2030 trên địa bàn', 56.8, 160, 13, 565.8),
      ]),
    ]);
    expect(text[0]!.split('\n').slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH GIA LAI',
      'Số: 123/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lai, ngày 5 tháng 3 năm 2024',
      'QUYẾT ĐỊNH',
    ]);
  });

  // a borderless task table: cells centred vertically, so their lines sit on different baselines;
  // the narrow date column spreads "2023 – 2030" over two lines, its dash apart from the year
  const s = 11;
  const table = [
    run('Phân công nhiệm vụ như sau:', 56.8, 80, 13, 220),
    run('TT', 59, 110, s, 73),
    run('Nhiệm vụ', 122, 110, s, 168),
    run('Đơn vị chủ trì', 230, 110, s, 300),
    run('Thời', 380, 103.7, s, 402),
    run('gian', 380, 116.3, s, 402),
    run('1', 60, 147, s, 65),
    run('Xây dựng kế hoạch triển', 77, 141, s, 212),
    run('khai thực hiện.', 77, 153.6, s, 150),
    run('Sở Giáo dục và Đào', 216, 134.7, s, 335),
    run('tạo; UBND các', 216, 147.3, s, 325),
    run('huyện', 216, 159.9, s, 245),
    run('2023', 380, 141, s, 402),
    run('–', 408, 141, s, 413),
    run('2030', 380, 153.6, s, 402),
    run('2', 60, 190, s, 65),
    run('Tổ chức bồi dưỡng giáo', 77, 184, s, 212),
    run('viên.', 77, 196.6, s, 100),
    run('Sở Giáo dục và Đào tạo', 216, 190, s, 335),
    run('Hằng', 380, 184, s, 402),
    run('năm', 380, 196.6, s, 396.5),
    run('II. TỔ CHỨC THỰC HIỆN', 56.8, 230, 13, 230),
  ];

  it('writes a borderless table in the tab-led cell layout, rows told apart by the bands no column covers', () => {
    expect(layoutText([page(table)])[0]).toBe(
      [
        'Phân công nhiệm vụ như sau:',
        '',
        '\tTT',
        '\tNhiệm vụ',
        '\tĐơn vị chủ trì',
        '\tThời gian',
        '',
        '\t1',
        '\tXây dựng kế hoạch triển khai thực hiện.',
        '\tSở Giáo dục và Đào tạo; UBND các huyện',
        '\t2023 – 2030',
        '',
        '\t2',
        '\tTổ chức bồi dưỡng giáo viên.',
        '\tSở Giáo dục và Đào tạo',
        '\tHằng năm',
        '',
        'II. TỔ CHỨC THỰC HIỆN',
      ].join('\n'),
    );
  });

  it('carries a table over a page break: columns matched by position, a cell cut mid-sentence joined', () => {
    const first = table.slice(0, 15); // up to the end of row 1
    const second = [
      // page 2 has no TT column; its first row goes on with row 1's cells
      run('và Phòng Kế hoạch', 216, 62, s, 305),
      run('Tổ chức bồi dưỡng giáo', 77, 74, s, 212),
      run('viên.', 77, 86.6, s, 100),
      run('Sở Giáo dục và Đào tạo', 216, 80, s, 335),
      run('Hằng', 380, 74, s, 402),
      run('năm', 380, 86.6, s, 396.5),
      run('Kiểm tra, đánh giá.', 77, 120, s, 180),
      run('Sở Tài chính', 216, 120, s, 280),
      run('Tháng', 380, 114, s, 402),
      run('12', 380, 126.6, s, 391),
    ];
    const text = layoutText([page(first), page(second)]);
    const rows = text[0]!.split('\n\n').filter((r) => r.startsWith('\t'));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toContain('\tSở Giáo dục và Đào tạo; UBND các huyện và Phòng Kế hoạch\n');
    expect(rows[2]!.split('\n')).toEqual(['\t', '\tTổ chức bồi dưỡng giáo viên.', '\tSở Giáo dục và Đào tạo', '\tHằng năm']);
    expect(rows[3]!.split('\n')).toEqual(['\t', '\tKiểm tra, đánh giá.', '\tSở Tài chính', '\tTháng 12']);
    expect(text[1]).toBe('');
  });

  it('does not take word spaces that line up down a few rows of prose for a table', () => {
    // justified prose cut into words (as OCR or some PDF producers give it), with the gaps after
    // the 1st and 4th words of three lines right under each other
    const words = (y: number, ws: string[]) => {
      let x = 56.8;
      return ws.map((w, i) => {
        const r = run(w, x, y, 13, x + w.length * 6.5);
        x = r.x1 + (i === 0 || i === 3 ? 4 : 3.5);
        return r;
      });
    };
    const runs = [
      ...words(100, ['Tăng', 'cường', 'công', 'tác', 'truyền', 'thông', 'về', 'giáo', 'dục', 'mầm', 'non']),
      ...words(115, ['Năng', 'lực', 'quản', 'trị', 'nhà', 'trường', 'được', 'nâng', 'cao', 'rõ', 'rệt']),
      ...words(130, ['Từng', 'bước', 'hoàn', 'thiện', 'mạng', 'lưới', 'trường', 'lớp', 'mầm', 'non', 'hợp']),
      ...words(145, ['Kết', 'quả', 'thực', 'hiện', 'được', 'tổng', 'hợp', 'báo', 'cáo', 'hằng', 'năm']),
    ];
    expect(layoutText([page(runs)])[0]).not.toContain('\t');
  });

  it('lays out document 003’s PDF table as the DOCX reader writes the same table', async () => {
    const pdf = layoutText((await readTextLayer(fixture('003_31b3bf059ba1da7a.pdf'))).pages).join('\n');
    const docx = (await readDocx(fixture('003_31b3bf059ba1da7a.docx'))).source;
    const table = (t: string) => t.slice(t.indexOf('\tTT')).trim();
    expect(table(pdf)).toBe(table(docx));
  });
});
