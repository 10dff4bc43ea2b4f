import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractResponsibilities } from '../../src/extract/responsibilities/index.js';
import { extractTaskRows, extractTasks, taskRowsFromRows, tasksFromRows } from '../../src/extract/tasks/index.js';
import { makeInput } from '../agencies/input.js';

// Document 003: a Word table flattened into tab-led cells (each cell starts a line with a tab,
// cells run over several lines and blank lines, the TT cell is missing on five rows).
const S3 = readFileSync(new URL('../../corpus/003_31b3bf059ba1da7a.txt', import.meta.url), 'utf8');

describe('tab-led table (document 003)', () => {
  const input = makeInput(S3, { type: 'Phụ lục', level: 'province', province: 'Ninh Thuận' });
  const tasks = extractTasks(input);

  it('finds the eight rows, numbered or not', () => {
    expect(tasks.map((t) => t.number)).toEqual(['1', null, '3', '3', '4', null, null, null]);
    expect(tasks[7]!.text).toBe('Sơ kết, Tổng kết Chương trình');
  });

  it('joins a task cell that runs over a blank line', () => {
    expect(tasks[5]!.text).toMatch(/lan tỏa mô hình; Biên soạn, số hóa, tập huấn tài liệu/);
  });

  it('takes the lead without the units in parentheses', () => {
    expect(tasks.every((t) => t.lead.length === 1 && t.lead[0] === 'Sở Giáo dục và Đào tạo')).toBe(true);
  });

  it('splits coordinating agencies by the gazetteer and drops generic ones', () => {
    expect(tasks[0]!.coordinate).toEqual([
      'Ủy ban nhân dân cấp huyện',
      'Phòng Giáo dục và Đào tạo',
      'Sở Kế hoạch và Đầu tư',
      'Sở Tài chính',
      'Ban Dân tộc',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Lao động - Thương binh và Xã hội',
      'Sở Thông tin và Truyền thông',
    ]);
    expect(tasks[4]!.coordinate).toEqual(['Phòng Giáo dục và Đào tạo']); // "Các chuyên gia", "Các đơn vị, cá nhân có liên quan" dropped
    expect(tasks[7]!.coordinate).toContain('Báo Ninh Thuận');
  });

  it('keeps deadlines as written, joining their lines', () => {
    expect(tasks.map((t) => t.deadline)).toEqual(['2023 – 2030', '2023 – 2030', '2023 – 2030', '2023 - 2030', '2025 - 2030', '2025 - 2030', 'Tháng 12 hằng năm', 'GĐ1: 2025; GĐ2: 2030']);
  });

  it('splits products at "- " items and ";"', () => {
    expect(tasks[0]!.products).toEqual([
      'Kế hoạch của UBND các đơn vị cấp tỉnh',
      'Bộ GDĐT triển khai, thực hiện Chương trình',
      'Hội nghị',
      'hội thảo',
      'Các bài viết/ phóng sự chuyên đề (báo hình, báo giấy, báo điện tử)',
    ]);
    expect(tasks[7]!.products).toHaveLength(5);
  });

  it('gives every row a span over its cells', () => {
    for (const t of tasks) expect(S3.slice(t.span![0], t.span![1])).toContain(t.text.slice(0, 20));
  });

  it('feeds responsibilities: lead and coordinating agencies with their rows as duties', () => {
    const list = extractResponsibilities(input);
    expect(list).toHaveLength(13);
    expect(list[0]).toMatchObject({ agency: 'Sở Giáo dục và Đào tạo', role: 'lead', asWritten: 'Sở GDĐT' });
    expect(list[0]!.duties).toHaveLength(8);
    expect(list.slice(1).every((r) => r.role === 'coordinate')).toBe(true);
    const cap = list.find((r) => r.agency === 'Ủy ban nhân dân cấp huyện')!;
    expect(cap.duties).toHaveLength(6);
    expect(cap.partners).toEqual(['Sở Giáo dục và Đào tạo']);
  });

  it('ends a table at the text that follows it', () => {
    const text = S3.trimEnd() + '\n\nII. TỔ CHỨC THỰC HIỆN\nGiao Sở Giáo dục và Đào tạo theo dõi.';
    const last = extractTasks(makeInput(text)).at(-1)!;
    expect(last.products.at(-1)).toBe('Sản phẩm truyền thông');
  });
});

