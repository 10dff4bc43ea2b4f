/**
 * A small hand-made database: documents whose lines are copied from the corpus (S2 Lai Châu, S4
 * An Lão) or written from the conventions doc, with the citations, targets, responsibilities and
 * task rows the extractors give such lines.
 */
import type { DocSpec } from './fixtures.js';

const TTG_1609_CITATION = {
  key: '1609/QĐ-TTg|2022',
  type: 'Quyết định',
  number: '1609',
  year: 2022,
  symbol: '1609/QĐ-TTg',
  issuer: 'Thủ tướng Chính phủ',
  date: '2022-12-26',
};

/** The national decision itself (Thủ tướng Chính phủ), dated 26/12/2022. */
export const TTG_1609: DocSpec = {
  stem: 'ttg_1609',
  meta: { type: 'Quyết định', number: '1609', symbol: '1609/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', level: 'central', place: 'Hà Nội', date: '2022-12-26' },
  lines: [
    'THỦ TƯỚNG CHÍNH PHỦ',
    'Số: 1609/QĐ-TTg',
    'Hà Nội, ngày 26 tháng 12 năm 2022',
    'QUYẾT ĐỊNH',
    'Phê duyệt Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022 - 2030”',
  ],
};

/** A Lai Châu plan (lines of S2) implementing 1609, declaring its nickname, citing a local plan. */
export const LC_PLAN: DocSpec = {
  stem: 'lc_plan',
  meta: {
    type: 'Kế hoạch',
    number: '1205',
    symbol: '1205/KH-UBND',
    issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
    province: 'Lai Châu',
    level: 'province',
    place: 'Lai Châu',
    date: '2023-11-10',
  },
  lines: [
    'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
    'Số: 1205/KH-UBND',
    'Lai Châu, ngày 10 tháng 11 năm 2023',
    'KẾ HOẠCH',
    'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022 - 2030” (sau đây gọi tắt là Chương trình 1609);',
    'Căn cứ Quyết định số 2029/QĐ-BGDĐT ngày 13/7/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo;',
    'UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình 1609 trên địa bàn tỉnh như sau:',
    '- Có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ, 99% trở lên trẻ em trong độ tuổi mẫu giáo vùng khó khăn được đến cơ sở Giáo dục mầm non;',
    '- Đến năm 2030: có ít nhất 28% trở lên trẻ em trong độ tuổi nhà trẻ.',
    '1. Sở Giáo dục và Đào tạo',
    '- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh triển khai thực hiện Kế hoạch.',
    '- Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình.',
    '2. Sở Tài chính',
    '- Phối hợp với Sở GD&ĐT tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.',
    '¹ Kế hoạch số 3844/KH-Ủy ban nhân dân tỉnh ngày 18/11/2021 của Ủy ban nhân dân tỉnh về thực hiện Kết luận số 112-KL/TU ngày 03/6/2021 của Ban chấp hành Đảng bộ tỉnh Lai Châu',
  ],
  citations: [
    {
      ...TTG_1609_CITATION,
      relation: 'implements',
      aliases: ['Chương trình 1609'],
      mentions: [
        { text: 'Quyết định số 1609/QĐ-TTg ngày 26/12/2022', relation: 'implements' },
        { text: 'Chương trình 1609', line: 7, relation: 'implements' },
      ],
    },
    {
      key: '2029/QĐ-BGDĐT|2023',
      type: 'Quyết định',
      number: '2029',
      year: 2023,
      symbol: '2029/QĐ-BGDĐT',
      issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo',
      date: '2023-07-13',
      relation: 'basis',
      mentions: [{ text: 'Quyết định số 2029/QĐ-BGDĐT ngày 13/7/2023', relation: 'basis' }],
    },
    {
      key: '3844/KH-UBND|2021',
      type: 'Kế hoạch',
      number: '3844',
      year: 2021,
      symbol: '3844/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      date: '2021-11-18',
      relation: 'refers',
      mentions: ['Kế hoạch số 3844/KH-Ủy ban nhân dân tỉnh ngày 18/11/2021'],
    },
  ],
  targets: [
    { text: 'Có ít nhất 27% trở lên trẻ em trong độ tuổi nhà trẻ', value: 27, unit: 'percent', comparator: '>=', year: 2025, indicator: 'enrol.nursery' },
    { text: '99% trở lên trẻ em trong độ tuổi mẫu giáo vùng khó khăn', value: 99, unit: 'percent', comparator: '>=', year: 2025, indicator: 'enrol.kindergarten' },
    { text: 'có ít nhất 28% trở lên trẻ em trong độ tuổi nhà trẻ', value: 28, unit: 'percent', comparator: '>=', year: 2030, indicator: 'enrol.nursery' },
  ],
  responsibilities: [
    {
      agency: 'Sở Giáo dục và Đào tạo',
      role: 'lead',
      asWritten: 'Sở Giáo dục và Đào tạo',
      duties: [
        'Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành liên quan tham mưu UBND tỉnh triển khai thực hiện Kế hoạch.',
        'Chủ trì, phối hợp với Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình.',
      ],
      partners: ['Sở Tài chính'],
    },
    {
      agency: 'Sở Tài chính',
      role: 'coordinate',
      asWritten: 'Sở Tài chính',
      duties: ['Phối hợp với Sở GD&ĐT tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.'],
      partners: ['Sở Giáo dục và Đào tạo'],
    },
  ],
};

