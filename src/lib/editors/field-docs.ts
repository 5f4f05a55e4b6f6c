/**
 * What each content field means, in plain words for editors (Vietnamese and English).
 * The `new` templates write these as comments and the editor guide prints them in its
 * field tables; the field list itself always comes from the schemas (src/schemas/), and a
 * unit test fails when a schema gains a field that is not explained here.
 *
 * Keys are "collection.field" for a meaning specific to one collection, else "field";
 * nested fields are "parent.child" (list elements are looked up without an index).
 */
export interface FieldDoc {
  vi: string;
  en: string;
}

const D = (vi: string, en: string): FieldDoc => ({ vi, en });

export const FIELD_DOCS: Record<string, FieldDoc> = {
  // Shared by articles and records
  title: D('Tiêu đề của trang', 'Headline of the page'),
  summary: D('Một hoặc hai câu tóm tắt, hiện trong danh sách, kết quả tìm kiếm và bản tin', 'One or two sentences shown in lists, search results and feeds'),
  published: D('Ngày đăng lần đầu trên trang', 'First publication on this site'),
  updated: D('Ngày sửa nội dung tiếng Việt gần nhất (bản dịch cũ hơn ngày này sẽ bị đánh dấu “cần cập nhật”)', 'Last substantive change of the Vietnamese text (older translations are flagged)'),
  topics: D('Chủ đề để lọc', 'Subjects for filtering'),
  unit: D('Đơn vị phụ trách (tên tệp trong content/units/)', 'Responsible unit (file name in content/units/)'),
  sourceDocument: D('Văn bản gốc đã đăng ký (tên tệp trong content/documents/)', 'The registered document this entry is based on (file name in content/documents/)'),
  related: D('Các mục liên quan, viết “bộ-sưu-tập/mã”, ví dụ policies/uu-dai-dau-tu', 'Related entries, written "collection/id", e.g. policies/fdi-incentives'),
  updates: D('Lịch sử thay đổi (“Cập nhật của trang này”)', 'Dated changes ("updates to this page")'),
  'updates.date': D('Ngày thay đổi', 'When the change was made'),
  'updates.note': D('Đã thay đổi gì (ba ngôn ngữ, bắt buộc tiếng Việt)', 'What changed (three languages, Vietnamese required)'),
  'updates.major': D('true nếu thay đổi quan trọng: sẽ đưa lên bản tin (feed)', 'true for a major change: it is announced in the feeds'),
  sample: D('true = nội dung minh họa, chưa phải thông tin chính thức (trang hiện nhãn “Mẫu”)', 'true = illustrative content, not verified fact (the page shows a "Sample" badge)'),
  status: D('Tình trạng', 'Status'),

  // Policies
  'policies.issuer': D('Cơ quan ban hành, ví dụ “UBND tỉnh Lạng Sơn”', 'Who issued the policy, e.g. "Lạng Sơn Provincial People\'s Committee"'),
  'policies.status': D('Còn hiệu lực, sắp có hiệu lực hay đã hết hiệu lực', 'Whether it applies today'),
  'policies.effectiveFrom': D('Ngày bắt đầu có hiệu lực', 'First day it applies'),
  'policies.effectiveTo': D('Ngày hết hiệu lực (nếu có)', 'Last day it applies, if limited'),

  // MOUs
  'mous.signed': D('Ngày ký', 'Date of signature'),
  'mous.partners': D('Các bên đối tác', 'The other parties'),
  'mous.partners.name': D('Tên đối tác', "Partner's name"),
  'mous.partners.country': D('Mã quốc gia của đối tác (2 chữ in hoa, ví dụ CN)', "Partner's country (two capital letters, e.g. CN)"),
  'mous.status': D('Tình trạng của thỏa thuận', 'Where the MOU stands'),
  'mous.validUntil': D('Ngày hết hạn (nếu có)', 'End of validity, if any'),

  // Trade agreements
  'trade-agreements.shortName': D('Tên viết tắt, ví dụ “RCEP”', 'Common abbreviation, e.g. "RCEP"'),
  'trade-agreements.signed': D('Ngày ký', 'Date of signature'),
  'trade-agreements.inForceVietnam': D('Ngày có hiệu lực đối với Việt Nam', 'Date it entered into force for Viet Nam'),
  'trade-agreements.members': D('Các thành viên (mã quốc gia 2 chữ; “EU” cho Liên minh châu Âu)', 'Parties (two-letter country codes; "EU" for the European Union)'),
  'trade-agreements.originForms': D('Mẫu C/O hoặc hình thức tự chứng nhận xuất xứ', 'Certificate-of-origin forms or self-certification'),
  'trade-agreements.status': D('Đang có hiệu lực, đã ký hay đang đàm phán', 'Whether it applies today'),

  // Events
  'events.start': D('Ngày bắt đầu', 'First day'),
  'events.end': D('Ngày kết thúc (bỏ trống nếu chỉ một ngày)', 'Last day (leave out for a one-day event)'),
  'events.location': D('Địa điểm', 'Where it takes place'),
  'events.kind': D('Loại sự kiện', 'Kind of event'),
  'events.status': D('Sắp diễn ra, đã diễn ra hay bị hủy', 'Planned, completed or cancelled'),

  // Translations (zh/, en/ files)
  'translation.title': D('Tiêu đề đã dịch', 'Translated headline'),
  'translation.summary': D('Tóm tắt đã dịch', 'Translated summary'),
  'translation.translated': D('Ngày bản dịch được cập nhật theo bản tiếng Việt gần nhất', 'When the translation was last brought in line with the Vietnamese text'),

  // Documents (the QR register)
  'documents.code': D('Mã xác thực 8 ký tự in dưới mã QR; không bao giờ dùng lại', 'Verification code printed under the QR code; never reused'),
  'documents.number': D('Số và ký hiệu như in trên văn bản, ví dụ “627/KH-SNgV”', 'Number and symbol as printed, e.g. "627/KH-SNgV"'),
  'documents.type': D('Loại văn bản', 'Kind of document'),
  'documents.title': D('Trích yếu của văn bản', 'Title (trích yếu)'),
  'documents.summary': D('Nội dung chính, vài câu', 'What the document says, in a few sentences'),
  'documents.issued': D('Ngày ban hành', 'Date of issue'),
  'documents.unit': D('Đơn vị ban hành (tên tệp trong content/units/)', 'Issuing unit (file name in content/units/)'),
  'documents.signer': D('Người ký', 'Who signed it'),
  'documents.signer.name': D('Họ và tên người ký', 'Full name of the signer'),
  'documents.signer.position': D('Chức vụ người ký', 'Position of the signer'),
  'documents.sha256': D('Mã băm SHA-256 của tệp gốc (lệnh npm run register tự tính)', 'SHA-256 of the original file (npm run register computes it)'),
  'documents.noFileReason': D('Lý do không có mã băm (khi trang không lưu bản gốc)', 'Why no hash is registered (when the site holds no copy)'),
  'documents.file': D('Tên tệp PDF trong content/documents/files/ (chỉ văn bản công khai)', 'PDF file name in content/documents/files/ (public documents only)'),
  'documents.visibility': D('public: đăng tệp; restricted: chỉ hiện thông tin và mã băm', 'public: the file is published; restricted: only details and hash'),
  'documents.status': D('Hiệu lực pháp lý của văn bản', 'Legal status of the document'),
  'documents.statusDate': D('Ngày trạng thái có hiệu lực (bắt buộc nếu không còn “valid”)', 'Since when the status applies (required unless valid)'),
  'documents.statusReason': D('Lý do thay đổi trạng thái (bắt buộc nếu không còn “valid”)', 'Why the status changed (required unless valid)'),
  'documents.supersededBy': D('Mã xác thực của văn bản thay thế (khi “superseded”)', 'Code of the replacing document (when superseded)'),
  'documents.related': D('Các mục liên quan, viết “bộ-sưu-tập/mã”', 'Entries this document relates to ("collection/id")'),
  'documents.textVersionNote': D('Ghi chú khi tệp đăng là bản chép lại, không phải bản gốc đã ký', 'Note when the published text is a transcription, not the signed original'),

  // Procedures
  'procedures.title': D('Tên thủ tục hành chính', 'Name of the administrative procedure'),
  'procedures.summary': D('Thủ tục dùng để làm gì, ai cần', 'What it is for and who needs it'),
  'procedures.nationalCode': D('Mã thủ tục trên Cơ sở dữ liệu quốc gia (nếu có)', 'Code in the national database of procedures, if any'),
  'procedures.onlineLevel': D('Mức dịch vụ công trực tuyến: toàn trình, một phần, không', 'Online service level: full, partial or none'),
  'procedures.timeLimit': D('Thời hạn giải quyết, ví dụ “05 ngày làm việc”', 'Statutory time limit, e.g. "5 working days"'),
  'procedures.fee': D('Phí, lệ phí (bằng chữ, ví dụ “Không thu phí”)', 'Fee, in words (e.g. "No fee")'),
  'procedures.papers': D('Thành phần hồ sơ', 'Papers to submit'),
  'procedures.steps': D('Các bước thực hiện, theo thứ tự', 'Steps in order'),
  'procedures.legalBasis': D('Căn cứ pháp lý', 'Legal basis'),
  'procedures.unit': D('Đơn vị tiếp nhận hồ sơ', 'Unit that receives the file'),
  'procedures.updated': D('Ngày kiểm tra thông tin gần nhất', 'Date the information was last checked'),

  // Services
  'services.title': D('Tên dịch vụ', 'Name of the service'),
  'services.summary': D('Sở làm gì cho người yêu cầu', 'What the department does for the requester'),
  'services.feeVnd': D('Giá niêm yết, đồng (0 nếu miễn phí)', 'Published price in dong (0 when free)'),
  'services.feeUnit': D('Đơn vị tính giá, ví dụ “trang”, “giờ”', 'What the price is per, e.g. "page", "hour"'),
  'services.legalBasis': D('Căn cứ của mức giá', 'Legal basis of the price'),
  'services.howToRequest': D('Cách yêu cầu dịch vụ', 'How to request the service'),
  'services.unit': D('Đơn vị cung cấp dịch vụ', 'Unit providing the service'),
  'services.updated': D('Ngày kiểm tra bảng giá gần nhất', 'Date the price list was last checked'),

  // FAQ
  'faq.question': D('Câu hỏi, viết như doanh nghiệp hỏi', 'The question as a business would ask it'),
  'faq.answer': D('Câu trả lời (để một dòng trống giữa các đoạn)', 'The answer (a blank line between paragraphs)'),
  'faq.topic': D('Nhóm câu hỏi trên trang Hỏi đáp', 'Group on the FAQ page'),
  'faq.unit': D('Đơn vị trả lời', 'Unit that answers'),
  'faq.updated': D('Ngày kiểm tra câu trả lời gần nhất', 'Date the answer was last checked'),
  'faq.order': D('Thứ tự trong nhóm (số nhỏ đứng trước)', 'Position within its group (smaller first)'),

  // Units
  'units.name': D('Tên chính thức của đơn vị', 'Official name of the unit'),
  'units.shortName': D('Tên viết tắt, ví dụ “Phòng HTQT-VP”', 'Short form, e.g. "Phòng HTQT-VP"'),
  'units.kind': D('Lãnh đạo Sở, phòng hay trung tâm', 'Leadership, division or centre'),
  'units.duties': D('Nhiệm vụ chính, một hai câu', 'What the unit is responsible for'),
  'units.address': D('Địa chỉ', 'Postal address'),
  'units.phones': D('Số điện thoại, ví dụ “0205 3812 345”', 'Phone numbers, e.g. "0205 3812 345"'),
  'units.email': D('Thư điện tử', 'Contact e-mail'),
  'units.hotline': D('Đường dây nóng phản ánh chi phí không chính thức (nếu đơn vị phụ trách)', 'Hotline to report informal payments, when this unit runs one'),
  'units.officeHours': D('Giờ làm việc', 'Office hours'),
  'units.order': D('Thứ tự hiển thị (số nhỏ đứng trước)', 'Position in lists (smaller first)'),

  // DDCI indicators, results, plans and tasks
  'ddci-indicators.name': D('Tên chỉ số đúng như trong kế hoạch', 'Name of the indicator exactly as the plan writes it'),
  'ddci-indicators.framework': D('Bộ chỉ số: 2024 (9 chỉ số) hoặc 2025 (11 chỉ số)', 'Framework: 2024 (9 indicators) or 2025 (11 indicators)'),
  'ddci-indicators.number': D('Số thứ tự (STT) trong bảng kết quả của kế hoạch', 'Its number (STT) in the plan\'s results table'),
  'ddci-indicators.comparedWith': D('Mã chỉ số của bộ trước mà kế hoạch so sánh (“so với chỉ số … năm 2024”), hoặc null', 'Id of the previous framework\'s indicator the plan compares it with, or null'),
  'ddci-indicators.source': D('Văn bản nguồn (tên tệp trong content/documents/)', 'Source document (file name in content/documents/)'),
  'ddci-results.year': D('Năm kết quả (cũng là tên tệp)', 'Results year (also the file name)'),
  'ddci-results.framework': D('Bộ chỉ số dùng để đánh giá năm đó', 'Framework the year was assessed on'),
  'ddci-results.rankOf': D('Số đơn vị được xếp hạng năm đó (“18/19” → 19)', 'How many departments were ranked that year ("18/19" → 19)'),
  'ddci-results.source': D('Văn bản chứa số liệu (tên tệp trong content/documents/)', 'Document the figures come from (file name in content/documents/)'),
  'ddci-results.overall': D('Điểm và thứ hạng chung của năm', 'Overall score and rank of the year'),
  'ddci-results.overall.statedRankChange': D('Số bậc tăng (+) hoặc giảm (−) so với năm trước, như nguồn ghi', 'Places gained (+) or lost (−) against the previous year, as the source states'),
  'ddci-results.indicators': D('Kết quả từng chỉ số trong năm', 'Result of each indicator in the year'),
  'ddci-results.indicators.indicator': D('Mã chỉ số (tên tệp trong content/ddci/indicators/)', 'Indicator id (file name in content/ddci/indicators/)'),
  'ddci-results.indicators.source': D('Văn bản nguồn, nếu khác nguồn chung của năm', 'Source document, when it differs from the year\'s'),
  'ddci-results.note': D('Ghi chú về số liệu của cả năm', 'About the year\'s figures as a whole'),
  'ddci-plans.year': D('Năm của kế hoạch (cũng là tên tệp)', 'Year the plan is for (also the file name)'),
  'ddci-plans.source': D('Văn bản kế hoạch (tên tệp trong content/documents/)', 'The plan document (file name in content/documents/)'),
  'ddci-plans.resultsYear': D('Năm kết quả mà kế hoạch khắc phục', 'Results year the plan responds to'),
  'ddci-plans.framework': D('Bộ chỉ số của các nhiệm vụ', 'Framework of the indicators its tasks address'),
  'ddci-plans.coordinator': D('Đơn vị đầu mối theo dõi, đôn đốc', 'Focal-point unit(s) for monitoring'),
  'ddci-plans.organisation': D('Mục IV “Tổ chức thực hiện”, đúng lời văn kế hoạch', 'Section IV "Organisation", as the plan words it'),
  'ddci-plans.note': D('Ghi chú về cách đối chiếu đơn vị hoặc về bản chép', 'How the plan\'s wording maps onto today\'s units, or about the transcription'),
  'ddci-tasks.plan': D('Năm của kế hoạch (một tệp trong content/ddci/plans/)', 'Plan year (a file in content/ddci/plans/)'),
  'ddci-tasks.number': D('Số thứ tự nhiệm vụ trong mục III của kế hoạch', 'Item number in section III of the plan'),
  'ddci-tasks.indicator': D('Chỉ số mà nhiệm vụ hướng tới', 'Indicator the task addresses'),
  'ddci-tasks.content': D('“Nội dung”: việc cần đạt được', '"Nội dung": what is to be achieved'),
  'ddci-tasks.implementation': D('“Thực hiện”: từng gạch đầu dòng, đơn vị chủ trì và phối hợp', '"Thực hiện": each bullet with its lead and partner units'),
  'ddci-tasks.implementation.text': D('Lời văn của gạch đầu dòng', 'The bullet as the plan words it'),
  'ddci-tasks.implementation.lead': D('Đơn vị chủ trì (tên tệp trong content/units/)', 'Lead units (file names in content/units/)'),
  'ddci-tasks.implementation.partners': D('Đơn vị phối hợp', 'Partner units'),
  'ddci-tasks.unitsNote': D('Cách đối chiếu tên đơn vị trong kế hoạch với đơn vị hiện nay', 'How unit names in the plan were mapped to today\'s units'),
  'ddci-tasks.source': D('Văn bản kế hoạch (phải trùng với source của kế hoạch)', 'The plan document (must match the plan\'s source)'),
  'ddci-tasks.updates': D('Báo cáo tiến độ, mỗi lần một mục', 'Progress reports, one item each'),
  'ddci-tasks.updates.date': D('Ngày báo cáo', 'Date of the report'),
  'ddci-tasks.updates.status': D('Tình trạng nhiệm vụ tại ngày đó', 'Status of the task as of that date'),
  'ddci-tasks.updates.note': D('Đã làm gì (ba ngôn ngữ)', 'What was done (three languages)'),
  'ddci-tasks.updates.evidence': D('Liên kết minh chứng', 'Links that show the work'),
  'ddci-tasks.updates.evidence.href': D('Đường dẫn trong trang (bắt đầu bằng /), địa chỉ https://, mailto: hoặc tel: (không dùng http:, //, javascript:…)', 'A site path starting with "/", an https:// address, mailto: or tel: (never http:, //, javascript:…)'),
  'ddci-tasks.updates.evidence.label': D('Liên kết cho thấy gì', 'What the link shows'),
  'ddci-tasks.updates.sample': D('true nếu là báo cáo minh họa', 'true for an illustrative report'),

  // Glossary
  'glossary.term': D('Thuật ngữ chuẩn, mỗi ngôn ngữ một cách viết (tiếng Việt là gốc); người dịch dùng đúng chữ này', 'The preferred term, one per language (Vietnamese authoritative); translators use exactly this wording'),
  'glossary.term.vi': D('Thuật ngữ tiếng Việt', 'Vietnamese term'),
  'glossary.term.zh': D('Thuật ngữ tiếng Trung (giản thể)', 'Chinese (Simplified) term'),
  'glossary.term.en': D('Thuật ngữ tiếng Anh', 'English term'),
  'glossary.abbreviations': D('Chữ viết tắt người dùng hay gõ, ví dụ C/O, FDI', 'Abbreviations people type, e.g. C/O, FDI'),
  'glossary.variants': D('Cách viết khác người dùng hay gõ, theo ngôn ngữ (tên cũ, chính tả khác, từ mượn)', 'Other forms people write, per language (old names, spellings, loanwords)'),
  'glossary.variants.vi': D('Cách viết khác bằng tiếng Việt', 'Other Vietnamese forms'),
  'glossary.variants.zh': D('Cách viết khác bằng tiếng Trung', 'Other Chinese forms'),
  'glossary.variants.en': D('Cách viết khác bằng tiếng Anh (ví dụ chính tả Anh/Mỹ)', 'Other English forms (e.g. British and American spellings)'),
  'glossary.avoid': D('Cách viết người dịch không được dùng (sai hoặc không chính thức), theo ngôn ngữ', 'Forms translators must not use (wrong or unofficial), per language'),
  'glossary.avoid.vi': D('Cách viết tiếng Việt cần tránh', 'Vietnamese forms to avoid'),
  'glossary.avoid.zh': D('Cách viết tiếng Trung cần tránh', 'Chinese forms to avoid'),
  'glossary.avoid.en': D('Cách viết tiếng Anh cần tránh', 'English forms to avoid'),
  'glossary.definition': D('Một hai câu giải thích, mỗi ngôn ngữ', 'One or two plain sentences per language'),
  'glossary.definition.vi': D('Giải thích bằng tiếng Việt', 'Definition in Vietnamese'),
  'glossary.definition.zh': D('Giải thích bằng tiếng Trung', 'Definition in Chinese'),
  'glossary.definition.en': D('Giải thích bằng tiếng Anh', 'Definition in English'),
  'glossary.see': D('Các mục có liên quan đến thuật ngữ, viết “bộ-sưu-tập/mã”', 'Entries where the term matters, written "collection/id"'),

  // Best bets
  'best-bets.target': D('Trang cần đứng đầu: contact, feedback, services, open-data, verify, ddci, glossary hoặc một mục “bộ-sưu-tập/mã”', 'The page to put first: contact, feedback, services, open-data, verify, ddci, glossary or an entry "collection/id"'),
  'best-bets.queries': D('Các từ khoá người dùng hay gõ, theo ngôn ngữ', 'Queries people type, per language'),
  'best-bets.queries.vi': D('Từ khoá tiếng Việt (có dấu hay không dấu đều được)', 'Vietnamese queries (with or without diacritics)'),
  'best-bets.queries.zh': D('Từ khoá tiếng Trung', 'Chinese queries'),
  'best-bets.queries.en': D('Từ khoá tiếng Anh', 'English queries'),
  'best-bets.note': D('Vì sao các từ khoá này dẫn tới trang này', 'Why these queries lead to this page'),
};

