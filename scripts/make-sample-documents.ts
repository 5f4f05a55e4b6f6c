/**
 * Makes the sample letters, invitations and decisions of the register (marked sample):
 * small PDFs drawn with pdf-lib, each carrying its own QR stamp, registered the way an
 * editor would (reserve a code → put the QR on the document → register the signed file),
 * then given the status history a real register has: one expired, one revoked, one
 * superseded by its successor, one restricted.
 *
 *   node scripts/make-sample-documents.ts        (CONTENT_DIR to write elsewhere)
 *
 * Existing sample records are left alone, so running it twice changes nothing.
 * Needs a TrueType font with Vietnamese letters (DejaVu Serif; SAMPLE_FONT_DIR to change).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { parseDocument } from 'yaml';
import { contentRoot } from '../src/node/content-root.ts';
import { groupCode } from '../src/lib/crockford.ts';
import { qrPng, shortVerifyUrl, verifyUrl } from '../src/lib/qr.ts';
import { changeStatus, registerDocument, reserveCode } from '../src/node/register.ts';
import { siteUrl } from '../src/node/site.ts';

type L = { vi: string; zh: string; en: string };

interface Sample {
  id: string;
  number: string;
  type: 'letter' | 'invitation' | 'decision';
  issued: string;
  unit: string;
  signer: string;
  position: L;
  title: L;
  summary: L;
  /** Paragraphs of the body, in Vietnamese (the language of the document). */
  body: string[];
  recipient: string;
  restricted?: boolean;
  related?: string[];
  status?: { status: 'revoked' | 'expired' | 'superseded'; date: string; reason: L; by?: string };
}

const DEPUTY: L = { vi: 'Phó Giám đốc', zh: '副厅长', en: 'Deputy Director' };

