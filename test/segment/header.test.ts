import { describe, expect, it } from 'vitest';
import { analyzeText, CORPUS, corpus } from '../helpers.js';

describe('header metadata of the development corpus', () => {
  it('reads a signed decision with its attached plan (000)', async () => {
    const { extraction: x } = await corpus(CORPUS.s0);
    expect(x.document).toMatchObject({
      type: 'Quyết định',
      number: '2458',
      symbol: '2458/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
      province: 'Gia Lai',
      level: 'province',
      place: 'Gia Lai',
      date: '2025-10-31',
      period: { from: 2025, to: 2035 },
      signer: 'Lâm Hải Giang',
    });
    expect(x.document.title).toMatch(/^VỀ VIỆC BAN HÀNH KẾ HOẠCH .* TRÊN ĐỊA BÀN TỈNH GIA LAI$/u);
    // the authority line and the preamble are not part of the title
    expect(x.document.title).not.toContain('ỦY BAN NHÂN DÂN TỈNH');
  });

  it('reads a district draft plan with blank number, day and month from a tab-laid header (001)', async () => {
    const { extraction: x } = await corpus(CORPUS.s1);
    expect(x.document).toMatchObject({
      type: 'Kế hoạch',
      number: null,
      symbol: '/KH-UBND',
      issuer: 'Ủy ban nhân dân huyện Gia Lâm',
      province: 'Hà Nội',
      level: 'district',
      place: 'Gia Lâm',
      date: '2021',
      title: 'Phát triển giáo dục mầm non huyện Gia Lâm giai đoạn 2021-2025',
      period: { from: 2021, to: 2025 },
      signer: null,
    });
  });

  it('reads a merged number-and-date line and a title starting with a preamble word (002)', async () => {
    const { extraction: x } = await corpus(CORPUS.s2);
    expect(x.document).toMatchObject({
      type: 'Kế hoạch',
      number: null,
      symbol: '/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      province: 'Lai Châu',
      level: 'province',
      place: 'Lai Châu',
      date: '2023-11',
      period: { from: 2022, to: 2030 },
      signer: 'Tổng Thanh Hải',
    });
    expect(x.document.title).toBe(
      'Triển khai thực hiện Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022 - 2030” trên địa bàn tỉnh Lai Châu',
    );
  });

  it('reads an appendix whose number and date come from its attachment line (003)', async () => {
    const { extraction: x } = await corpus(CORPUS.s3);
    expect(x.document).toMatchObject({
      type: 'Phụ lục',
      number: null,
      symbol: '/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận',
      province: 'Ninh Thuận',
      level: 'province',
      place: null,
      date: '2023-09',
      period: { from: 2023, to: 2030 },
      signer: null,
    });
    // the title was split over two lines with a blank line between
    expect(x.document.title).toContain('vùng khó khăn trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030');
  });

  it('reads a Công văn: V/v subject over two lines, addressees, parent body (004)', async () => {
    const { extraction: x } = await corpus(CORPUS.s4);
    expect(x.document).toMatchObject({
      type: 'Công văn',
      number: null,
      symbol: '/PGDĐT',
      issuer: 'Phòng Giáo dục và Đào tạo huyện An Lão',
      province: 'Hải Phòng',
      level: 'district',
      place: 'An Lão',
      date: '2024-09',
      title: 'Hướng dẫn thực hiện nhiệm vụ GDMN năm học 2024 -2025',
      period: { from: 2024, to: 2025 },
      signer: 'Nguyễn Thị Thu Hương',
      parentBody: 'Ủy ban nhân dân huyện An Lão',
      recipients: ['Hiệu trưởng các trường Mầm non', 'Chủ các Nhóm lớp Mầm non độc lập'],
    });
  });
});

describe('header edge cases written from the conventions', () => {
  it('keeps a blank number and a blank day', () => {
    const { extraction: x } = analyzeText(
      'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:      /KH-UBND\nLâm Đồng, ngày   tháng 02 năm 2023\nKẾ HOẠCH\nThực hiện Chương trình giai đoạn 2023 – 2030\nI. MỤC TIÊU\n1. Mục tiêu chung\n',
    );
    expect(x.document).toMatchObject({ number: null, symbol: '/KH-UBND', date: '2023-02', place: 'Lâm Đồng', issuer: 'Ủy ban nhân dân tỉnh Lâm Đồng', level: 'province', province: 'Lâm Đồng', period: { from: 2023, to: 2030 } });
  });

  it('reads a party symbol without a colon and an old-style "Uỷ" issuer with a space in the number', () => {
    const { extraction: x } = analyzeText(
      'UỶ BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 1206 /QĐ-UBND\nHải Phòng, ngày 05 tháng 01 năm 2020\nQUYẾT ĐỊNH\nVề việc phê duyệt Đề án\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án.\n',
    );
    expect(x.document).toMatchObject({ number: '1206', symbol: '1206/QĐ-UBND', date: '2020-01-05', type: 'Quyết định', level: 'province', province: 'Hải Phòng' });
    expect(x.document.title).toBe('Về việc phê duyệt Đề án');
    const party = analyzeText('BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 36-HD/VPTW\nHà Nội, ngày 03 tháng 4 năm 2018\nHƯỚNG DẪN\nThể thức và kỹ thuật trình bày văn bản của Đảng\n');
    expect(party.extraction.document).toMatchObject({ number: '36', symbol: '36-HD/VPTW', type: 'Hướng dẫn', date: '2018-04-03' });
  });
});