/** Explanations of the figure fields, the same for a year's overall result and each indicator's. */
const DDCI_FIGURES: Record<string, FieldDoc> = {
  score: D('Điểm như trong nguồn; chỉ ghi null khi không đọc được (nêu lý do ở note)', 'Score as printed; null only when illegible (say why in note)'),
  rank: D('Thứ hạng; null nếu nguồn không ghi hoặc không đọc được', 'Rank; null when not given or illegible'),
  group: D('Nhóm xếp hạng: top (đầu), middle (giữa), bottom (cuối)', 'Ranking group: top, middle or bottom'),
  statedChange: D('Mức tăng/giảm điểm như nguồn ghi; bản dựng tính lại để đối chiếu', 'Change in points as the source states it; the build recomputes it'),
  ocr: D('Chữ OCR gốc của số liệu ghi khác đi hoặc ghi null', 'Raw OCR text of a figure recorded differently or as null'),
  alsoStated: D('Cùng số liệu được ghi khác ở chỗ khác trong nguồn', 'The same figure stated differently elsewhere in the source'),
  'alsoStated.field': D('Số liệu nào (score hoặc rank)', 'Which figure (score or rank)'),
  'alsoStated.value': D('Giá trị khác', 'The other value'),
  'alsoStated.where': D('Chỗ ghi trong nguồn', 'Where the source states it'),
  note: D('Điều người đọc cần biết về số liệu này', 'Anything a reader must know about these figures'),
};
for (const [k, v] of Object.entries(DDCI_FIGURES)) {
  FIELD_DOCS[`ddci-results.overall.${k}`] = v;
  FIELD_DOCS[`ddci-results.indicators.${k}`] = v;
}