const SAMPLES: Sample[] = [
  {
    id: 'mau-gm-doi-thoai-ddci-2026',
    number: '98/GM-SNgV',
    type: 'invitation',
    issued: '2026-11-16',
    unit: 'phong-htqt-vp',
    signer: 'Nguyễn Văn A',
    position: DEPUTY,
    title: {
      vi: 'Giấy mời dự Hội nghị đối thoại doanh nghiệp về cải thiện Chỉ số DDCI năm 2026 (mẫu)',
      zh: '关于出席2026年改善DDCI指数企业对话会的邀请函（示例）',
      en: 'Invitation to the 2026 business dialogue on improving the DDCI (sample)',
    },
    summary: {
      vi: 'Sở Ngoại vụ trân trọng kính mời đại diện doanh nghiệp dự Hội nghị đối thoại doanh nghiệp về cải thiện Chỉ số DDCI năm 2026, tổ chức ngày 10/12/2026 tại Hội trường Sở, để nghe phản ánh về thủ tục, tiếp cận thông tin và chi phí không chính thức. Đây là văn bản mẫu minh hoạ việc xác thực bằng mã QR.',
      zh: '外事厅诚邀企业代表出席2026年12月10日在外事厅会议厅举行的改善DDCI指数企业对话会，听取企业关于手续、信息获取和非正式费用的反映。本文件为演示二维码验证的示例文件。',
      en: 'The Department invites business representatives to the dialogue on improving the DDCI on 10 December 2026 in the Department\'s hall, to hear their views on procedures, access to information and informal costs. This is a sample document that demonstrates QR verification.',
    },
    recipient: 'Kính gửi: Các doanh nghiệp trên địa bàn tỉnh Lạng Sơn',
    body: [
      'Thực hiện Kế hoạch cải thiện, nâng cao Chỉ số DDCI năm 2026, Sở Ngoại vụ tỉnh Lạng Sơn tổ chức Hội nghị đối thoại doanh nghiệp.',
      'Thời gian: 08 giờ 00, ngày 10 tháng 12 năm 2026. Địa điểm: Hội trường Sở Ngoại vụ, số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn.',
      'Sở Ngoại vụ trân trọng kính mời đại diện lãnh đạo doanh nghiệp tới dự.',
    ],
    related: ['events/doi-thoai-doanh-nghiep-ddci-2026'],
  },
  {
    id: 'mau-gm-tap-huan-acfta-2026',
    number: '41/GM-SNgV',
    type: 'invitation',
    issued: '2026-05-08',
    unit: 'trung-tam-ttdvdn',
    signer: 'Nguyễn Văn A',
    position: DEPUTY,
    title: {
      vi: 'Giấy mời dự lớp tập huấn quy tắc xuất xứ hàng hoá theo Hiệp định ACFTA (mẫu)',
      zh: '关于参加《中国—东盟自由贸易协定》货物原产地规则培训班的邀请函（示例）',
      en: 'Invitation to a training course on ACFTA rules of origin (sample)',
    },
    summary: {
      vi: 'Mời doanh nghiệp xuất nhập khẩu dự lớp tập huấn về quy tắc xuất xứ và chứng nhận xuất xứ mẫu E theo Hiệp định ACFTA ngày 20/5/2026. Lớp tập huấn đã diễn ra nên giấy mời hết hiệu lực. Đây là văn bản mẫu.',
      zh: '邀请进出口企业参加2026年5月20日举办的《中国—东盟自由贸易协定》原产地规则及E表原产地证书培训班。培训班已举办，邀请函已失效。本文件为示例文件。',
      en: 'Invites exporters and importers to a training course on ACFTA rules of origin and Form E certificates on 20 May 2026. The course has taken place, so the invitation has expired. This is a sample document.',
    },
    recipient: 'Kính gửi: Các doanh nghiệp xuất nhập khẩu trên địa bàn tỉnh',
    body: [
      'Nhằm giúp doanh nghiệp tận dụng ưu đãi thuế quan theo Hiệp định Thương mại tự do ASEAN – Trung Quốc (ACFTA), Sở Ngoại vụ phối hợp tổ chức lớp tập huấn về quy tắc xuất xứ hàng hoá.',
      'Thời gian: 08 giờ 00, ngày 20 tháng 5 năm 2026. Địa điểm: Trung tâm Thông tin và Dịch vụ đối ngoại.',
    ],
    related: ['trade-agreements/acfta'],
    status: {
      status: 'expired',
      date: '2026-05-21',
      reason: {
        vi: 'Lớp tập huấn đã diễn ra ngày 20/5/2026; giấy mời không còn giá trị sử dụng.',
        zh: '培训班已于2026年5月20日举办，邀请函不再有效。',
        en: 'The course took place on 20 May 2026; the invitation can no longer be used.',
      },
    },
  },
  {
    id: 'mau-cv-lich-tiep-doanh-nghiep-2026',
    number: '112/SNgV-VP',
    type: 'letter',
    issued: '2026-06-03',
    unit: 'phong-htqt-vp',
    signer: 'Nguyễn Văn A',
    position: DEPUTY,
    title: {
      vi: 'Công văn thông báo lịch tiếp doanh nghiệp tháng 6 năm 2026 (mẫu)',
      zh: '关于2026年6月接待企业日程的公函（示例）',
      en: 'Letter announcing the schedule for meeting businesses in June 2026 (sample)',
    },
    summary: {
      vi: 'Thông báo lịch lãnh đạo Sở tiếp doanh nghiệp trong tháng 6/2026. Công văn đã bị thu hồi vì ghi sai ngày tiếp. Đây là văn bản mẫu.',
      zh: '通知2026年6月外事厅领导接待企业的日程。该公函因接待日期有误已被撤销。本文件为示例文件。',
      en: 'Announces when the Department\'s leaders meet businesses in June 2026. The letter was revoked because it gave a wrong date. This is a sample document.',
    },
    recipient: 'Kính gửi: Hiệp hội Doanh nghiệp tỉnh Lạng Sơn',
    body: [
      'Sở Ngoại vụ thông báo lãnh đạo Sở tiếp doanh nghiệp vào sáng thứ Năm hằng tuần trong tháng 6 năm 2026 tại trụ sở Sở.',
      'Đề nghị Hiệp hội thông báo tới các doanh nghiệp hội viên.',
    ],
    status: {
      status: 'revoked',
      date: '2026-06-05',
      reason: {
        vi: 'Công văn ghi sai ngày tiếp doanh nghiệp; Sở thu hồi và thông báo lại lịch bằng văn bản khác.',
        zh: '公函中的接待日期有误；外事厅已撤销该公函，并另行发文通知日程。',
        en: 'The letter gave a wrong date for the meetings; the Department revoked it and announced the schedule in another letter.',
      },
    },
  },
  {
    id: 'mau-qd-quy-che-phan-anh-2026',
    number: '12/QĐ-SNgV',
    type: 'decision',
    issued: '2026-02-05',
    unit: 'lanh-dao-so',
    signer: 'Nguyễn Văn A',
    position: DEPUTY,
    title: {
      vi: 'Quyết định ban hành Quy chế tiếp nhận, xử lý phản ánh về chi phí không chính thức (mẫu)',
      zh: '关于颁布受理和处理非正式费用反映工作规定的决定（示例）',
      en: 'Decision issuing the rules for receiving and handling reports of informal payments (sample)',
    },
    summary: {
      vi: 'Ban hành quy chế về đầu mối, đường dây nóng và thời hạn xử lý phản ánh của doanh nghiệp về chi phí không chính thức. Quyết định đã được thay thế bởi Quyết định số 35/QĐ-SNgV. Đây là văn bản mẫu.',
      zh: '颁布关于受理企业非正式费用反映的联系人、热线及处理时限的工作规定。该决定已被第35/QĐ-SNgV号决定取代。本文件为示例文件。',
      en: 'Issues the rules on the contact point, hotline and time limits for handling businesses\' reports of informal payments. It has been replaced by Decision No. 35/QĐ-SNgV. This is a sample document.',
    },
    recipient: 'GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH LẠNG SƠN',
    body: [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý phản ánh về chi phí không chính thức.',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
      'Điều 3. Chánh Văn phòng, Trưởng các phòng và đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này.',
    ],
    status: {
      status: 'superseded',
      date: '2026-07-01',
      by: 'mau-qd-quy-che-phan-anh-2026-sua-doi',
      reason: {
        vi: 'Thay thế bằng quy chế sửa đổi, bổ sung đường dây nóng và rút ngắn thời hạn xử lý.',
        zh: '已由修订后的规定取代，新增热线并缩短处理时限。',
        en: 'Replaced by revised rules that add a hotline and shorten the time limits.',
      },
    },
  },
  {
    id: 'mau-qd-quy-che-phan-anh-2026-sua-doi',
    number: '35/QĐ-SNgV',
    type: 'decision',
    issued: '2026-07-01',
    unit: 'lanh-dao-so',
    signer: 'Nguyễn Văn A',
    position: DEPUTY,
    title: {
      vi: 'Quyết định ban hành Quy chế sửa đổi về tiếp nhận, xử lý phản ánh về chi phí không chính thức (mẫu)',
      zh: '关于颁布经修订的受理和处理非正式费用反映工作规定的决定（示例）',
      en: 'Decision issuing the revised rules for receiving and handling reports of informal payments (sample)',
    },
    summary: {
      vi: 'Ban hành quy chế sửa đổi: bổ sung đường dây nóng, rút ngắn thời hạn xử lý phản ánh xuống 05 ngày làm việc; thay thế Quyết định số 12/QĐ-SNgV. Đây là văn bản mẫu.',
      zh: '颁布经修订的规定：新增热线，将反映处理时限缩短至5个工作日；取代第12/QĐ-SNgV号决定。本文件为示例文件。',
      en: 'Issues revised rules: adds a hotline and shortens the time limit for handling a report to 5 working days; replaces Decision No. 12/QĐ-SNgV. This is a sample document.',
    },
    recipient: 'GIÁM ĐỐC SỞ NGOẠI VỤ TỈNH LẠNG SƠN',
    body: [
      'Điều 1. Ban hành kèm theo Quyết định này Quy chế sửa đổi về tiếp nhận, xử lý phản ánh về chi phí không chính thức.',
      'Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-SNgV ngày 05/02/2026.',
      'Điều 3. Chánh Văn phòng, Trưởng các phòng và đơn vị thuộc Sở chịu trách nhiệm thi hành Quyết định này.',
    ],
    related: ['faq/phan-anh-chi-phi-khong-chinh-thuc'],
  },
  {
    id: 'mau-cv-ho-so-thi-thuc-2026',
    number: '140/SNgV-LS',
    type: 'letter',
    issued: '2026-09-14',
    unit: 'phong-ls-qlbg',
    signer: 'Nguyễn Văn A',
    position: DEPUTY,
    title: {
      vi: 'Công văn trả lời doanh nghiệp về hồ sơ đề nghị cấp thị thực cho chuyên gia nước ngoài (mẫu)',
      zh: '关于答复企业为外国专家申请签证材料的公函（示例）',
      en: 'Letter replying to a business about its visa application file for a foreign expert (sample)',
    },
    summary: {
      vi: 'Văn bản gửi riêng một doanh nghiệp nên không công bố toàn văn; trang này chỉ nêu số, ngày, người ký và mã băm để người nhận đối chiếu bản của mình. Đây là văn bản mẫu.',
      zh: '该文件仅发给一家企业，因此不公开全文；本页仅列出文号、日期、签署人和哈希值，供收件人核对所持文件。本文件为示例文件。',
      en: 'Sent to a single business, so the full text is not published; this page gives only the number, date, signer and hash so that the recipient can check their copy. This is a sample document.',
    },
    recipient: 'Kính gửi: Công ty (mẫu)',
    body: [
      'Sở Ngoại vụ nhận được hồ sơ đề nghị cấp thị thực cho chuyên gia nước ngoài của Quý Công ty.',
      'Hồ sơ đã đầy đủ thành phần theo quy định; Sở Ngoại vụ đã có công hàm gửi cơ quan có thẩm quyền.',
    ],
    restricted: true,
  },
];