/** The local plan LC_PLAN cites, stored: Lai Châu 3844/KH-UBND of 18/11/2021. */
export const LC_3844: DocSpec = {
  stem: 'lc_3844',
  meta: {
    type: 'Kế hoạch',
    number: '3844',
    symbol: '3844/KH-UBND',
    issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
    province: 'Lai Châu',
    level: 'province',
    place: 'Lai Châu',
    date: '2021-11-18',
  },
  lines: ['ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'Số: 3844/KH-UBND', 'Lai Châu, ngày 18 tháng 11 năm 2021', 'KẾ HOẠCH', 'Thực hiện Kết luận số 112-KL/TU ngày 03/6/2021 của Ban chấp hành Đảng bộ tỉnh Lai Châu'],
};

/** Another province's plan with the same number and day: numbers restart in every province. */
export const GL_3844: DocSpec = {
  stem: 'gl_3844',
  meta: {
    type: 'Kế hoạch',
    number: '3844',
    symbol: '3844/KH-UBND',
    issuer: 'Ủy ban nhân dân tỉnh Gia Lai',
    province: 'Gia Lai',
    level: 'province',
    place: 'Gia Lai',
    date: '2021-11-18',
  },
  lines: ['ỦY BAN NHÂN DÂN TỈNH GIA LAI', 'Số: 3844/KH-UBND', 'Gia Lai, ngày 18 tháng 11 năm 2021', 'KẾ HOẠCH'],
};

/**
 * An An Lão guidance letter (lines of S4) that cites 1609 under a key spelled with Ð (U+00D0), one
 * day off, and a decree without the year its type requires; its items carry no locations.
 */
export const HP_LETTER: DocSpec = {
  stem: 'hp_letter',
  locs: false,
  meta: {
    type: 'Công văn',
    number: '512',
    symbol: '512/PGDĐT',
    issuer: 'Phòng Giáo dục và Đào tạo huyện An Lão',
    parentBody: 'UBND HUYỆN AN LÃO',
    province: 'Hải Phòng',
    level: 'district',
    place: 'An Lão',
    date: '2024-09-20',
  },
  lines: [
    'UBND HUYỆN AN LÃO',
    'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: 512/PGDĐT',
    'An Lão, ngày 20 tháng 9 năm 2024',
    '- Tiếp tục thực hiện Quyết định số 1609/QĐ-TTg ngày 27/12/2022 của Thủ tướng Chính phủ;',
    'Thực hiện các văn bản về xây dựng môi trường giáo dục an',
    'toàn cho trẻ trong các cơ sở GDMN: Nghị định 80/NĐ-CP ngày 17/7/2017 của Chính phủ.',
    '- Huy động 45% trẻ nhà trẻ, 98,5% trẻ mẫu giáo ra lớp.',
  ],
  citations: [
    { ...TTG_1609_CITATION, key: '1609/QÐ-TTg|2022', date: '2022-12-27', relation: 'implements', mentions: ['Quyết định số 1609/QĐ-TTg ngày 27/12/2022'] },
    {
      key: '80/NĐ-CP|2017',
      type: 'Nghị định',
      number: '80',
      year: 2017,
      symbol: '80/NĐ-CP',
      issuer: 'Chính phủ',
      date: '2017-07-17',
      relation: 'refers',
      mentions: ['Nghị định 80/NĐ-CP ngày 17/7/2017'],
    },
  ],
  targets: [
    { text: '45% trẻ nhà trẻ', value: 45, unit: 'percent', comparator: '=', year: 2025, indicator: 'enrol.nursery' },
    { text: '98,5% trẻ mẫu giáo', value: 98.5, unit: 'percent', comparator: '=', year: 2025, indicator: 'enrol.kindergarten' },
  ],
};

/**
 * A Ninh Thuận task table (lines of S3): the rows' lead and coordinating agencies, and the
 * responsibilities the table assigns (the row texts as duties, which `duties` shows once).
 */
export const NT_TASKS: DocSpec = {
  stem: 'nt_tasks',
  meta: { type: 'Phụ lục', symbol: '/KH-UBND', issuer: 'Ủy ban nhân dân tỉnh Ninh Thuận', province: 'Ninh Thuận', level: 'province', date: '2023-09' },
  lines: [
    'PHỤ LỤC',
    'TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm',
    '1\tXây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.\tSở GDĐT\tUBND cấp huyện; Sở Tài chính\t2023 – 2030\tKế hoạch của UBND các đơn vị cấp tỉnh',
    '2\tRà soát, sắp xếp mạng lưới trường, lớp mầm non.\tUBND cấp huyện\tSở GDĐT\tHằng năm\tBáo cáo',
  ],
  tasks: [
    {
      number: '1',
      text: 'Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.',
      lead: ['Sở Giáo dục và Đào tạo'],
      coordinate: ['Ủy ban nhân dân cấp huyện', 'Sở Tài chính'],
      deadline: '2023 – 2030',
      products: ['Kế hoạch của UBND các đơn vị cấp tỉnh'],
    },
    {
      number: '2',
      text: 'Rà soát, sắp xếp mạng lưới trường, lớp mầm non.',
      lead: ['Ủy ban nhân dân cấp huyện'],
      coordinate: ['Sở Giáo dục và Đào tạo'],
      deadline: 'Hằng năm',
      products: ['Báo cáo'],
    },
  ],
  responsibilities: [
    {
      agency: 'Sở Giáo dục và Đào tạo',
      role: 'lead',
      asWritten: 'Sở GDĐT',
      duties: ['Xây dựng kế hoạch; Tổ chức, triển khai thực hiện Chương trình.'],
      partners: ['Ủy ban nhân dân cấp huyện', 'Sở Tài chính'],
    },
    {
      agency: 'Sở Giáo dục và Đào tạo',
      role: 'coordinate',
      asWritten: 'Sở GDĐT',
      duties: ['Rà soát, sắp xếp mạng lưới trường, lớp mầm non.'],
      partners: ['Ủy ban nhân dân cấp huyện'],
    },
  ],
};

export const ALL = [TTG_1609, LC_PLAN, LC_3844, GL_3844, HP_LETTER, NT_TASKS];