/**
 * The explanation of a field: collection-specific first, then the shared meaning.
 * `path` is the field path without list indexes, e.g. ["partners", "name"].
 */
export function fieldDoc(collection: string, path: readonly string[]): FieldDoc | undefined {
  const key = path.join('.');
  return FIELD_DOCS[`${collection}.${key}`] ?? FIELD_DOCS[key];
}

/** What each collection holds, for the guide's reference section. */
export const COLLECTION_DOCS: Record<string, FieldDoc> = {
  units: D('Các đơn vị của Sở: tên, điện thoại, thư điện tử, giờ làm việc, đường dây nóng', "The department's units: names, phones, e-mail, office hours, hotline"),
  documents: D('Sổ đăng ký văn bản có mã QR (thường tạo bằng npm run register)', 'The register of documents with QR codes (usually written by npm run register)'),
  policies: D('Chính sách thu hút đầu tư, hỗ trợ doanh nghiệp', 'Investment and business-support policies'),
  mous: D('Thỏa thuận hợp tác (MOU) đã ký', 'Signed memoranda of understanding'),
  'trade-agreements': D('Hướng dẫn các hiệp định thương mại (RCEP, ACFTA, CPTPP, EVFTA…)', 'Guides to trade agreements (RCEP, ACFTA, CPTPP, EVFTA…)'),
  events: D('Sự kiện: hội chợ, đoàn công tác, đối thoại, hội nghị, tập huấn', 'Events: trade fairs, delegations, dialogues, conferences, training'),
  procedures: D('Thủ tục hành chính: hồ sơ, các bước, thời hạn, phí', 'Administrative procedures: papers, steps, time limit, fee'),
  services: D('Dịch vụ đối ngoại và bảng giá', 'Foreign-affairs services and their prices'),
  faq: D('Câu hỏi thường gặp của doanh nghiệp', 'Questions businesses ask'),
  'ddci-indicators': D('Các chỉ số thành phần DDCI của từng bộ chỉ số', 'DDCI component indicators of each framework'),
  'ddci-results': D('Kết quả DDCI của Sở theo năm: điểm, thứ hạng, nhóm', "The department's DDCI results per year: scores, ranks, groups"),
  'ddci-plans': D('Kế hoạch cải thiện DDCI theo năm', 'DDCI improvement plans per year'),
  'ddci-tasks': D('Nhiệm vụ của từng kế hoạch và báo cáo tiến độ', "Each plan's tasks and their progress reports"),
  glossary: D('Bảng thuật ngữ ba ngôn ngữ: nguồn thuật ngữ cho người dịch và từ đồng nghĩa cho tìm kiếm', 'The trilingual glossary: the terms translators use and the synonyms search understands'),
  'best-bets': D('Kết quả ưu tiên: trang đứng đầu khi tìm những từ khoá thường gặp', 'Best bets: the page shown first for common queries'),
};