const fontDir = process.env.SAMPLE_FONT_DIR || '/usr/share/fonts/truetype/dejavu';
const FONT = join(fontDir, 'DejaVuSerif.ttf');
const FONT_BOLD = join(fontDir, 'DejaVuSerif-Bold.ttf');

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function centered(page: PDFPage, text: string, font: PDFFont, size: number, cx: number, y: number): void {
  page.drawText(text, { x: cx - font.widthOfTextAtSize(text, size) / 2, y, size, font });
}

async function makePdf(s: Sample, code: string, site: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const bold = await pdf.embedFont(readFileSync(FONT_BOLD), { subset: true });
  // Fixed metadata: the file's hash depends only on its content and code.
  const when = new Date(`${s.issued}T08:00:00Z`);
  pdf.setTitle(`${s.number} – ${s.title.vi}`);
  pdf.setAuthor('Sở Ngoại vụ tỉnh Lạng Sơn (văn bản mẫu / sample)');
  pdf.setProducer('pdf-lib (scripts/make-sample-documents.ts)');
  pdf.setCreator('songoaivu-langson-site');
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const page = pdf.addPage([595.28, 841.89]);
  const left = 70;
  const width = 595.28 - 2 * left;

  // Watermark first so the text prints over it.
  page.drawText('VĂN BẢN MẪU – SAMPLE', { x: 95, y: 250, size: 40, font: bold, color: rgb(0.88, 0.88, 0.88), rotate: degrees(35) });

  centered(page, 'UBND TỈNH LẠNG SƠN', font, 11, 150, 790);
  centered(page, 'SỞ NGOẠI VỤ', bold, 11, 150, 775);
  centered(page, `Số: ${s.number}`, font, 11, 150, 755);
  centered(page, 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold, 10.5, 400, 790);
  centered(page, 'Độc lập – Tự do – Hạnh phúc', bold, 11, 400, 775);
  const [y, m, d] = s.issued.split('-');
  centered(page, `Lạng Sơn, ngày ${d} tháng ${m} năm ${y}`, font, 11, 400, 755);

  let cursor = 715;
  const kind = { letter: 'CÔNG VĂN', invitation: 'GIẤY MỜI', decision: 'QUYẾT ĐỊNH' }[s.type];
  centered(page, kind, bold, 14, 595.28 / 2, cursor);
  cursor -= 20;
  // The kind is already the heading: "Quyết định ban hành …" → "Ban hành …".
  const subject = s.title.vi.replace(/ \(mẫu\)$/, '').replace(/^(Quyết định|Giấy mời|Công văn) (\S)/u, (_m, _k, c: string) => c.toUpperCase());
  for (const l of wrap(subject, bold, 11.5, width - 40)) {
    centered(page, l, bold, 11.5, 595.28 / 2, cursor);
    cursor -= 16;
  }
  cursor -= 14;
  centered(page, s.recipient, font, 12, 595.28 / 2, cursor);
  cursor -= 30;
  for (const para of s.body) {
    for (const l of wrap(para, font, 12, width)) {
      page.drawText(l, { x: left, y: cursor, size: 12, font });
      cursor -= 17;
    }
    cursor -= 6;
  }
  cursor -= 20;
  centered(page, s.position.vi.toUpperCase(), bold, 12, 420, cursor);
  centered(page, '(văn bản mẫu, không có chữ ký)', font, 10, 420, cursor - 40);
  centered(page, s.signer, bold, 12, 420, cursor - 80);

  // The verification stamp: QR at 2 cm (56.7 pt), the code in two groups and the short URL.
  const url = verifyUrl(site, code);
  const png = await pdf.embedPng(await qrPng(url, 8));
  const side = 2 / 2.54 * 72 * (png.width / (png.width - 8 * 8)); // 2-cm symbol plus its quiet zone
  page.drawImage(png, { x: left - 10, y: 60, width: side, height: side });
  page.drawText('Quét mã để xác thực / Scan to verify', { x: left + side - 2, y: 60 + side - 22, size: 9, font });
  page.drawText(groupCode(code), { x: left + side - 2, y: 60 + side - 40, size: 13, font: bold });
  page.drawText(shortVerifyUrl(site, code), { x: left + side - 2, y: 60 + side - 56, size: 9, font });
  page.drawText('Văn bản mẫu minh hoạ, không có giá trị pháp lý. / Illustrative sample, not an official document.', {
    x: left,
    y: 40,
    size: 8,
    font,
  });
  return pdf.save({ useObjectStreams: false });
}

