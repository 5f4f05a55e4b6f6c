/**
 * Plausible text about the department's work in Vietnamese (with every diacritic),
 * Simplified Chinese and English, for the benchmark's synthetic content. Sentences are
 * assembled from phrase banks with a seeded generator, so a run is reproducible and the
 * words, lengths and scripts are like the real content's (Pagefind and gzip see the same
 * kind of text; "lorem ipsum" would flatter both).
 */

export type Lang = 'vi' | 'zh' | 'en';

/** Small fast seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

interface Bank {
  subjects: string[];
  verbs: string[];
  objects: string[];
  tails: string[];
  headings: string[];
  /** How a sentence is joined: Vietnamese and English put spaces between parts. */
  join: (parts: string[]) => string;
}

const BANKS: Record<Lang, Bank> = {
  vi: {
    subjects: [
      'Sở Ngoại vụ tỉnh Lạng Sơn',
      'Ủy ban nhân dân tỉnh',
      'Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn',
      'các doanh nghiệp xuất nhập khẩu',
      'nhà đầu tư đến từ Quảng Tây',
      'Hiệp hội Doanh nghiệp tỉnh',
      'Chi cục Hải quan cửa khẩu Hữu Nghị',
      'Bộ đội Biên phòng tỉnh',
      'Trung tâm Thông tin và Dịch vụ đối ngoại',
      'các hợp tác xã nông nghiệp ở huyện Cao Lộc',
      'Phòng Hợp tác quốc tế',
      'cơ quan đại diện nước ngoài',
    ],
    verbs: [
      'phối hợp tổ chức',
      'hướng dẫn thủ tục về',
      'đẩy mạnh',
      'rà soát và công khai',
      'hỗ trợ kịp thời việc',
      'tăng cường trao đổi thông tin về',
      'triển khai thí điểm',
      'đơn giản hóa hồ sơ',
      'tiếp nhận phản ánh liên quan đến',
      'đánh giá kết quả',
    ],
    objects: [
      'thông quan hàng nông sản qua cửa khẩu quốc tế Hữu Nghị',
      'xúc tiến đầu tư vào khu kinh tế cửa khẩu',
      'cấp giấy chứng nhận xuất xứ theo Hiệp định RCEP',
      'hội chợ thương mại quốc tế Việt – Trung',
      'đào tạo nguồn nhân lực biết tiếng Trung',
      'chuyển đổi số trong quản lý cửa khẩu',
      'cải thiện chỉ số năng lực cạnh tranh cấp sở, ngành (DDCI)',
      'giảm chi phí không chính thức cho doanh nghiệp',
      'hợp pháp hóa lãnh sự giấy tờ',
      'kết nối giao thông qua biên giới',
      'đón tiếp đoàn khách nước ngoài',
      'ký kết biên bản ghi nhớ hợp tác',
    ],
    tails: [
      'trong năm 2026.',
      'theo kế hoạch đã được phê duyệt.',
      'nhằm nâng cao năng lực cạnh tranh của tỉnh.',
      'với sự tham gia của các sở, ngành liên quan.',
      'bảo đảm công khai, minh bạch và đúng quy định.',
      'tại thành phố Lạng Sơn và huyện Cao Lộc.',
      'trong giai đoạn 2021 – 2025.',
      'để người dân và doanh nghiệp dễ tra cứu.',
    ],
    headings: ['Mục tiêu', 'Đối tượng áp dụng', 'Nội dung chính', 'Hồ sơ cần chuẩn bị', 'Trình tự thực hiện', 'Liên hệ', 'Kết quả dự kiến', 'Cơ sở pháp lý'],
    join: (p) => p.join(' '),
  },
  zh: {
    subjects: ['谅山省外事厅', '省人民委员会', '同登—谅山口岸经济区管理委员会', '进出口企业', '来自广西的投资者', '省企业协会', '友谊口岸海关', '省边防部队', '对外信息与服务中心', '高禄县农业合作社', '国际合作处', '外国驻越代表机构'],
    verbs: ['联合组织', '指导办理', '大力推进', '审查并公开', '及时支持', '加强交流', '试点开展', '简化', '受理有关', '评估'],
    objects: [
      '农产品经友谊国际口岸通关',
      '口岸经济区招商引资',
      '按照RCEP协定签发原产地证书',
      '越中国际商品交易会',
      '培养懂中文的人才',
      '口岸管理数字化转型',
      '提升厅级部门竞争力指数（DDCI）',
      '减少企业非正式费用',
      '文件领事认证',
      '跨境交通互联互通',
      '接待外国代表团',
      '签署合作谅解备忘录',
    ],
    tails: ['工作。', '事项，按已批准的计划执行。', '，以提升本省竞争力。', '，有关厅局共同参与。', '，确保公开、透明、依法。', '，地点在谅山市和高禄县。', '（2021—2025年）。', '，方便群众和企业查询。'],
    headings: ['目标', '适用对象', '主要内容', '所需材料', '办理程序', '联系方式', '预期成果', '法律依据'],
    join: (p) => p.join(''),
  },
  en: {
    subjects: [
      'The Department of Foreign Affairs of Lạng Sơn',
      'The Provincial People’s Committee',
      'The Đồng Đăng – Lạng Sơn Border Economic Zone Authority',
      'Import and export businesses',
      'Investors from Guangxi',
      'The Provincial Business Association',
      'Hữu Nghị border-gate customs',
      'The provincial Border Guard',
      'The Centre for Foreign Affairs Information and Services',
      'Farm cooperatives in Cao Lộc district',
      'The International Cooperation Division',
      'Foreign missions',
    ],
    verbs: ['jointly organise', 'give guidance on', 'step up', 'review and publish', 'promptly support', 'exchange information on', 'pilot', 'simplify the papers for', 'receive feedback about', 'assess the results of'],
    objects: [
      'the clearance of farm produce through the Hữu Nghị international border gate',
      'investment promotion in the border economic zone',
      'certificates of origin under the RCEP agreement',
      'the Vietnam–China international trade fair',
      'training staff who speak Chinese',
      'digital border-gate management',
      'the department’s DDCI competitiveness score',
      'cutting informal costs for businesses',
      'consular legalisation of documents',
      'cross-border transport links',
      'receiving foreign delegations',
      'signing memoranda of understanding',
    ],
    tails: ['in 2026.', 'under the approved plan.', 'to make the province more competitive.', 'with the departments concerned.', 'openly, transparently and lawfully.', 'in Lạng Sơn city and Cao Lộc district.', 'over 2021–2025.', 'so that people and businesses can find it easily.'],
    headings: ['Purpose', 'Who it applies to', 'Main points', 'Papers to prepare', 'Steps', 'Contact', 'Expected results', 'Legal basis'],
    join: (p) => p.join(' '),
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function sentence(lang: Lang, r: () => number): string {
  const b = BANKS[lang];
  return cap(b.join([pick(r, b.subjects), pick(r, b.verbs), pick(r, b.objects), pick(r, b.tails)])).replace(/ ([,，。])/g, '$1');
}

/** A title: an action on an object, sometimes with a period. */
export function title(lang: Lang, r: () => number): string {
  const b = BANKS[lang];
  const base = b.join([pick(r, b.verbs), pick(r, b.objects)]);
  const period = r() < 0.4 ? (lang === 'zh' ? `（${2020 + Math.floor(r() * 7)}年）` : ` ${2020 + Math.floor(r() * 7)}`) : '';
  return cap(base) + period;
}

/** Plain text of at least `chars` characters (one or more sentences). */
export function textOfLength(lang: Lang, r: () => number, chars: number): string {
  const parts: string[] = [];
  let len = 0;
  do {
    const s = sentence(lang, r);
    parts.push(s);
    len += s.length;
  } while (len < chars);
  return parts.join(lang === 'zh' ? '' : ' ');
}

/** A Markdown body of about `chars` characters: headed sections, paragraphs, a list. */
export function markdownBody(lang: Lang, r: () => number, chars: number): string {
  const b = BANKS[lang];
  const out: string[] = [];
  let len = 0;
  let section = 0;
  while (len < chars) {
    const heading = b.headings[section++ % b.headings.length]!;
    const para = textOfLength(lang, r, 160 + r() * 240);
    const block = [`## ${heading}`, '', para, ''];
    if (r() < 0.4) {
      for (let i = 0; i < 3; i++) block.push(`${i + 1}. ${sentence(lang, r)}`);
      block.push('');
    }
    const text = block.join('\n');
    out.push(text);
    len += text.length;
  }
  return out.join('\n');
}