describe('Markdown table', () => {
  // Columns in another order and other header words: found by their words, not their place.
  const md = [
    'PHỤ LỤC PHÂN CÔNG NHIỆM VỤ',
    '',
    '| STT | Nội dung công việc | Tiến độ thực hiện | Cơ quan chủ trì | Cơ quan phối hợp | Ghi chú |',
    '|:---:|---|---|---|---|---|',
    '| 1 | Rà soát mạng lưới trường, lớp mầm non | Quý IV/2024 | Phòng GD&ĐT | UBND các xã, thị trấn<br>- Phòng Tài chính - Kế hoạch | |',
    '| 2 | Tuyên truyền về phát triển GDMN \\| truyền thông | Hằng năm | Trung tâm Văn hóa, Thông tin và Thể thao | Các trường mầm non; Các đơn vị liên quan | |',
    '',
    'Nơi nhận:',
  ].join('\n');

  it('reads rows by header words', () => {
    const tasks = extractTasks(makeInput(md, { level: 'district' }));
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({
      number: '1',
      text: 'Rà soát mạng lưới trường, lớp mầm non',
      lead: ['Phòng Giáo dục và Đào tạo'],
      coordinate: ['Ủy ban nhân dân cấp xã', 'Phòng Tài chính - Kế hoạch'],
      deadline: 'Quý IV/2024',
      products: [],
    });
    expect(tasks[1]).toMatchObject({ lead: ['Trung tâm Văn hóa, Thông tin và Thể thao'], coordinate: ['Trường mầm non'], deadline: 'Hằng năm' });
    expect(tasks[1]!.text).toContain('\\| truyền thông');
  });

  it('ignores a pipe table that is not a task table', () => {
    const other = '| Chỉ tiêu | Năm 2025 | Năm 2030 |\n|---|---|---|\n| Tỷ lệ huy động trẻ nhà trẻ | 27% | 28% |';
    expect(extractTasks(makeInput(other))).toEqual([]);
  });
});

describe('tasksFromRows', () => {
  it('reads rows handed over as strings, with a two-row header under merged cells', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', '', 'Thời gian hoàn thành', 'Sản phẩm dự kiến'],
      ['', '', 'Chủ trì', 'Phối hợp', '', ''],
      ['I', 'Nhóm nhiệm vụ về cơ chế, chính sách', '', '', '', ''],
      ['1', 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.', 'Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính)', '- UBND và Phòng GDĐT các huyện, thành phố;\n- Sở Tài chính; Sở Tư Pháp;\n- Các tổ chức, cá nhân liên quan.', '2023 – 2030', '- Kế hoạch của UBND các đơn vị cấp tỉnh; Hội nghị;\n- Báo cáo Bộ GDĐT.'],
    ];
    expect(tasksFromRows(rows, { ctx: { level: 'province' } })).toEqual([
      {
        number: '1',
        text: 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.',
        lead: ['Sở Giáo dục và Đào tạo'],
        coordinate: ['Ủy ban nhân dân cấp huyện', 'Phòng Giáo dục và Đào tạo', 'Sở Tài chính', 'Sở Tư pháp'],
        deadline: '2023 – 2030',
        products: ['Kế hoạch của UBND các đơn vị cấp tỉnh', 'Hội nghị', 'Báo cáo Bộ GDĐT'],
      },
    ]);
  });

  it('finds nothing without a header naming the task column', () => {
    expect(tasksFromRows([['Đơn vị', 'Số lượng'], ['Sở Tài chính', '3']])).toEqual([]);
  });
});

describe('tables in a document with other tab-led lines', () => {
  it('ignores tab-led header cells that make no task table (document 001 header)', () => {
    const text = '\t ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\tSố:           /KH-UBND\n\tGia Lâm, ngày       tháng      năm 2021';
    expect(extractTaskRows(makeInput(text))).toEqual([]);
  });
});

describe('a table with one row per line', () => {
  it('reads tab-separated rows that do not start with a tab', () => {
    const text = [
      'PHỤ LỤC',
      'TT\tNhiệm vụ/Giải pháp\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành',
      '1.\tRà soát quy hoạch mạng lưới trường lớp\tUBND các huyện, thị xã, thành phố\tSở Xây dựng; Sở Tài nguyên và Môi trường\tQuý II/2024',
      '2.\tBố trí kinh phí thực hiện Kế hoạch\tSở Tài chính\tSở Kế hoạch và Đầu tư\tHằng năm',
    ].join('\n');
    expect(extractTasks(makeInput(text))).toMatchObject([
      { number: '1', lead: ['Ủy ban nhân dân cấp huyện'], coordinate: ['Sở Xây dựng', 'Sở Tài nguyên và Môi trường'], deadline: 'Quý II/2024' },
      { number: '2', lead: ['Sở Tài chính'], coordinate: ['Sở Kế hoạch và Đầu tư'], deadline: 'Hằng năm' },
    ]);
  });
});

describe('rows handed over as strings feed responsibilities', () => {
  it('gives their agencies the section passed in and no span', () => {
    const rows = taskRowsFromRows(
      [
        ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
        ['1', 'Tuyên truyền về Chương trình', 'Sở Thông tin và Truyền thông', 'Đài PT-TH tỉnh; Báo Lai Châu', '2024 - 2030'],
      ],
      { sectionId: 's4', ctx: { level: 'province' } },
    );
    const list = extractResponsibilities(makeInput('PHỤ LỤC'), undefined, rows);
    expect(list.map((r) => [r.agency, r.role, r.sectionId, r.span])).toEqual([
      ['Sở Thông tin và Truyền thông', 'lead', 's4', undefined],
      ['Đài Phát thanh và Truyền hình', 'coordinate', 's4', undefined],
      ['Báo Lai Châu', 'coordinate', 's4', undefined],
    ]);
  });
});