function patchRecord(root: string, s: Sample): void {
  const path = join(root, 'documents', `${s.id}.yaml`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  doc.setIn(['title'], s.title);
  doc.setIn(['summary'], s.summary);
  doc.setIn(['signer', 'position'], s.position);
  if (s.related) doc.setIn(['related'], s.related);
  doc.commentBefore = ' Sample document made by scripts/make-sample-documents.ts (registered with the register module). Not an official document.';
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

const root = contentRoot();
const site = siteUrl();
for (const f of [FONT, FONT_BOLD]) if (!existsSync(f)) throw new Error(`font not found: ${f} (set SAMPLE_FONT_DIR)`);
const work = mkdtempSync(join(tmpdir(), 'sngv-samples-'));
const codes = new Map<string, string>();
try {
  // Successors first, so a superseded record can name its replacement's code.
  const order = [...SAMPLES].sort((a, b) => Number(Boolean(a.status?.by)) - Number(Boolean(b.status?.by)));
  for (const s of order) {
    if (existsSync(join(root, 'documents', `${s.id}.yaml`))) {
      const code = /^code:\s*(\S+)/m.exec(readFileSync(join(root, 'documents', `${s.id}.yaml`), 'utf8'))?.[1];
      if (code) codes.set(s.id, code.replace(/['"]/g, ''));
      console.log(`• ${s.id}: already there (${code})`);
      continue;
    }
    const code = await reserveCode(root);
    const file = join(work, `${s.id}.pdf`);
    writeFileSync(file, await makePdf(s, code, site));
    const r = await registerDocument(root, {
      file,
      code,
      id: s.id,
      number: s.number,
      type: s.type,
      title: s.title,
      summary: s.summary,
      issued: s.issued,
      unit: s.unit,
      signer: s.signer,
      position: s.position.vi,
      restricted: s.restricted,
      sample: true,
    });
    codes.set(s.id, code);
    patchRecord(root, s);
    // The status history goes through the register, as an editor's would: one event each.
    if (s.status) {
      const { status, date, reason, by } = s.status;
      await changeStatus(root, status === 'superseded' ? { event: status, code, by: codes.get(by!)!, date, reason } : { event: status, code, date, reason });
    }
    console.log(`✓ ${s.id}: ${code} ${r.kind}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
