/**
 * Citation variants from the corpus and conventions §1–2 (snippets copied from corpus files).
 */
import { describe, expect, it } from 'vitest';
import { cite, keys, only } from './helpers.js';

describe('full citations: type, number, date, issuer, title', () => {
  it('long date and "của" issuer, title in quotes (S0)', () => {
    const text =
      'Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ phê duyệt Chương trình “Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn 2025-2035, định hướng đến năm 2045”;';
    const c = only(text);
    expect(c).toMatchObject({
      key: '2270/QĐ-TTg|2025',
      type: 'Quyết định',
      number: '2270',
      year: 2025,
      symbol: '2270/QĐ-TTg',
      issuer: 'Thủ tướng Chính phủ',
      date: '2025-10-14',
      relation: 'basis',
    });
    expect(c.title).toBe(
      'phê duyệt Chương trình “Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp giai đoạn 2025-2035, định hướng đến năm 2045”',
    );
    const m = c.mentions[0]!;
    expect(m.text).toBe('Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025');
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('numeric date, year-bearing symbol keyed without a year (S0)', () => {
    const c = only('theo tinh thần Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của Chính phủ về chính sách phát triển giáo dục mầm non. Huy động');
    expect(c).toMatchObject({ key: '105/2020/NĐ-CP', date: '2020-09-08', issuer: 'Chính phủ', title: 'về chính sách phát triển giáo dục mầm non' });
  });

  it.each([
    ['Thông tư số 45/2021/TT-BGDĐT ngày 31/12 /2021 của Bộ GD&ĐT Quy định về xây dựng trường học an toàn', '45/2021/TT-BGDĐT', '2021-12-31'],
    ['Thực hiện Nghị định 86/2018/NĐ-CP ngày 06/06/2018 quy định về hợp tác', '86/2018/NĐ-CP', '2018-06-06'],
    ['Quyết định của Bộ Chính trị số 31-QĐ/TW, ngày 01-10-1997', '31-QĐ/TW|1997', '1997-10-01'],
    ['Lai Châu, ngày tháng 11 năm 2023 theo Kế hoạch số 12/KH-UBND ngày tháng 11 năm 2023 của UBND tỉnh', '12/KH-UBND|2023', '2023-11'],
    ['Tờ trình số 2202/TTr-SGDĐT ngày 26/10/2025.', '2202/TTr-SGDĐT|2025', '2025-10-26'],
  ])('date forms: %s', (text, key, date) => {
    const c = cite(text).find((x) => x.key === key)!;
    expect(c.date).toBe(date);
  });

  it('without "số" and without "của" (S1, S4)', () => {
    expect(keys(cite('Căn cứ kết quả thực hiện Kế hoạch 143/KH-UBND ngày 19/6/2017 của UBND Thành phố Hà Nội Phát triển giáo dục mầm non thành phố Hà Nội đến năm 2020 và thực trạng'))).toEqual([
      '143/KH-UBND|2017',
    ]);
    expect(keys(cite('Thông tư 06/2019/TT-BGDĐT trong các cơ sở giáo dục mầm non.'))).toEqual(['06/2019/TT-BGDĐT']);
  });

  it('lower-case type word (S4)', () => {
    const c = only('Kế hoạch thực hiện theo quyết định số 1696/QĐ-BGDĐT ngày 26/6/2020.');
    expect(c).toMatchObject({ key: '1696/QĐ-BGDĐT|2020', type: 'Quyết định', issuer: 'Bộ Giáo dục và Đào tạo' });
  });

  it('every type of the rules: Luật by number, Pháp lệnh, Thông tư liên tịch, Hướng dẫn, Kết luận, Thông báo, Công văn, Văn bản hợp nhất', () => {
    const text = [
      'Luật số 80/2015/QH13;',
      'Thông tư liên tịch số \n\n13/2016/TTLT-BYT-BGDĐT.',
      'Hướng dẫn số 36-HD/VPTW ngày 03/4/2018;',
      'Kết luận số 112-KL/TU ngày 03/6/2021;',
      'Thông báo số 45-TB/TW ngày 01/02/2022;',
      'Công văn số 2635/SGDĐT-GDMN ngày 30/8/2024;',
      'Văn bản hợp nhất số 05/VBHN-BGDĐT ngày 13/4/2017;',
      'Chỉ thị số 1737/CT-BGDĐT ngày 07/5/2018;',
    ].join('\n');
    const cs = cite(text);
    expect(cs.map((c) => [c.key, c.type])).toEqual([
      ['80/2015/QH13', 'Luật'],
      ['13/2016/TTLT-BYT-BGDĐT', 'Thông tư liên tịch'],
      ['36-HD/VPTW|2018', 'Hướng dẫn'],
      ['112-KL/TU|2021', 'Kết luận'],
      ['45-TB/TW|2022', 'Thông báo'],
      ['2635/SGDĐT-GDMN|2024', 'Công văn'],
      ['05/VBHN-BGDĐT|2017', 'Văn bản hợp nhất'],
      ['1737/CT-BGDĐT|2018', 'Chỉ thị'],
    ]);
    expect(cs[0]!.issuer).toBe('Quốc hội');
    expect(cs[1]!.issuer).toBe('Bộ Y tế, Bộ Giáo dục và Đào tạo');
  });

  it('a type abbreviation used as the type word', () => {
    expect(keys(cite('theo NĐ 110/2004/NĐ-CP về công tác văn thư'))).toEqual(['110/2004/NĐ-CP']);
  });
});

describe('damaged symbols and breaks (conventions §2.5, §2.6)', () => {
  it('expanded issuer in the symbol, year from the date (S2 footnote)', () => {
    const c = only('¹ Kế hoạch số 3844/KH-Ủy ban nhân dân tỉnh ngày 18/11/2021 của Ủy ban nhân dân tỉnh về thực hiện', { province: 'Lai Châu' });
    expect(c).toMatchObject({ key: '3844/KH-UBND|2021', symbol: '3844/KH-Ủy ban nhân dân tỉnh', issuer: 'Ủy ban nhân dân tỉnh Lai Châu' });
  });

  it('symbol split at the hyphen and the issuer written "Bộ GD&ĐT" (S4)', () => {
    expect(keys(cite('theo quy định tại Thông tư số 50/2020/TT-\n\nBộ GD&ĐT. Kiểm tra, rà soát'))).toEqual(['50/2020/TT-BGDĐT']);
    expect(keys(cite('Nghị quyết 07/2013/NQ-\nHĐND của Hội đồng nhân dân thành phố,'))).toEqual(['07/2013/NQ-HĐND']);
  });

  it('TƯ for TW, space before the slash, Eth for Đ, space after the hyphen', () => {
    expect(keys(cite('Kế hoạch thực hiện Kết luận \n\nsố 51-KL/TƯ theo'))).toEqual(['51-KL/TW']);
    expect(keys(cite('Căn cứ Quyết định số 498 /QĐ-UBND ngày 21/01/2021 của UBND huyện'))).toEqual(['498/QĐ-UBND|2021']);
    expect(keys(cite('Quyết định số 2270/QÐ-TTg ngày 14/10/2025'))).toEqual(['2270/QĐ-TTg|2025']);
    expect(keys(cite('Quyết định số 2270/QĐ- TTg ngày 14/10/2025'))).toEqual(['2270/QĐ-TTg|2025']);
  });

  it('breaks between type word, number and date (S4)', () => {
    const text = 'Tiếp tục chỉ đạo thực hiện Nghị định \n\nsố 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ; theo Nghị \n\nquyết số 42-NQ/TW và Nghị quyết số 35/NQ-CP ngày \n\n04/6/2019 của Chính phủ';
    const cs = cite(text);
    expect(keys(cs)).toEqual(['20/2014/NĐ-CP', '42-NQ/TW', '35/NQ-CP|2019']);
    expect(cs[2]!.date).toBe('2019-06-04');
  });

  it('a decree missing its year keeps the symbol as written, keyed with the date year (S4)', () => {
    const c = only('Nghị định 80/NĐ-CP ngày 17/7/2017 của \n\nChính phủ Quy định về môi trường giáo dục an toàn, lành mạnh; Thực hành');
    expect(c).toMatchObject({ key: '80/NĐ-CP|2017', year: 2017, date: '2017-07-17', issuer: 'Chính phủ' });
    expect(c.title).toBe('Quy định về môi trường giáo dục an toàn, lành mạnh');
  });
});

describe('keys of year-less symbols', () => {
  it('an undated mention joins the dated citation of the same symbol (S0)', () => {
    const text =
      'Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ;\n- Xây dựng, ban hành và chỉ đạo thực hiện Kế hoạch triển khai thực hiện Quyết định số 2270/QĐ-TTg.';
    const c = only(text);
    expect(c.key).toBe('2270/QĐ-TTg|2025');
    expect(c.mentions.map((m) => m.text)).toEqual(['Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025', 'Quyết định số 2270/QĐ-TTg']);
  });

  it('never dated: the bare symbol', () => {
    expect(keys(cite('theo Nghị quyết số 42-NQ/TW và Nghị quyết số 68/NQ-CP.'))).toEqual(['42-NQ/TW', '68/NQ-CP']);
  });

  it('two dated citations of one symbol: an undated mention is ambiguous and dropped', () => {
    const text = 'Nghị quyết số 31/NQ-HĐND ngày 13/7/2023; Nghị quyết số 31/NQ-HĐND ngày 10/7/2020; theo Nghị quyết số 31/NQ-HĐND.';
    const cs = cite(text);
    expect(keys(cs)).toEqual(['31/NQ-HĐND|2023', '31/NQ-HĐND|2020']);
    expect(cs.flatMap((c) => c.mentions)).toHaveLength(2);
  });
});

describe('laws cited by name (conventions §2.3 f)', () => {
  it('name + long date, name + numeric date, lower-case name', () => {
    const cs = cite('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nCăn cứ Luật Giáo dục ngày 14/6/2019; Luật trẻ em ngày 05/4/2016;');
    expect(cs.map((c) => [c.key, c.date, c.type, c.issuer])).toEqual([
      ['Luật Tổ chức chính quyền địa phương|2025', '2025-06-16', 'Luật', 'Quốc hội'],
      ['Luật Giáo dục|2019', '2019-06-14', 'Luật', 'Quốc hội'],
      ['Luật Trẻ em|2016', '2016-04-05', 'Luật', 'Quốc hội'],
    ]);
    expect(cs.every((c) => c.relation === 'basis')).toBe(true);
  });

  it('"năm 2019" and "ngày 14/6/2019" are one law', () => {
    const c = only('Căn cứ Luật Giáo dục ngày 14/6/2019;\nKế hoạch nâng chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 cho cán bộ');
    expect(c.key).toBe('Luật Giáo dục|2019');
    expect(c.date).toBe('2019-06-14');
    expect(c.mentions).toHaveLength(2);
  });

  it('only a year: the date is the year', () => {
    const c = only('bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước năm 2015 và các văn bản hướng dẫn hiện hành.');
    expect(c).toMatchObject({ key: 'Luật Ngân sách nhà nước|2015', date: '2015', year: 2015 });
  });

  it('undated: joins the dated mention, or is keyed by its name alone', () => {
    expect(keys(cite('theo quy định của Luật Ngân sách nhà nước, pháp luật đầu tư công và các quy định có liên quan.'))).toEqual(['Luật Ngân sách nhà nước']);
    expect(keys(cite('theo Luật Giáo dục năm 2019; thực hiện Luật Giáo dục và các văn bản.'))).toEqual(['Luật Giáo dục|2019']);
  });

  it('names with a comma and amending laws', () => {
    expect(keys(cite('Căn cứ Luật Phòng, chống tham nhũng năm 2018;'))).toEqual(['Luật Phòng, chống tham nhũng|2018']);
    const cs = cite(
      'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    );
    expect(keys(cs)).toEqual([
      'Luật Tổ chức chính phủ|2015',
      'Luật Sửa đổi, bổ sung một số điều của luật tổ chức chính phủ và luật tổ chức chính quyền địa phương|2019',
    ]);
  });

  it('a date further on does not pull other words into the name', () => {
    expect(keys(cite('Căn cứ Luật Bảo vệ và Phát triển rừng năm 2004;'))).toEqual(['Luật Bảo vệ và phát triển rừng|2004']);
    expect(keys(cite('thực hiện Luật Giáo dục và các văn bản hướng dẫn thi hành năm 2020;'))).toEqual(['Luật Giáo dục']);
    expect(keys(cite('theo Luật Các tổ chức tín dụng năm 2024;'))).toEqual(['Luật Các tổ chức tín dụng|2024']);
  });

  it('Hiến pháp and Bộ luật', () => {
    expect(keys(cite('Căn cứ Hiến pháp năm 2013; Bộ luật Lao động năm 2019;'))).toEqual(['Hiến pháp|2013', 'Bộ luật Lao động|2019']);
  });

  it('not a law: "pháp luật", "Luật sư", a law still to be made, "Luật này"', () => {
    expect(cite('theo quy định của pháp luật năm 2019, đúng quy định.')).toEqual([]);
    expect(cite('mời Luật sư tư vấn')).toEqual([]);
    expect(cite('trình Quốc hội ban hành Luật Nhà giáo để')).toEqual([]);
    expect(cite('Luật này có hiệu lực')).toEqual([]);
  });
});

describe('issuers', () => {
  it.each([
    ['Quyết định số 2029/QĐ-BGDĐT ngày 13/7/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch', {}, 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ['Chỉ thị số 1737/CT-BGDĐT ngày 07/5/2018 của Bộ \n\ntrưởng Bộ GD&ĐT về việc tăng cường', {}, 'Bộ trưởng Bộ Giáo dục và Đào tạo'],
    ['Kế hoạch số 06/KH-UBND ngày 12/01/2021 của UBND Thành phố Hà Nội về phát triển', {}, 'Ủy ban nhân dân thành phố Hà Nội'],
    ['Nghị quyết số 11/2020/NQ-HĐND ngày 10/7/2020 của HĐND tỉnh về quy định mức hỗ trợ', { province: 'Lai Châu' }, 'Hội đồng nhân dân tỉnh Lai Châu'],
    ['Nghị quyết số 35/2016/NQ-HĐND ngày 28/7/2016 của HĐND tỉnh Lai Châu quy định', {}, 'Hội đồng nhân dân tỉnh Lai Châu'],
    ['Quyết định số 498 /QĐ-UBND ngày 21/01/2021 của UBND huyện về việc phê duyệt', { issuer: 'Ủy ban nhân dân huyện Gia Lâm', province: 'Hà Nội' }, 'Ủy ban nhân dân huyện Gia Lâm'],
    ['Quyết định số 31/2020/QĐ-UBND \n\nngày 18/11/2020 của UBND thành phố;', { issuer: 'Phòng Giáo dục và Đào tạo huyện An Lão', province: 'Hải Phòng' }, 'Ủy ban nhân dân thành phố Hải Phòng'],
    ['Kết luận số 112-KL/TU ngày 03/6/2021 của Ban chấp hành Đảng bộ tỉnh Lai Châu về tiếp tục', {}, 'Ban Chấp hành Đảng bộ tỉnh Lai Châu'],
    ['Công văn số 2635/SGDĐT-GDMN ngày 30/8/2024 của Sở Giáo dục \n\nvà Đào tạo hướng dẫn', {}, 'Sở Giáo dục và Đào tạo'],
    ['Quyết định số 1076/QĐ-TTg ngày 17/6/2016 của Thủ \n\ntướng Chính phủ về “Phát triển', {}, 'Thủ tướng Chính phủ'],
    ['Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND TP. Hồ Chí Minh về việc', {}, 'Ủy ban nhân dân thành phố Hồ Chí Minh'],
    ['Kết luận số 92-KL/TW ngày 05 tháng 11 năm 2020 của Bộ Chính trị về tiếp tục', {}, 'Bộ Chính trị'],
    ['Kết luận số 51-KL/TW ngày 30/5/2019 của Ban Bí thư;', {}, 'Ban Bí thư'],
    ['Hướng dẫn số 05/HD-SXD ngày 02/01/2024 của Sở Xây dựng tỉnh Lai Châu về việc', {}, 'Sở Xây dựng tỉnh Lai Châu'],
    ['Công văn số 15/SKHĐT-TH ngày 02/01/2024 của Sở Kế hoạch và Đầu tư hướng dẫn', {}, 'Sở Kế hoạch và Đầu tư'],
    ['Quyết định số 20/QĐ-SXD ngày 02/01/2024 của Giám đốc Sở Xây dựng về việc', {}, 'Giám đốc Sở Xây dựng'],
    ['Quyết định số 21/QĐ-UBND ngày 02/01/2024 của Chủ tịch UBND tỉnh Lai Châu về việc', {}, 'Chủ tịch Ủy ban nhân dân tỉnh Lai Châu'],
    ['Kết luận số 01-KL/TW ngày 02/01/2024 của Chủ tịch nước về việc', {}, 'Chủ tịch nước'],
  ])('%s', (text, doc, issuer) => {
    expect(only(text, doc).issuer).toBe(issuer);
  });

  it('a bare "tỉnh" with no province known stays a bare word', () => {
    expect(only('Nghị quyết số 31/NQ-HĐND ngày 13/7/2023 của HĐND tỉnh về thông qua').issuer).toBe('Hội đồng nhân dân tỉnh');
  });

  it('from the symbol when there is no "của" (TTg, CP, TW, SGDĐT)', () => {
    const cs = cite('Quyết định số 33/QĐ-TTg; Nghị định số 20/2014/NĐ-CP; Nghị quyết số 29-NQ/TW; Tờ trình số 2202/TTr-SGDĐT.');
    expect(cs.map((c) => c.issuer)).toEqual(['Thủ tướng Chính phủ', 'Chính phủ', 'Ban Chấp hành Trung ương Đảng', 'Sở Giáo dục và Đào tạo']);
  });

  it('the term after a Party body is not the title', () => {
    const c = only('Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo;');
    expect(c.issuer).toBe('Ban Chấp hành Trung ương Đảng');
    expect(c.title).toBe('về đổi mới căn bản, toàn diện giáo dục và đào tạo');
  });
});

describe('titles', () => {
  it('ends at the nickname declaration, "về việc" dropped', () => {
    const c = only(
      'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022 - 2030” (sau đây gọi tắt là *Chương trình 1609*);',
    );
    expect(c.title).toBe('phê duyệt Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022 - 2030”');
  });

  it('ends after the quote when a stop word follows', () => {
    const c = only(
      'triển khai thực hiện Quyết định số 338/QĐ-TTg ngày 03 tháng 4 năm 2023 của Thủ tướng Chính phủ phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội” đối với nhiệm vụ đầu tư xây dựng',
    );
    expect(c.title).toBe('phê duyệt Đề án “Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội”');
  });

  it('ends at a comma that opens a new clause with an agency (S4)', () => {
    const c = only(
      'Thực hiện Công văn số 2635/SGDĐT-GDMN ngày 30/8/2024 của Sở Giáo dục và Đào tạo hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2024-2025, Phòng Giáo dục và Đào tạo hướng dẫn các cơ sở như sau:',
    );
    expect(c.title).toBe('hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2024-2025');
  });

  it('no title when the sentence goes on with something else', () => {
    expect(only('về nội dung Quyết định số 2270/QĐ-TTg của Thủ tướng Chính phủ để nâng cao chất lượng').title).toBeNull();
  });
});

describe('chained, coordinated and nested citations (S0, S4)', () => {
  it('"… sửa đổi, bổ sung Quyết định số 655 … của Thủ tướng Chính phủ": one "của" serves both', () => {
    const cs = cite(
      'theo quy định tại Quyết định số 1729/QĐ-TTg ngày 04 tháng 11 năm 2020 sửa đổi, bổ sung Quyết định số 655/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ phê duyệt Đề án Đầu tư xây dựng các thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất.',
    );
    expect(cs.map((c) => [c.key, c.date, c.issuer, c.relation])).toEqual([
      ['1729/QĐ-TTg|2020', '2020-11-04', 'Thủ tướng Chính phủ', 'refers'],
      ['655/QĐ-TTg|2017', '2017-05-12', 'Thủ tướng Chính phủ', 'refers'],
    ]);
    expect(cs[0]!.title).toBe('sửa đổi, bổ sung Quyết định số 655/QĐ-TTg ngày 12 tháng 5 năm 2017 của Thủ tướng Chính phủ');
    expect(cs[1]!.title).toBe('phê duyệt Đề án Đầu tư xây dựng các thiết chế của công đoàn tại các khu công nghiệp, khu chế xuất');
  });

  it('"Theo A … và B … của X": X is the issuer of both (footnote, NBSP-spaced date)', () => {
    const cs = cite(
      '[1]  Theo Quyết định số 655/QĐ-UBND ngày 12 tháng 5 năm 2017 và Quyết định số 1729/QĐ-UBND ngày 04 tháng 11  năm 2020 của Ủy ban nhân dân tỉnh Gia Lai phê duyệt Đề án.',
    );
    expect(cs.map((c) => [c.key, c.issuer, c.date])).toEqual([
      ['655/QĐ-UBND|2017', 'Ủy ban nhân dân tỉnh Gia Lai', '2017-05-12'],
      ['1729/QĐ-UBND|2020', 'Ủy ban nhân dân tỉnh Gia Lai', '2020-11-04'],
    ]);
  });

  it('a citation nested in a title is referred to; the outer one implemented (S4)', () => {
    const cs = cite(
      '- Tiếp tục thực hiện Kế hoạch số 104/KH-UBND ngày 03/4/2019 của \n\nUBND thành phố về triển khai thực hiện Quyết định số 33/QĐ-TTg ngày \n\n08/01/2019 của Thủ tướng Chính phủ phê duyệt Đề án đào tạo, bồi dưỡng nhà giáo;',
      { issuer: 'Phòng Giáo dục và Đào tạo huyện An Lão', province: 'Hải Phòng' },
    );
    expect(cs.map((c) => [c.key, c.relation, c.issuer])).toEqual([
      ['104/KH-UBND|2019', 'implements', 'Ủy ban nhân dân thành phố Hải Phòng'],
      ['33/QĐ-TTg|2019', 'refers', 'Thủ tướng Chính phủ'],
    ]);
    expect(cs[0]!.title).toBe('về triển khai thực hiện Quyết định số 33/QĐ-TTg ngày 08/01/2019 của Thủ tướng Chính phủ');
  });

  it('symbols listed after one type word take its type', () => {
    const cs = cite('Căn cứ các Quyết định số 01/QĐ-UBND ngày 02/01/2024, 15/QĐ-UBND ngày 20/01/2024 của UBND tỉnh Lai Châu;');
    expect(cs.map((c) => [c.key, c.type, c.relation, c.issuer])).toEqual([
      ['01/QĐ-UBND|2024', 'Quyết định', 'basis', 'Ủy ban nhân dân tỉnh Lai Châu'],
      ['15/QĐ-UBND|2024', 'Quyết định', 'basis', 'Ủy ban nhân dân tỉnh Lai Châu'],
    ]);
  });

  it('circulars listed by bare number with no full citation are dropped (S4)', () => {
    const cs = cite('- 98,0% nhóm lớp có đủ ĐDĐCTB tối thiểu theo Thông tư 02, 34 (VB hợp \n\nnhất số 01/BGDĐT hợp nhất TT 02 và 34) và Quyết định số 31/2020/QĐ-UBND');
    expect(keys(cs)).toEqual(['01/BGDĐT', '31/2020/QĐ-UBND']);
    expect(cs[0]!.type).toBe('Văn bản hợp nhất');
  });
});

describe('nicknames and short forms (conventions §2.3 e, §2.4)', () => {
  const s2 =
    'Thực hiện Quyết định số 1609/QĐ-TTg ngày 26/12/2022 của Thủ tướng Chính phủ về việc phê duyệt Chương trình “Hỗ trợ phát triển giáo dục mầm non vùng khó khăn giai đoạn 2022 - 2030” (sau đây gọi tắt là *Chương trình 1609*);\n' +
    'UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình 1609 trên địa bàn tỉnh như sau:\n' +
    '- Khuyến khích sử dụng đội ngũ giáo viên đảm bảo phù hợp với các nội dung theo Quyết định 1609 của Thủ tướng Chính phủ.';

  it('declared nickname and short form resolve to the full citation', () => {
    const c = only(s2);
    expect(c.key).toBe('1609/QĐ-TTg|2022');
    expect(c.aliases).toEqual(['Chương trình 1609']);
    expect(c.mentions.map((m) => [m.text, m.relation])).toEqual([
      ['Quyết định số 1609/QĐ-TTg ngày 26/12/2022', 'implements'],
      ['Chương trình 1609', 'implements'],
      ['Quyết định 1609', 'refers'],
    ]);
    expect(c.relation).toBe('implements');
  });

  it.each(['gọi tắt là', 'được viết tắt là', 'gọi chung là', 'viết tắt là'])('alias phrasing "%s"', (phrase) => {
    const text = `Căn cứ Quyết định số 2579/QĐ-UBND ngày 10/9/2010 của UBND tỉnh Bình Phước phê duyệt Đề án phổ cập (${phrase} Đề án PCGDMN); thực hiện Đề án PCGDMN.`;
    const c = only(text);
    expect(c.aliases).toEqual(['Đề án PCGDMN']);
    expect(c.mentions.map((m) => m.text)).toEqual(['Quyết định số 2579/QĐ-UBND ngày 10/9/2010', 'Đề án PCGDMN']);
  });

  it('a short form with two candidates of that number is dropped', () => {
    const cs = cite('Quyết định số 12/QĐ-UBND ngày 02/01/2024; Quyết định số 12/QĐ-TTg ngày 03/01/2024; theo Quyết định 12.');
    expect(cs.flatMap((c) => c.mentions)).toHaveLength(2);
  });

  it('a short form the issuer tells apart is kept', () => {
    const cs = cite('Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND tỉnh Lai Châu; Quyết định số 12/QĐ-TTg ngày 03/01/2024 của Thủ tướng Chính phủ; theo Quyết định 12 của Thủ tướng Chính phủ.');
    expect(cs.find((c) => c.key === '12/QĐ-TTg|2024')!.mentions).toHaveLength(2);
  });

  it('"Nghị định 105" resolves to the one Nghị định numbered 105', () => {
    const c = only('Căn cứ Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của Chính phủ; chính sách theo Nghị định 105 được áp dụng.');
    expect(c.mentions.map((m) => m.text)).toEqual(['Nghị định số 105/2020/NĐ-CP ngày 08/9/2020', 'Nghị định 105']);
  });

  it('a known nickname used without declaration resolves through the registry', () => {
    const c = only('UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình 1609 trên địa bàn tỉnh.');
    expect(c).toMatchObject({ key: '1609/QĐ-TTg|2022', type: 'Quyết định', number: '1609', date: null });
    expect(c.aliases).toBeUndefined();
  });

  it('a nickname for a term or for the document itself is no citation (S0, S1)', () => {
    expect(
      cite(
        'đánh giá việc thực hiện Quyết định số 2270/QĐ-TTg để nâng cao chất lượng ở địa bàn đô thị, khu kinh tế… (sau đây gọi tắt là địa bàn đô thị, khu công nghiệp)  bảo đảm',
      )[0]!.aliases,
    ).toBeUndefined();
    expect(cite('Ủy ban Nhân dân huyện Gia Lâm ban hành Kế hoạch phát triển giáo dục mầm non huyện Gia Lâm giai đoạn 2021- 2025 (sau đây gọi tắt là Kế hoạch) như sau:')).toEqual([]);
  });
});

describe('self references and generic mentions are not citations', () => {
  it('"Quyết định này", "Kế hoạch này", "Căn cứ nội dung Kế hoạch này"', () => {
    expect(cite('Điều 2.  Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành. Căn cứ nội dung Kế hoạch này, các sở')).toEqual([]);
  });

  it('the attachment line names the document itself (S0, S3)', () => {
    expect(
      cite('(Kèm theo Quyết định số 2458/QĐ-UBND ngày 31 tháng 10 năm 2025 của Ủy ban nhân dân tỉnh Gia Lai)', {
        symbol: '2458/QĐ-UBND',
        number: '2458',
        date: '2025-10-31',
      }),
    ).toEqual([]);
    expect(cite('(Ban hành kèm theo Kế hoạch số 321/KH-UBND ngày 05 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Ninh Thuận)')).toEqual([]);
    expect(cite('(Ban hành kèm theo Kế hoạch số:           /KH-UBND ngày           tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Ninh Thuận)')).toEqual([]);
  });

  it('the document\'s own number, in the header or in the text', () => {
    const doc = { symbol: '2458/QĐ-UBND', number: '2458', date: '2025-10-31' };
    expect(cite(' Số: 2458/QĐ-UBND\nGia Lai, ngày 31 tháng 10 năm 2025', doc)).toEqual([]);
    expect(cite('Chánh Văn phòng chịu trách nhiệm thi hành Quyết định số 2458/QĐ-UBND./.', doc)).toEqual([]);
  });

  it('a body text citing the same number of another year is a citation', () => {
    expect(keys(cite('theo Quyết định số 2458/QĐ-UBND ngày 03/02/2020 của UBND tỉnh', { symbol: '2458/QĐ-UBND', number: '2458', date: '2025-10-31' }))).toEqual([
      '2458/QĐ-UBND|2020',
    ]);
  });

  it.each([
    '- Quyết định/ Nghị định của các cấp có thẩm quyền phê duyệt, ban hành chính sách',
    '- Quyết định Khen thưởng',
    'tham mưu cho UBND tỉnh, trình Hội đồng nhân dân tỉnh ban hành Nghị quyết Quy định mức hỗ trợ đối với trẻ em mầm non',
    'thực hiện nghiêm túc các văn bản hướng dẫn hiện hành',
    'Phòng Tài chính-Kế hoạch; Sở Kế hoạch và Đầu tư; xây dựng kế hoạch 5 năm',
    'Hội nghị lần thứ 8, Ban Chấp hành Trung ương khóa XI; năm học 2024-2025; 2 buổi/ngày; 17/17 xã',
    'báo cáo theo Mẫu số 01/BC-UBND và Biểu số 02/TK-GDĐT kèm theo',
  ])('generic: %s', (text) => {
    expect(cite(text)).toEqual([]);
  });
});

describe('pinpoints, footnotes and relations', () => {
  it('an article before the document is the pinpoint (S2 footnote)', () => {
    const c = only('- Điều 7 Nghị định 105/2020/NĐ-CP quy định chính sách hỗ trợ ăn trưa đối với trẻ em mẫu giáo;');
    expect(c.mentions[0]!.pinpoint).toBe('Điều 7');
    expect(only('theo quy định tại khoản 5, khoản 6 Điều 3 Nghị định 30/2020/NĐ-CP.').mentions[0]!.pinpoint).toBe('khoản 5, khoản 6 Điều 3');
    expect(only('theo điểm a khoản 2 Điều 7 của Nghị định số 105/2020/NĐ-CP.').mentions[0]!.pinpoint).toBe('điểm a khoản 2 Điều 7');
  });

  it('citations in footnotes count', () => {
    const text = 'trên địa bàn tỉnh Lai Châu³. Hằng năm, có kế hoạch.\n\n³ Nghị quyết số 31/NQ-HĐND ngày 13/7/2023 của HĐND tỉnh về thông qua Kế hoạch tỉnh Lai Châu thời kỳ 2021-2030.';
    expect(keys(cite(text))).toEqual(['31/NQ-HĐND|2023']);
  });

  it.each([
    ['Căn cứ Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của Chính phủ;', 'basis'],
    ['Thực hiện Công văn số 2635/SGDĐT-GDMN ngày 30/8/2024 của Sở Giáo dục và Đào tạo', 'implements'],
    ['Triển khai Kế hoạch số 2506/KH-UBND ngày 04/11/2020 của Ủy ban nhân dân tỉnh Lai Châu', 'implements'],
    ['- Tiếp tục thực hiện Quyết định số 1076/QĐ-TTg ngày 17/6/2016 của Thủ tướng Chính phủ', 'implements'],
    ['Quyết định này sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND ngày 01/6/2020 của UBND tỉnh.', 'amends'],
    ['Quyết định này thay thế Quyết định số 15/2019/QĐ-UBND ngày 01/6/2019 của UBND tỉnh.', 'replaces'],
    ['Theo đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 2202/TTr-SGDĐT ngày 26/10/2025.', 'refers'],
    ['- Xây dựng trường học an toàn theo Thông tư số 45/2021/TT-BGDĐT ngày 31/12/2021 của Bộ GD&ĐT;', 'refers'],
  ])('%s → %s', (text, relation) => {
    const c = only(text);
    expect(c.relation).toBe(relation);
    expect(c.mentions[0]!.relation).toBe(relation);
  });

  it('items of a "Căn cứ" list separated by ";" are all basis (S1)', () => {
    const cs = cite(
      'Căn cứ Nghị quyết số 29-NQ/TW ngày 04/11/2013 Hội nghị lần thứ 8, Ban Chấp hành Trung ương khóa XI đổi mới căn bản, toàn diện giáo dục và đào tạo; Căn cứ Luật Giáo dục ngày 14/6/2019; Luật trẻ em ngày 05/4/2016; Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của Chính phủ quy định chính sách phát triển giáo dục mầm non; Quyết định số 1677/QĐ-TTg ngày 03/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án phát triển giáo dục mầm non giai đoạn 2018 -2025;',
    );
    expect(cs.map((c) => c.relation)).toEqual(['basis', 'basis', 'basis', 'basis', 'basis']);
  });

  it('the strongest relation of the mentions is the citation\'s', () => {
    const c = only('Căn cứ Quyết định số 2270/QĐ-TTg ngày 14 tháng 10 năm 2025 của Thủ tướng Chính phủ;\nNhằm đạt được mục tiêu Quyết định số 2270/QĐ-TTg đề ra;\n- Xây dựng Kế hoạch triển khai thực hiện Quyết định số 2270/QĐ-TTg.');
    expect(c.mentions.map((m) => m.relation)).toEqual(['basis', 'refers', 'implements']);
    expect(c.relation).toBe('implements');
  });
});
