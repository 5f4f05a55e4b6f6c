/**
 * Every sentence the content check says to an editor, keyed by a message id, each with
 * its Vietnamese and English wording and typed parameters. Code that reports a problem
 * names the id (`say('doc.noFile', { file })`), never the sentence, so a wording is fixed
 * in one place and no language can be forgotten: the `Message` type requires both.
 *
 * Zod checks in the schemas take their English "expectation" text from here too
 * (`expected('slug')`); zod only carries a string, so `describeIssue` finds the
 * expectation again through a map built from this table.
 */
import type { z } from 'astro/zod';

/** A text in both languages of the check. */
export interface Said {
  en: string;
  vi: string;
}

/** A message: its wording in each language, from typed parameters. */
interface Message<P> {
  en: (p: P) => string;
  vi: (p: P) => string;
}

const m = <P = Record<string, never>>(en: (p: P) => string, vi: (p: P) => string): Message<P> => ({ en, vi });

/** A hostile file can hold thousands of values; name a few, count the rest. */
function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((v) => JSON.stringify(v).slice(0, 60));
  return values.length > 10 ? `${shown.join(', ')} … (+${values.length - 10})` : shown.join(', ');
}

const TYPE_NAMES: Record<'vi' | 'en', Record<string, string>> = {
  vi: { string: 'chuỗi văn bản', number: 'số', boolean: 'true hoặc false', array: 'danh sách', object: 'nhóm trường (object)', date: 'ngày' },
  en: { string: 'text', array: 'a list', object: 'a group of fields (object)' },
};
const typeName = (t: string, lang: 'vi' | 'en') => TYPE_NAMES[lang][t] ?? t;

/** What a value must look like, written into the schemas' zod checks (English) and shown to editors (both). */
const EXPECTATIONS = {
  slug: m(() => 'a slug: lower-case letters, digits and hyphens, e.g. "rcep-guide"', () => 'một mã định danh: chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "rcep-guide"'),
  viRequired: m(() => 'Vietnamese text is required', () => 'bắt buộc có nội dung tiếng Việt'),
  zhRequired: m(() => 'Chinese text is required', () => 'bắt buộc có nội dung tiếng Trung'),
  enRequired: m(() => 'English text is required', () => 'bắt buộc có nội dung tiếng Anh'),
  date: m(() => 'a date written as YYYY-MM-DD', () => 'một ngày viết dạng YYYY-MM-DD (năm-tháng-ngày)'),
  realDate: m(() => 'a real calendar date (YYYY-MM-DD)', () => 'một ngày có thật trên lịch (YYYY-MM-DD)'),
  partialDate: m(
    () => 'a date written as YYYY-MM-DD, or YYYY-MM when the day is not known, or YYYY-MM-DD? when the day is uncertain',
    () => 'một ngày viết dạng YYYY-MM-DD, hoặc YYYY-MM khi không biết ngày, hoặc YYYY-MM-DD? khi ngày chưa chắc chắn',
  ),
  realPartialDate: m(() => 'a real calendar date', () => 'một ngày có thật trên lịch'),
  country: m(() => 'an ISO 3166-1 alpha-2 country code such as "CN"', () => 'mã quốc gia ISO gồm 2 chữ in hoa, ví dụ "CN"'),
  entryRef: m(() => 'a reference written "collection/id", e.g. "policies/fdi-incentives"', () => 'một liên kết dạng "bộ-sưu-tập/mã", ví dụ "policies/fdi-incentives"'),
  docCode: m(() => '8 upper-case Crockford base32 characters (0-9, A-Z without I, L, O, U)', () => '8 ký tự Crockford base32 viết hoa (0-9, A-Z trừ I, L, O, U)'),
  sha256: m(() => '64 lower-case hexadecimal digits', () => '64 chữ số thập lục phân viết thường'),
  pdfName: m(() => 'a PDF file name such as "kh-627-2025.pdf"', () => 'tên tệp PDF, ví dụ "kh-627-2025.pdf"'),
  phoneDigits: m(() => 'a phone number of digits and spaces', () => 'số điện thoại gồm chữ số và dấu cách'),
  phone: m(() => 'a phone number', () => 'một số điện thoại'),
  email: m(() => 'an e-mail address', () => 'một địa chỉ thư điện tử'),
  wordOrPhrase: m(() => 'a word or phrase', () => 'một từ hoặc cụm từ'),
  oneLine: m(() => 'one line of text', () => 'một dòng chữ'),
  query: m(() => 'a query of at least two characters', () => 'một từ khoá dài ít nhất hai ký tự'),
  viQuery: m(() => 'at least one Vietnamese query', () => 'ít nhất một từ khoá tiếng Việt'),
} satisfies Record<string, Message<Record<string, never>>>;
export type ExpectationId = keyof typeof EXPECTATIONS;
export const EXPECTATION_IDS = Object.keys(EXPECTATIONS) as ExpectationId[];

/** How to keep "{" and "<" as text in MDX, appended to refusals of code and markup. */
const SHOW_AS_TEXT = {
  en: 'to show such characters as text, put them in backticks (`{x}`, `<tag>`) or escape them (\\{, \\<)',
  vi: 'để hiển thị các ký tự này như chữ, đặt trong dấu huyền (`{x}`, `<tag>`) hoặc viết thoát (\\{, \\<)',
} satisfies Said;

const WHY_BEFORE = {
  eventEnd: { en: ': an event cannot end before it starts', vi: ': sự kiện không thể kết thúc trước khi bắt đầu' },
  statusChange: { en: ': a status cannot change before the document exists', vi: ': trạng thái không thể thay đổi trước khi có văn bản' },
} satisfies Record<string, Said>;
const WHY_NOT_FUTURE = {
  documentIssued: { en: 'a document cannot be issued after the site is built; check the year', vi: 'văn bản không thể được ban hành sau ngày dựng trang; hãy kiểm tra năm' },
  progressReport: { en: 'a progress report cannot be dated after today', vi: 'báo cáo tiến độ không thể ghi ngày sau hôm nay' },
} satisfies Record<string, Said>;

export const MESSAGES = {
  // Issues zod reports, worded for editors.
  'field.missing': m<{ expected: string }>((p) => `required field is missing: expected ${typeName(p.expected, 'en')}`, (p) => `thiếu trường bắt buộc: cần ${typeName(p.expected, 'vi')}`),
  'field.missingExplained': m<{ accepts: Said; doc?: Said | undefined }>(
    (p) => `required field is missing: expected ${p.accepts.en}${p.doc ? ` (${p.doc.en})` : ''}`,
    (p) => `thiếu trường bắt buộc: cần ${p.accepts.vi}${p.doc ? ` (${p.doc.vi})` : ''}`,
  ),
  'field.wrongType': m<{ expected: string }>((p) => `wrong type: expected ${typeName(p.expected, 'en')}`, (p) => `sai kiểu dữ liệu: cần ${typeName(p.expected, 'vi')}`),
  'field.unknownValue': m<{ values: readonly unknown[] }>((p) => `unknown value: expected one of ${quoteList(p.values)}`, (p) => `giá trị không hợp lệ: chỉ được dùng một trong ${quoteList(p.values)}`),
  'field.unknownKeys': m<{ keys: readonly string[] }>(
    (p) => `unknown field(s) ${quoteList(p.keys)}: check the spelling or remove them`,
    (p) => `trường không được hỗ trợ ${quoteList(p.keys)}: kiểm tra chính tả hoặc xóa đi`,
  ),
  'field.tooFewItems': m<{ minimum: number | bigint }>((p) => `needs at least ${p.minimum} item(s)`, (p) => `cần ít nhất ${p.minimum} mục`),
  'field.tooShort': m<{ minimum: number | bigint }>((p) => `too short: at least ${p.minimum} character(s)`, (p) => `quá ngắn: cần ít nhất ${p.minimum} ký tự`),
  'field.tooSmall': m<{ minimum: number | bigint }>((p) => `must be at least ${p.minimum}`, (p) => `phải lớn hơn hoặc bằng ${p.minimum}`),
  'field.tooLongChars': m<{ maximum: number | bigint }>((p) => `too long: at most ${p.maximum} characters`, (p) => `quá dài: tối đa ${p.maximum} ký tự`),
  'field.tooManyItems': m<{ maximum: number | bigint }>((p) => `too many items: at most ${p.maximum}`, (p) => `quá nhiều mục: tối đa ${p.maximum}`),
  'field.tooLarge': m<{ maximum: number | bigint }>((p) => `too large: at most ${p.maximum}`, (p) => `quá lớn: tối đa ${p.maximum}`),
  'field.badFormat': m<{ expected: ExpectationId }>((p) => `expected ${EXPECTATIONS[p.expected].en({})}`, (p) => `cần ${EXPECTATIONS[p.expected].vi({})}`),
  'field.expectation': m<{ expected: ExpectationId }>((p) => EXPECTATIONS[p.expected].en({}), (p) => EXPECTATIONS[p.expected].vi({})),
  /** A message from a library rather than this project, passed on as it is. */
  'field.other': m<{ text: string }>((p) => p.text, (p) => p.text),
  'field.didYouMean': m<{ list: string }>((p) => ` (did you mean ${p.list}?)`, (p) => ` (có phải ý bạn là ${p.list}?)`),

  // Rules across the fields of one record (schemas).
  'date.before': m<{ later: string; a: string; earlier: string; b: string; why?: keyof typeof WHY_BEFORE | undefined }>(
    (p) => `${p.later} (${p.a}) is before ${p.earlier} (${p.b})${p.why ? WHY_BEFORE[p.why].en : ''}`,
    (p) => `${p.later} (${p.a}) sớm hơn ${p.earlier} (${p.b})${p.why ? WHY_BEFORE[p.why].vi : ''}`,
  ),
  'date.afterToday': m<{ field: string; value: string; today: string; why: keyof typeof WHY_NOT_FUTURE }>(
    (p) => `${p.field} (${p.value}) is after today (${p.today}): ${WHY_NOT_FUTURE[p.why].en}`,
    (p) => `${p.field} (${p.value}) muộn hơn hôm nay (${p.today}): ${WHY_NOT_FUTURE[p.why].vi}`,
  ),
  'doc.statusNeeds': m<{ status: string }>((p) => `required when status is "${p.status}"`, (p) => `bắt buộc khi trạng thái là "${p.status}"`),
  'doc.supersededNeedsCode': m(
    () => 'the code of the replacing document is required when status is "superseded"',
    () => 'cần mã của văn bản thay thế khi trạng thái là "superseded"',
  ),
  'doc.onlySupersededNamesReplacement': m(() => 'only a superseded document names its replacement', () => 'chỉ văn bản bị thay thế (superseded) mới ghi văn bản thay thế'),
  'doc.hashOrReason': m(
    () => 'required (or give noFileReason when the site holds no copy of the original)',
    () => 'bắt buộc (hoặc ghi noFileReason khi trang không lưu bản gốc)',
  ),
  'doc.publicNeedsFile': m(() => 'a public document with a hash must name its published PDF', () => 'văn bản công khai có mã băm phải ghi tên tệp PDF được đăng'),
  'doc.restrictedNoFile': m(() => 'a restricted document must not publish its file', () => 'văn bản hạn chế (restricted) không được đăng tệp'),
  'doc.supersededBySelf': m<{ code: string }>(
    (p) => `supersededBy (${p.code}) is the document's own code: name the code of the document that replaces it`,
    (p) => `supersededBy (${p.code}) là mã của chính văn bản này: hãy ghi mã của văn bản thay thế`,
  ),
  'ddci.rankBeyondRankOf': m<{ field: string; rank: number; rankOf: number }>(
    (p) => `${p.field} (${p.rank}) is larger than rankOf (${p.rankOf}), the number of departments ranked`,
    (p) => `${p.field} (${p.rank}) lớn hơn rankOf (${p.rankOf}), số sở ngành được xếp hạng`,
  ),
  'ddci.yearInFuture': m<{ year: number; thisYear: number }>(
    (p) => `year (${p.year}) is after the current year (${p.thisYear}): results cannot be published in advance`,
    (p) => `year (${p.year}) sau năm hiện tại (${p.thisYear}): kết quả không thể công bố trước`,
  ),
  'ddci.resultsYearAfterPlan': m<{ resultsYear: number; year: number }>(
    (p) => `resultsYear (${p.resultsYear}) is after year (${p.year}): a plan answers results already published`,
    (p) => `resultsYear (${p.resultsYear}) sau year (${p.year}): kế hoạch chỉ dựa trên kết quả đã công bố`,
  ),

  // Addresses in records and bodies (src/lib/safe-url.ts).
  'url.tooLong': m(() => 'the address is longer than 2000 characters', () => 'địa chỉ dài quá 2000 ký tự'),
  'url.empty': m(() => 'the address is empty', () => 'địa chỉ bị bỏ trống'),
  'url.hidden': m(
    () => 'the address contains spaces, control or invisible characters, which can hide what it really points to',
    () => 'địa chỉ chứa dấu cách, ký tự điều khiển hoặc ký tự vô hình, có thể che giấu nơi nó thực sự trỏ tới',
  ),
  'url.backslash': m(() => 'the address contains a backslash "\\", which browsers read as "/"', () => 'địa chỉ chứa dấu gạch chéo ngược "\\", trình duyệt đọc nó như "/"'),
  'url.protocolRelative': m(
    () => 'an address starting with "//" leads to another site (protocol-relative)',
    () => 'địa chỉ bắt đầu bằng "//" dẫn sang trang khác (không ghi giao thức)',
  ),
  'url.imageDotSegments': m(() => 'an image path must not contain "." or ".." segments', () => 'đường dẫn ảnh không được chứa đoạn "." hoặc ".."'),
  'url.httpsNoHost': m(() => 'an https address needs a host name after "https://"', () => 'địa chỉ https cần tên máy chủ sau "https://"'),
  'url.plainHttp': m(
    () => 'plain "http:" addresses are not accepted: the page they open can be altered on the way',
    () => 'không chấp nhận địa chỉ "http:": trang mở ra có thể bị sửa đổi trên đường truyền',
  ),
  'url.unknownScheme': m<{ url: string }>((p) => `"${p.url}" does not start with a known scheme`, (p) => `"${p.url}" không bắt đầu bằng giao thức hợp lệ`),
  'url.relative': m<{ url: string }>(
    (p) => `"${p.url}" is a relative path; a path on this site must start with "/"`,
    (p) => `"${p.url}" là đường dẫn tương đối; đường dẫn trong trang phải bắt đầu bằng "/"`,
  ),
  'url.imageNotSitePath': m(
    () => 'an image must be a file of this site written from the site root, e.g. "/images/cua-khau.jpg" (put the file in public/images/)',
    () => 'ảnh phải là tệp của trang, viết từ gốc trang, ví dụ "/images/cua-khau.jpg" (đặt tệp trong public/images/)',
  ),
  'url.imageExternal': m<{ scheme: string }>(
    (p) => `images come only from this site (no "${p.scheme}:" address): put the file in public/images/ and write "/images/…"`,
    (p) => `ảnh chỉ được lấy từ chính trang này (không dùng địa chỉ "${p.scheme}:"): đặt tệp trong public/images/ và viết "/images/…"`,
  ),
  'url.invalid': m<{ url: string }>((p) => `"${p.url}" is not a valid web address`, (p) => `"${p.url}" không phải địa chỉ web hợp lệ`),
  'url.notPublicHost': m<{ host: string }>((p) => `"${p.host}" is not a public host name`, (p) => `"${p.host}" không phải tên máy chủ công khai`),
  'url.schemeRefused': m<{ scheme: string }>(
    (p) => `the scheme "${p.scheme}:" is not allowed (it can run code or open local files)`,
    (p) => `không được dùng giao thức "${p.scheme}:" (có thể chạy mã hoặc mở tệp trên máy)`,
  ),
  /** Appended to the refusals above: what to write instead. */
  'url.fix': m(
    () => 'write a path on this site starting with "/" (e.g. "/policies/rcep/"), or an address starting with "https://", "mailto:" or "tel:"',
    () => 'hãy viết đường dẫn trong trang bắt đầu bằng "/" (ví dụ "/policies/rcep/"), hoặc địa chỉ bắt đầu bằng "https://", "mailto:" hoặc "tel:"',
  ),

  // Limits every file and text keeps (src/lib/content-check/limits.ts, invisible.ts).
  'limit.fileTooBig': m<{ size: string; limit: string }>(
    (p) => `the file is ${p.size}, more than the ${p.limit} a content file may have; split it or shorten it`,
    (p) => `tệp có ${p.size}, vượt quá giới hạn ${p.limit} của một tệp nội dung; hãy tách hoặc rút gọn`,
  ),
  'limit.tooDeep': m<{ depth: number }>(
    (p) => `nested more than ${p.depth} levels deep; no field of the site needs that many levels of lists or groups`,
    (p) => `lồng nhau sâu hơn ${p.depth} cấp; không trường nào của trang cần nhiều cấp danh sách hoặc nhóm như vậy`,
  ),
  'limit.textTooLong': m<{ length: number; limit: number; field?: string | undefined }>(
    (p) => `too long: ${p.length} characters, at most ${p.limit}${p.field ? ` for a ${p.field}` : ' for one text'}; shorten it${p.field === 'summary' ? ' (the full text belongs in the body)' : ''}`,
    (p) => `quá dài: ${p.length} ký tự, tối đa ${p.limit}${p.field ? ` cho trường ${p.field}` : ' cho một đoạn chữ'}; hãy rút gọn${p.field === 'summary' ? ' (nội dung đầy đủ đặt ở phần thân bài)' : ''}`,
  ),
  'text.invisible': m<{ name: string }>(
    (p) => `contains the invisible character ${p.name}, which can change what readers, search and links see; delete it (retype the text around it if you cannot find it)`,
    (p) => `chứa ký tự vô hình ${p.name}, có thể làm người đọc, tìm kiếm và liên kết thấy khác đi; hãy xóa nó (gõ lại đoạn chữ quanh đó nếu không tìm thấy)`,
  ),

  // The glossary's rules across files (src/lib/content-check/glossary.ts).
  'glossary.formTooShort': m<{ text: string }>(
    (p) => `"${p.text}" is too short for search to tell it from other words: write it with its context (e.g. "Form E", not "E")`,
    (p) => `"${p.text}" quá ngắn, tìm kiếm không phân biệt được với các từ khác: hãy viết kèm ngữ cảnh (ví dụ "mẫu E", không phải "E")`,
  ),
  'glossary.formTwice': m<{ text: string; term: string }>(
    (p) => `"${p.text}" is already a form of the glossary term "${p.term}": a form can belong to one term only, or search could not tell which term is meant`,
    (p) => `"${p.text}" đã là một cách viết của thuật ngữ "${p.term}": mỗi cách viết chỉ thuộc một thuật ngữ, nếu không tìm kiếm không biết người dùng muốn tìm gì`,
  ),
  'glossary.avoidPreferred': m<{ form: string; lang: string }>(
    (p) => `"${p.form}" is the preferred term (term.${p.lang}) and also a form to avoid; remove it from one of the two`,
    (p) => `"${p.form}" vừa là thuật ngữ chuẩn (term.${p.lang}) vừa nằm trong danh sách cần tránh; hãy xóa ở một trong hai chỗ`,
  ),
  'bestBet.unknownTarget': m<{ target: string; pages: readonly string[]; sections: readonly string[] }>(
    (p) => `"${p.target}" is no page of the site: write one of ${p.pages.join(', ')} or an entry "section/id" of ${p.sections.join(', ')}`,
    (p) => `"${p.target}" không phải một trang của trang web: hãy ghi một trong ${p.pages.join(', ')} hoặc một mục "mục/mã" thuộc ${p.sections.join(', ')}`,
  ),

  // The content tree and the records' rules across files (src/node/content-check/check.ts).
  'content.folderMissing': m(
    () => 'the content folder does not exist (set CONTENT_DIR or create it)',
    () => 'thư mục nội dung không tồn tại (đặt biến CONTENT_DIR hoặc tạo thư mục)',
  ),
  'file.badId': m<{ id: string | number }>(
    (p) => `the file name "${p.id}" is not a valid id: use lower-case letters without diacritics, digits and hyphens`,
    (p) => `tên tệp "${p.id}" không phải mã hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang`,
  ),
  'file.duplicateId': m<{ id: string | number; prev: string | number }>(
    (p) => `duplicate id "${p.id}": ${p.prev} already uses it; rename one of the files`,
    (p) => `trùng mã "${p.id}": tệp ${p.prev} đã dùng mã này; hãy đổi tên một trong hai tệp`,
  ),
  'file.orphanTranslation': m<{ dir: string | number; id: string | number }>(
    (p) => `translation without a Vietnamese original: create ${p.dir}/vi/${p.id}.mdx first (or fix the file name)`,
    (p) => `bản dịch không có bản gốc tiếng Việt: hãy tạo ${p.dir}/vi/${p.id}.mdx trước (hoặc sửa tên tệp)`,
  ),
  'doc.duplicateCode': m<{ code: string | number; file: string | number }>(
    (p) => `duplicate verification code ${p.code}: already used by ${p.file}; every document needs its own code (npm run register assigns one)`,
    (p) => `trùng mã xác thực ${p.code}: đã dùng cho ${p.file}; mỗi văn bản cần một mã riêng (lệnh npm run register tự cấp mã)`,
  ),
  'doc.fileMissing': m<{ file: string | number }>(
    (p) => `the published file documents/files/${p.file} does not exist`,
    (p) => `không tìm thấy tệp công bố documents/files/${p.file}`,
  ),
  'doc.hashMismatch': m<{ file: string | number; actual: string | number }>(
    (p) => `the hash does not match documents/files/${p.file} (file hashes to ${p.actual}); the file or the record was changed after registration`,
    (p) => `mã băm không khớp với tệp documents/files/${p.file} (tệp có mã băm ${p.actual}); tệp hoặc bản ghi đã bị thay đổi sau khi đăng ký`,
  ),
  'doc.unknownReplacement': m<{ supersededBy: string | number }>(
    (p) => `no registered document has the code ${p.supersededBy}`,
    (p) => `không có văn bản nào trong sổ đăng ký mang mã ${p.supersededBy}`,
  ),
  'doc.numberTwice': m<{ file: string | number; number: string | number; year: string | number }>(
    (p) => `${p.file} already has the number ${p.number} in ${p.year}: a number names one document per year; if this is the same document, keep one record`,
    (p) => `${p.file} đã mang số ${p.number} trong năm ${p.year}: mỗi số chỉ thuộc một văn bản trong năm; nếu là cùng một văn bản, chỉ giữ một bản ghi`,
  ),
  'ref.restricted': m<{ value: string | number; id: string | number }>(
    (p) => `"${p.value}" is a restricted document (documents/${p.id}.yaml): it is verifiable only at /v/<CODE>/ and no public page may name it; remove the reference`,
    (p) => `"${p.value}" là văn bản hạn chế (documents/${p.id}.yaml): chỉ xác thực được tại /v/<MÃ>/ và không trang công khai nào được nêu tên văn bản này; hãy bỏ tham chiếu`,
  ),
  'ref.unknownCollection': m<{ value: string | number; coll: string | number; known: string | number }>(
    (p) => `"${p.value}" names an unknown collection "${p.coll}"; known: ${p.known}`,
    (p) => `"${p.value}" chỉ đến bộ sưu tập không tồn tại "${p.coll}"; các bộ sưu tập: ${p.known}`,
  ),
  'doc.publishedFileTooBig': m<{ file: string; big: Said }>((p) => `documents/files/${p.file}: ${p.big.en}`, (p) => `documents/files/${p.file}: ${p.big.vi}`),
  'doc.unnamedFile': m<{ name: string }>(
    (p) => `no document record names this file, so it would not be published: add "file: ${p.name}" to its record (npm run register does this) or remove the file`,
    (p) => `không bản ghi văn bản nào ghi tệp này nên tệp sẽ không được công bố: thêm "file: ${p.name}" vào bản ghi của nó (lệnh npm run register tự làm việc này) hoặc xóa tệp`,
  ),
  'ref.unknownId': m<{ id: string; coll: string; hint: Said }>(
    (p) => `links to "${p.id}" but ${p.coll} has no entry with that id${p.hint.en}`,
    (p) => `liên kết đến "${p.id}" nhưng ${p.coll} không có mục nào mang mã này${p.hint.vi}`,
  ),

  // Documents cited in bodies with <DocRef> (src/lib/mdx/doc-ref.ts).
  'docref.unknownCode': m<{ code: string | number }>(
    (p) => `no registered document has the code "${p.code}"`,
    (p) => `không có văn bản nào trong sổ đăng ký mang mã "${p.code}"`,
  ),
  'docref.needsNumberOrCode': m(
    () => '<DocRef> needs number="…" (as printed on the document, e.g. "627/KH-SNgV") or code="…"',
    () => '<DocRef> cần có number="…" (số, ký hiệu như in trên văn bản, ví dụ "627/KH-SNgV") hoặc code="…"',
  ),
  'docref.unknownNumber': m<{ number: string | number; yearText: string | number }>(
    (p) => `no registered document has the number "${p.number}"${p.yearText}; register it first (content/documents/) or correct the number`,
    (p) => `không có văn bản nào trong sổ đăng ký mang số "${p.number}"${p.yearText}; hãy đăng ký văn bản trước (content/documents/) hoặc sửa lại số`,
  ),
  'docref.ambiguousNumber': m<{ number: string | number; list: string | number }>(
    (p) => `the number "${p.number}" belongs to several documents: ${p.list}; add year="…" or use code="…"`,
    (p) => `số "${p.number}" thuộc nhiều văn bản: ${p.list}; hãy thêm year="…" hoặc dùng code="…"`,
  ),

  // Files and folders the site would not read (src/node/content-check/layout.ts).
  'layout.yamlFolder': m<{ dir: string }>((p) => `${p.dir}/ holds one YAML record per entry: ${p.dir}/<id>.yaml`, (p) => `${p.dir}/ chứa mỗi mục một tệp YAML: ${p.dir}/<mã>.yaml`),
  'layout.mdxFolder': m<{ dir: string; folders: readonly string[] }>(
    (p) => `MDX files belong in ${p.folders.join(', ').replace(/, ([^,]*)$/, ' or $1')}: ${p.dir}/<language>/<id>.mdx; move this file into the folder of its language`,
    (p) => `tệp MDX phải nằm trong ${p.folders.join(', ').replace(/, ([^,]*)$/, ' hoặc $1')}: ${p.dir}/<ngôn ngữ>/<mã>.mdx; hãy chuyển tệp vào thư mục ngôn ngữ của nó`,
  ),
  'layout.localeFolder': m<{ dir: string; locale: string }>(
    (p) => `${p.dir}/${p.locale}/ holds one MDX file per entry: ${p.dir}/${p.locale}/<id>.mdx (no sub-folders)`,
    (p) => `${p.dir}/${p.locale}/ chứa mỗi mục một tệp MDX: ${p.dir}/${p.locale}/<mã>.mdx (không có thư mục con)`,
  ),
  'layout.filesFolder': m<{ dir: string; what: Said; example: string }>(
    (p) => `${p.dir}/ holds only ${p.what.en}, named in lower case, e.g. ${p.example}`,
    (p) => `${p.dir}/ chỉ chứa ${p.what.vi}, tên viết thường, ví dụ ${p.example}`,
  ),
  'layout.parentFolder': m<{ dir: string; folders: readonly string[] }>(
    (p) => `${p.dir === '' ? 'the content folder' : `${p.dir}/`} holds only the folders ${p.folders.join(', ')}`,
    (p) => `${p.dir === '' ? 'thư mục nội dung' : `${p.dir}/`} chỉ chứa các thư mục ${p.folders.join(', ')}`,
  ),
  'layout.hiddenFile': m(() => 'hidden files (name starting with ".") are not read', () => 'tệp ẩn (tên bắt đầu bằng ".") không được đọc'),
  'layout.backupFile': m(
    () => 'this looks like a backup or temporary copy, which is not read: delete it (the history is kept by version control)',
    () => 'tệp này có vẻ là bản sao lưu hoặc tạm, không được đọc: hãy xóa (lịch sử đã được lưu bởi hệ thống quản lý phiên bản)',
  ),
  'layout.markdownFile': m(() => 'Markdown (.md) files are not read here: rename it to .mdx', () => 'tệp Markdown (.md) không được đọc ở đây: hãy đổi đuôi thành .mdx'),
  'layout.extensionCase': m<{ ext: string }>((p) => `the extension must be written in lower case: ${p.ext}`, (p) => `đuôi tệp phải viết thường: ${p.ext}`),
  'layout.symlink': m(
    () => 'symbolic links are not followed in content: put the file itself here',
    () => 'không đi theo liên kết tượng trưng (symbolic link) trong nội dung: hãy đặt chính tệp vào đây',
  ),
  'layout.folderNotRead': m<{ expected: Said }>(
    (p) => `this folder is not read by the site, so nothing in it would be published; ${p.expected.en}`,
    (p) => `thư mục này không được trang đọc nên không gì trong đó được đăng; ${p.expected.vi}`,
  ),
  'layout.notOrdinaryFile': m(() => 'only ordinary files belong in content', () => 'nội dung chỉ chứa tệp thông thường'),
  'layout.fileNotRead': m<{ why?: Said | undefined; expected: Said }>(
    (p) => `this file is not read by the site${p.why ? `: ${p.why.en}` : ''}; ${p.expected.en}`,
    (p) => `tệp này không được trang đọc${p.why ? `: ${p.why.vi}` : ''}; ${p.expected.vi}`,
  ),

  // Reading files: encoding, YAML, front matter (src/node/content-check/read.ts).
  'yaml.unreadable': m(
    () => 'the YAML could not be read: it is nested too deeply or is not text',
    () => 'không đọc được YAML: lồng nhau quá sâu hoặc không phải văn bản',
  ),
  'yaml.unreadableDeep': m(
    () => 'the YAML could not be read: it is nested too deeply',
    () => 'không đọc được YAML: lồng nhau quá sâu',
  ),
  'yaml.tooDeep': m<{ depth: number }>(
    (p) => `nested too deeply to be read (more than ${p.depth} levels of lists or groups is never needed)`,
    (p) => `lồng nhau quá sâu, không đọc được (không trường nào cần quá ${p.depth} cấp danh sách hoặc nhóm)`,
  ),
  'yaml.invalid': m<{ reason: string }>(
    (p) => `not valid YAML: ${p.reason}`,
    (p) => `YAML không hợp lệ (kiểm tra thụt lề, dấu hai chấm, dấu nháy): ${p.reason}`,
  ),
  'yaml.duplicateKey': m<{ key: string }>(
    (p) => `not valid YAML: the key "${p.key}" appears twice in the same group; keep one`,
    (p) => `YAML không hợp lệ: khóa "${p.key}" xuất hiện hai lần trong cùng một nhóm; hãy giữ một`,
  ),
  'yaml.tag': m<{ tag: string | undefined }>(
    (p) => `YAML tags such as ${p.tag} are not accepted: write the value plainly (quote it if it must stay text)`,
    (p) => `không chấp nhận thẻ YAML như ${p.tag}: hãy viết giá trị bình thường (đặt trong dấu nháy nếu cần giữ là chữ)`,
  ),
  'yaml.alias': m(
    () => 'YAML aliases (*name) and anchors (&name) are not accepted: write each value out in full',
    () => 'không chấp nhận bí danh YAML (*tên) và neo (&tên): hãy viết đầy đủ từng giá trị',
  ),
  'file.notUtf8': m(
    () => 'the file is not UTF-8 text: save it as "UTF-8"',
    () => 'tệp không phải văn bản UTF-8: hãy lưu tệp dạng "UTF-8"',
  ),
  'file.bom': m(
    () => 'the file starts with an invisible byte-order mark (BOM): save it as "UTF-8" without BOM',
    () => 'tệp bắt đầu bằng ký tự vô hình BOM: hãy lưu tệp dạng "UTF-8" không có BOM',
  ),
  'file.noFrontMatter': m(
    () => 'the file must start with front matter between two lines of "---"',
    () => 'tệp phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng "---"',
  ),

  // The register log against the records (src/node/content-check/register-records.ts).
  'register.codeNotInLog': m<{ code: string; log: string }>(
    (p) => `the code ${p.code} is not in the register log (${p.log}): a code is handed out only by the command, never written by hand; run npm run register -- <file.pdf> --number "…" --type … --title "…" (or --no-file "reason") to register this document`,
    (p) => `mã ${p.code} không có trong sổ nhật ký (${p.log}): mã chỉ do lệnh cấp, không được tự viết; chạy npm run register -- <tệp.pdf> --number "…" --type … --title "…" (hoặc --no-file "lý do") để đăng ký văn bản này`,
  ),
  'register.codeWithdrawn': m<{ code: string | number }>(
    (p) => `the code ${p.code} was reserved and then withdrawn; it can never be used: run npm run register -- <file.pdf> … to get a new code`,
    (p) => `mã ${p.code} đã được giữ chỗ rồi hủy; mã này không bao giờ được dùng: chạy npm run register -- <tệp.pdf> … để được cấp mã mới`,
  ),
  'register.codeReserved': m<{ code: string | number }>(
    (p) => `the code ${p.code} is reserved for a document not yet signed; only the command may claim it: npm run register -- <signed.pdf> --code ${p.code} --number "…" --type … --title "…"`,
    (p) => `mã ${p.code} đang được giữ chỗ cho một văn bản chưa ký; chỉ lệnh mới được dùng mã này: npm run register -- <tệp-đã-ký.pdf> --code ${p.code} --number "…" --type … --title "…"`,
  ),
  'register.recordDeleted': m<{ code: string | number; number: string | number; issued: string | number }>(
    (p) => `the record of ${p.code} (number ${p.number}, issued ${p.issued}) was deleted; a registered document never leaves the register (its QR codes are printed): restore the record (git checkout content/documents/), and to withdraw the document run npm run register -- --revoke ${p.code} --reason "…"`,
    (p) => `bản ghi của mã ${p.code} (số ${p.number}, ngày ${p.issued}) đã bị xóa; văn bản đã đăng ký không bao giờ rời sổ (mã QR đã được in): hãy khôi phục bản ghi (git checkout content/documents/), và muốn thu hồi văn bản thì chạy npm run register -- --revoke ${p.code} --reason "…"`,
  ),
  'register.hashChanged': m<{ code: string; logged?: string | undefined; recorded?: string | undefined }>(
    (p) => `the register log holds sha256 ${p.logged ?? '(none)'} for ${p.code}, the record ${p.recorded ?? '(none)'}: a registered file never changes; register the new file (npm run register -- <new.pdf> …) and then npm run register -- --supersede ${p.code} --by <NEW-CODE>`,
    (p) => `sổ nhật ký ghi sha256 ${p.logged ?? '(không có)'} cho mã ${p.code}, bản ghi ghi ${p.recorded ?? '(không có)'}: tệp đã đăng ký không được thay đổi; hãy đăng ký tệp mới (npm run register -- <tệp-mới.pdf> …) rồi chạy npm run register -- --supersede ${p.code} --by <MÃ-MỚI>`,
  ),
  'register.identityChanged': m<{ field: 'number' | 'issued'; logged: string; recorded: string; code: string }>(
    (p) => `the register log records ${p.field} "${p.logged}" for ${p.code}, the record "${p.recorded}": the number and date registered with a code cannot change; restore "${p.logged}", or register the corrected document and run npm run register -- --supersede ${p.code} --by <NEW-CODE>`,
    (p) => `sổ nhật ký ghi ${p.field === 'number' ? 'số' : 'ngày ban hành'} "${p.logged}" cho mã ${p.code}, bản ghi ghi "${p.recorded}": số và ngày đã đăng ký với một mã không được sửa; hãy trả lại "${p.logged}", hoặc đăng ký văn bản đã sửa rồi chạy npm run register -- --supersede ${p.code} --by <MÃ-MỚI>`,
  ),
  'register.statusEditedUseCommand': m<{ code: string; cmd: string }>(
    (p) => `the status of ${p.code} was edited by hand: the register log says "valid"; a status changes only through the command, which also writes the record: ${p.cmd}`,
    (p) => `trạng thái của mã ${p.code} đã bị sửa tay: sổ nhật ký ghi "valid" (còn hiệu lực); trạng thái chỉ được đổi bằng lệnh (lệnh cũng tự sửa bản ghi): ${p.cmd}`,
  ),
  'register.statusEditedFinal': m<{ code: string; logged: string; file: string }>(
    (p) => `the status of ${p.code} was edited by hand: the register log says ${p.logged}; a status change cannot be undone or rewritten: restore the record's status fields (git checkout ${p.file})`,
    (p) => `trạng thái của mã ${p.code} đã bị sửa tay: sổ nhật ký ghi ${p.logged}; việc đổi trạng thái không thể hủy hay viết lại: hãy khôi phục các trường trạng thái của bản ghi (git checkout ${p.file})`,
  ),

  // The safe subset of MDX (src/lib/mdx/safe-subset.ts).
  'mdx.fragment': m(
    () => 'a JSX fragment <>…</> is not allowed in content; write the text without it',
    () => 'không được dùng đoạn JSX <>…</> trong nội dung; hãy viết nội dung không có nó',
  ),
  'mdx.spreadAttributes': m<{ name: string | number }>(
    (p) => `<${p.name}>: spread attributes {…} are not allowed; write each attribute as name="text"`,
    (p) => `<${p.name}>: không được dùng thuộc tính dạng {…}; hãy viết từng thuộc tính dạng tên="chữ"`,
  ),
  'mdx.eventAttribute': m<{ name: string | number }>(
    (p) => `the event attribute ${p.name}= is not allowed in content: pages run no code from content`,
    (p) => `không được dùng thuộc tính sự kiện ${p.name}= trong nội dung: trang không chạy mã từ nội dung`,
  ),
  'mdx.directive': m<{ name: string | number }>(
    (p) => `the directive ${p.name} is not allowed in content: it would insert raw HTML or run code`,
    (p) => `không được dùng chỉ thị ${p.name} trong nội dung: nó chèn HTML thô hoặc chạy mã`,
  ),
  'mdx.attributeNotText': m<{ name: string | number; attr: string | number }>(
    (p) => `<${p.name}> ${p.attr} must be written as text in quotes, ${p.attr}="…": {…} expressions run code and are not allowed in content`,
    (p) => `<${p.name}> ${p.attr} phải viết dạng chữ trong dấu nháy, ${p.attr}="…": biểu thức {…} chạy mã nên không được dùng trong nội dung`,
  ),
  'mdx.attributeValue': m<{ name: string; attr: string; value: string; allowed: string }>(
    (p) => `<${p.name}> ${p.attr}="${p.value}" is not one of ${p.allowed}`,
    (p) => `<${p.name}> ${p.attr}="${p.value}" phải là một trong ${p.allowed}`,
  ),
  'mdx.attributeInteger': m<{ name: string | number; attr: string | number }>(
    (p) => `<${p.name}> ${p.attr} must be a whole number, e.g. ${p.attr}="640"`,
    (p) => `<${p.name}> ${p.attr} phải là số nguyên, ví dụ ${p.attr}="640"`,
  ),
  'mdx.tooDeep': m<{ depth: string | number }>(
    (p) => `nested more than ${p.depth} levels deep (components, lists, quotes): simplify the structure`,
    (p) => `lồng nhau quá ${p.depth} cấp (thành phần, danh sách, trích dẫn): hãy đơn giản hóa cấu trúc`,
  ),
  'mdx.importExport': m(
    () => 'import and export are not allowed in content: they run code on the machine that builds the site; the components (<Callout>, <DocRef>, <Steps>, <Figure>, <Table>) need no import',
    () => 'không được dùng import và export trong nội dung: chúng chạy mã trên máy dựng trang; các thành phần (<Callout>, <DocRef>, <Steps>, <Figure>, <Table>) không cần import',
  ),
  'mdx.unknownNode': m<{ type: string | number }>(
    (p) => `"${p.type}" is not allowed in an article body; use Markdown or a component`,
    (p) => `không được dùng "${p.type}" trong nội dung bài viết; hãy dùng Markdown hoặc một thành phần`,
  ),
  'mdx.quotesTooDeep': m(
    () => 'block quotes nested more than 20 levels deep: write the text without so many ">"',
    () => 'trích dẫn lồng nhau quá 20 cấp: hãy viết lại, bớt các dấu ">"',
  ),
  'mdx.invalid': m<{ text: string | number }>(
    (p) => `not valid MDX: ${p.text}. A "<" or "{" meant as text must be escaped (\\<, \\{) or put in backticks`,
    (p) => `MDX không hợp lệ: ${p.text}. Dấu "<" hoặc "{" dùng như chữ phải viết thoát (\\<, \\{) hoặc đặt trong dấu huyền`,
  ),
  'mdx.badAddress': m<{ verdict: Said; shown: string }>((p) => `${p.verdict.en} (found "${p.shown}")`, (p) => `${p.verdict.vi} (đang ghi "${p.shown}")`),
  'mdx.unknownComponent': m<{ name: string; hit?: string | undefined; list: string }>(
    (p) => `unknown component <${p.name}>${p.hit ? ` (did you mean <${p.hit}>?)` : ''}; available: ${p.list}`,
    (p) => `không có thành phần <${p.name}>${p.hit ? ` (có phải ý bạn là <${p.hit}>?)` : ''}; các thành phần dùng được: ${p.list}`,
  ),
  'mdx.elementNotAllowed': m<{ name: string; components: string }>(
    (p) => `the element <${p.name}> is not allowed in content: pages run and load nothing from content; use Markdown or a component (${p.components}); ${SHOW_AS_TEXT.en}`,
    (p) => `không được dùng thẻ <${p.name}> trong nội dung: trang không chạy và không tải gì từ nội dung; hãy dùng Markdown hoặc một thành phần (${p.components}); ${SHOW_AS_TEXT.vi}`,
  ),
  'mdx.unknownAttribute': m<{ name: string; attr: string; hit?: string | undefined; known: readonly string[] }>(
    (p) => `<${p.name}> has no attribute ${p.attr}${p.hit ? ` (did you mean ${p.hit}?)` : ''}; ${p.known.length ? `allowed: ${p.known.join(', ')}` : 'it takes none'}`,
    (p) => `<${p.name}> không có thuộc tính ${p.attr}${p.hit ? ` (có phải ý bạn là ${p.hit}?)` : ''}; ${p.known.length ? `được dùng: ${p.known.join(', ')}` : 'thành phần này không nhận thuộc tính nào'}`,
  ),
  'mdx.attributeRequired': m<{ name: string; attr: string }>(
    (p) => `<${p.name}> needs ${p.attr}="…"${p.attr === 'alt' ? ': a short description of the image for people who cannot see it' : ''}`,
    (p) => `<${p.name}> cần có ${p.attr}="…"${p.attr === 'alt' ? ': mô tả ngắn nội dung ảnh cho người không xem được ảnh' : ''}`,
  ),
  'mdx.expression': m<{ code: string }>(
    (p) => `the expression {${p.code}} is not allowed in content: {…} runs code when the site is built; only comments {/* … */} are allowed; ${SHOW_AS_TEXT.en}`,
    (p) => `không được dùng biểu thức {${p.code}} trong nội dung: {…} chạy mã khi dựng trang; chỉ được dùng ghi chú {/* … */}; ${SHOW_AS_TEXT.vi}`,
  ),

  // DDCI rules across files (src/lib/ddci/check.ts).
  'ddci.comparedWithLater': m<{ comparedWith: string | null; framework: string | number }>(
    (p) => `compares with "${p.comparedWith}" of framework ${p.framework}; it must be an indicator of an earlier framework`,
    (p) => `so sánh với "${p.comparedWith}" thuộc bộ chỉ số ${p.framework}; phải là chỉ số của bộ chỉ số trước đó`,
  ),
  'ddci.resultsFileName': m<{ year: string | number }>(
    (p) => `the file of year ${p.year} must be named ${p.year}.yaml`,
    (p) => `tệp của năm ${p.year} phải đặt tên ${p.year}.yaml`,
  ),
  'ddci.overallRankBeyond': m<{ rank: string | number; rankOf: string | number }>(
    (p) => `rank ${p.rank} is beyond rankOf ${p.rankOf}`,
    (p) => `thứ hạng ${p.rank} vượt quá số đơn vị được xếp hạng (${p.rankOf})`,
  ),
  'ddci.resultFramework': m<{ indicator: string | number; framework: string | number; year: string | number; yearFramework: string | number }>(
    (p) => `"${p.indicator}" belongs to framework ${p.framework}, but year ${p.year} uses framework ${p.yearFramework}`,
    (p) => `"${p.indicator}" thuộc bộ chỉ số ${p.framework}, nhưng năm ${p.year} dùng bộ chỉ số ${p.yearFramework}`,
  ),
  'ddci.indicatorTwice': m<{ indicator: string | number; year: string | number }>(
    (p) => `"${p.indicator}" is listed twice for ${p.year}`,
    (p) => `"${p.indicator}" được ghi hai lần trong năm ${p.year}`,
  ),
  'ddci.indicatorRankBeyond': m<{ rank: string | number; rankOf: string | number }>(
    (p) => `rank ${p.rank} is beyond rankOf ${p.rankOf}`,
    (p) => `thứ hạng ${p.rank} vượt quá số đơn vị được xếp hạng (${p.rankOf})`,
  ),
  'ddci.nullNeedsNote': m(
    () => 'a figure recorded as null needs a note saying why (illegible, not given…)',
    () => 'số liệu ghi là null cần có ghi chú nêu lý do (không đọc được, không có trong nguồn…)',
  ),
  'ddci.changeWithoutBaseline': m<{ previousYear: string | number }>(
    (p) => `a change is stated but there is no ${p.previousYear} result to compare with (add it, or check comparedWith of the indicator)`,
    (p) => `có ghi mức thay đổi nhưng không có kết quả năm ${p.previousYear} để so sánh (hãy bổ sung, hoặc kiểm tra comparedWith của chỉ số)`,
  ),
  'ddci.changeDisagrees': m<{ stated: string | number; computed: string | number; year: string | number; score: number | null; base: string }>(
    (p) => `the source states ${p.stated} but the scores give ${p.computed} (${p.year} ${p.score} − ${p.base}); check both scores against the source`,
    (p) => `nguồn ghi ${p.stated} nhưng các điểm số cho ra ${p.computed} (${p.year} ${p.score} − ${p.base}); hãy đối chiếu lại cả hai điểm số với văn bản gốc`,
  ),
  'ddci.rankChangeDisagrees': m<{ stated: string | number; computed: string | number; prev: string | number; now: string | number }>(
    (p) => `states ${p.stated} places but the ranks give ${p.computed} (${p.prev} → ${p.now})`,
    (p) => `ghi thay đổi ${p.stated} bậc nhưng thứ hạng cho ra ${p.computed} (${p.prev} → ${p.now})`,
  ),
  'ddci.planFileName': m<{ year: string | number }>(
    (p) => `the plan for ${p.year} must be named ${p.year}.yaml`,
    (p) => `kế hoạch năm ${p.year} phải đặt tên ${p.year}.yaml`,
  ),
  'ddci.taskFileName': m<{ number: string | number; plan: string | number; expected: string | number }>(
    (p) => `task ${p.number} of the ${p.plan} plan must be named ${p.expected}.yaml`,
    (p) => `nhiệm vụ ${p.number} của kế hoạch năm ${p.plan} phải đặt tên ${p.expected}.yaml`,
  ),
  'ddci.taskWithoutPlan': m<{ plan: string | number }>(
    (p) => `there is no plan for ${p.plan}: create ddci/plans/${p.plan}.yaml first`,
    (p) => `chưa có kế hoạch năm ${p.plan}: hãy tạo ddci/plans/${p.plan}.yaml trước`,
  ),
  'ddci.taskFramework': m<{ indicator: string | number; framework: string | number; plan: string | number; planFramework: string | number }>(
    (p) => `"${p.indicator}" belongs to framework ${p.framework}, but the ${p.plan} plan addresses framework ${p.planFramework}`,
    (p) => `"${p.indicator}" thuộc bộ chỉ số ${p.framework}, nhưng kế hoạch năm ${p.plan} dùng bộ chỉ số ${p.planFramework}`,
  ),
  'ddci.taskSource': m<{ planSource: string | number; taskSource: string | number }>(
    (p) => `the task comes from the plan document "${p.planSource}", not "${p.taskSource}"`,
    (p) => `nhiệm vụ thuộc văn bản kế hoạch "${p.planSource}", không phải "${p.taskSource}"`,
  ),
  'mdx.layout': m(
    () => 'a layout is not chosen by content: remove the field (the site applies its own layout)',
    () => 'nội dung không được chọn bố cục (layout): hãy xóa trường này (trang tự áp dụng bố cục của mình)',
  ),

  // The register log's chain and events (src/node/register-log.ts).
  'log.notJson': m(
    () => 'this line is not one JSON object; the register log is written only by npm run register: restore the file from version control (git checkout) instead of editing it',
    () => 'dòng này không phải một đối tượng JSON; sổ nhật ký chỉ do lệnh npm run register ghi: hãy khôi phục tệp từ kho mã (git checkout) thay vì sửa tay',
  ),
  'log.seq': m<{ expected: string | number; found: string | number }>(
    (p) => `expected seq ${p.expected} here, found ${p.found}: an event was removed, added or moved`,
    (p) => `cần seq ${p.expected} ở đây nhưng thấy ${p.found}: có sự kiện đã bị xóa, thêm hoặc đổi chỗ`,
  ),
  'log.prev': m<{ previous: string | number }>(
    (p) => `prev does not match the hash of event ${p.previous}: the chain is broken`,
    (p) => `prev không khớp với mã băm của sự kiện ${p.previous}: chuỗi đã bị phá vỡ`,
  ),
  'log.hash': m(
    () => 'the hash does not match the event: the event was changed after it was written',
    () => 'mã băm không khớp với nội dung sự kiện: sự kiện đã bị sửa sau khi ghi',
  ),
  'log.at': m(
    () => '"at" must be an ISO date-time',
    () => '"at" phải là ngày giờ theo ISO 8601',
  ),
  'log.code': m(
    () => 'not a verification code',
    () => 'không phải mã xác thực',
  ),
  'log.unknownEvent': m<{ event: string | number }>(
    (p) => `unknown event "${p.event}"`,
    (p) => `loại sự kiện không xác định "${p.event}"`,
  ),
  'log.extraField': m<{ event: string | number; field: string }>(
    (p) => `a "${p.event}" event has no field "${p.field}"`,
    (p) => `sự kiện "${p.event}" không có trường "${p.field}"`,
  ),
  'log.reservedTwice': m<{ code: string | number }>(
    (p) => `${p.code} already appears earlier in the log; a code is reserved only once`,
    (p) => `mã ${p.code} đã có trong sổ trước đó; một mã chỉ được giữ chỗ một lần`,
  ),
  'log.notOpenReservation': m<{ code: string | number }>(
    (p) => `${p.code} is not a reservation still open`,
    (p) => `mã ${p.code} không phải mã giữ chỗ còn hiệu lực`,
  ),
  'log.issuedTwice': m<{ code: string | number }>(
    (p) => `${p.code} cannot be issued here: it was issued or withdrawn before`,
    (p) => `không thể cấp mã ${p.code} ở đây: mã đã được cấp hoặc đã hủy giữ chỗ`,
  ),
  'log.sha256': m(
    () => 'sha256 must be 64 lower-case hex digits or null',
    () => 'sha256 phải là 64 chữ số thập lục phân viết thường hoặc null',
  ),
  'log.numberMissing': m(
    () => 'the document number is missing',
    () => 'thiếu số văn bản',
  ),
  'log.issuedDate': m(
    () => 'the issue date must be YYYY-MM-DD (or YYYY-MM, YYYY-MM-DD?)',
    () => 'ngày ban hành phải có dạng YYYY-MM-DD (hoặc YYYY-MM, YYYY-MM-DD?)',
  ),
  'log.correctNotIssued': m<{ code: string | number }>(
    (p) => `${p.code} was never issued, so there is nothing to correct`,
    (p) => `mã ${p.code} chưa từng được cấp nên không có gì để đính chính`,
  ),
  'log.correctedDate': m(
    () => 'the corrected issue date must be YYYY-MM-DD, YYYY-MM or YYYY-MM-DD?',
    () => 'ngày ban hành đính chính phải có dạng YYYY-MM-DD, YYYY-MM hoặc YYYY-MM-DD?',
  ),
  'log.correctionSameDate': m(
    () => 'a correction must change the date',
    () => 'đính chính phải thay đổi ngày',
  ),
  'log.statusNotIssued': m<{ code: string | number }>(
    (p) => `${p.code} was never issued, so its status cannot change`,
    (p) => `mã ${p.code} chưa từng được cấp nên không thể đổi trạng thái`,
  ),
  'log.statusAlready': m<{ code: string | number; status: string | number }>(
    (p) => `${p.code} is already ${p.status}`,
    (p) => `mã ${p.code} đã ở trạng thái ${p.status}`,
  ),
  'log.date': m(
    () => 'the date must be YYYY-MM-DD',
    () => 'ngày phải có dạng YYYY-MM-DD',
  ),
  'log.supersededBy': m(
    () => 'supersededBy must be the code of another document issued earlier in the log',
    () => 'supersededBy phải là mã của một văn bản khác đã được cấp trước đó trong sổ',
  ),
  'log.reason': m(() => 'the reason must be { vi, zh?, en? } with a Vietnamese text', () => 'lý do phải có dạng { vi, zh?, en? } với nội dung tiếng Việt'),
  /** Appended to every problem of the log's chain: how to repair it. */
  'log.fix': m(
    () => 'the register log is written only by npm run register and is never edited: restore it from version control (git checkout content/documents/register-log.jsonl) and make the change with the command',
    () => 'sổ nhật ký chỉ do lệnh npm run register ghi và không bao giờ được sửa tay: hãy khôi phục tệp từ kho mã (git checkout content/documents/register-log.jsonl) rồi thực hiện thay đổi bằng lệnh',
  ),

  // The register command's refusals (src/node/register.ts).
  'cmd.fileNotFound': m<{ file: string | number }>(
    (p) => `file not found: ${p.file}`,
    (p) => `không tìm thấy tệp ${p.file}`,
  ),
  'cmd.notPdf': m<{ file: string | number }>(
    (p) => `${p.file} is not a PDF file (a PDF starts with "%PDF-")`,
    (p) => `${p.file} không phải tệp PDF (tệp PDF bắt đầu bằng "%PDF-")`,
  ),
  'cmd.badId': m<{ id: string | number }>(
    (p) => `--id "${p.id}" is not valid: a record id is a file name in documents/, made of lower-case letters, digits and hyphens (e.g. 15-gm-sngv-2026), never a path`,
    (p) => `--id "${p.id}" không hợp lệ: mã bản ghi là tên tệp trong documents/, chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ 15-gm-sngv-2026), không phải đường dẫn`,
  ),
  'cmd.notACode': m<{ code: string | number }>(
    (p) => `"${p.code}" is not a verification code`,
    (p) => `"${p.code}" không phải mã xác thực`,
  ),
  'cmd.notOpenReservation': m<{ code: string | number }>(
    (p) => `${p.code} is not an open reservation (it was used, withdrawn, or never reserved)`,
    (p) => `mã ${p.code} không phải mã giữ chỗ còn để trống (đã được dùng, đã hủy, hoặc chưa từng được giữ chỗ)`,
  ),
  'cmd.fileAndNoFile': m(
    () => 'give either a PDF file or --no-file, not both',
    () => 'chỉ dùng một trong hai: tệp PDF hoặc --no-file',
  ),
  'cmd.fileMissing': m(
    () => 'the path of the PDF file is missing (or --no-file "reason" when there is no original)',
    () => 'thiếu đường dẫn tệp PDF (hoặc --no-file "lý do" khi không có bản gốc)',
  ),
  'cmd.fileRegisteredBefore': m<{ code: string | number; number: string | number }>(
    (p) => `this file was registered before with code ${p.code} (number ${p.number}) but its record is no longer in documents/; restore the record (git checkout content/documents/) instead of registering again`,
    (p) => `tệp này đã được đăng ký với mã ${p.code} (số ${p.number}) nhưng bản ghi không còn trong documents/; hãy khôi phục bản ghi (git checkout content/documents/) thay vì đăng ký lại`,
  ),
  'cmd.numberTaken': m<{ number: string | number; year: string | number; which: string | number }>(
    (p) => `the number ${p.number} of ${p.year} is already registered (${p.which}); a number names one document per year`,
    (p) => `số ${p.number} năm ${p.year} đã được đăng ký (${p.which}); mỗi số chỉ thuộc một văn bản trong năm`,
  ),
  'cmd.noDefaultsFrom': m(
    () => 'no registered document to take the unit and signer from: add --unit <unit id> --signer "Full name" --position "Position"',
    () => 'chưa có văn bản nào để lấy đơn vị và người ký mặc định: hãy thêm --unit <mã đơn vị> --signer "Họ tên" --position "Chức vụ"',
  ),
  'cmd.unknownUnit': m<{ unit: string | number }>(
    (p) => `there is no unit "${p.unit}" in units/`,
    (p) => `không có đơn vị "${p.unit}" trong units/`,
  ),
  'cmd.recordExists': m<{ id: string | number }>(
    (p) => `documents/${p.id}.yaml already exists`,
    (p) => `đã có bản ghi documents/${p.id}.yaml`,
  ),
  'cmd.fileExists': m<{ dir: string; fileName: string }>(
    (p) => `${p.dir}/${p.fileName} already exists`,
    (p) => `tệp ${p.dir}/${p.fileName} đã tồn tại`,
  ),
  'cmd.notFreeReservedCode': m<{ code: string | number }>(
    (p) => `${p.code} is not a free reserved code (npm run register -- --reserve hands one out)`,
    (p) => `mã ${p.code} không phải mã đã giữ chỗ còn trống (lệnh npm run register -- --reserve cấp mã giữ chỗ)`,
  ),
  'cmd.badDate': m<{ date: string | number }>(
    (p) => `--date "${p.date}" is not a date written YYYY-MM-DD`,
    (p) => `--date "${p.date}" không phải ngày dạng YYYY-MM-DD`,
  ),
  'cmd.reasonMissing': m(
    () => 'missing --reason (why the document is revoked, in Vietnamese)',
    () => 'thiếu --reason (lý do thu hồi, tiếng Việt)',
  ),
  'cmd.neverIssued': m<{ code: string | number }>(
    (p) => `${p.code} was never issued to a document (only a registered document has a status)`,
    (p) => `mã ${p.code} chưa được cấp cho văn bản nào (chỉ văn bản đã đăng ký mới đổi được trạng thái)`,
  ),
  'cmd.statusAlreadyChanged': m<{ code: string; status: string; statusDate: string | undefined }>(
    (p) => `the document ${p.code} is already "${p.status}" since ${p.statusDate}; a status changes only once`,
    (p) => `văn bản mã ${p.code} đã ở trạng thái "${p.status}" từ ${p.statusDate}; trạng thái chỉ đổi được một lần`,
  ),
  'cmd.dateBeforeIssue': m<{ date: string | number; issued: string | number }>(
    (p) => `the date ${p.date} is before the issue date ${p.issued}`,
    (p) => `ngày ${p.date} trước ngày ban hành ${p.issued}`,
  ),
  'cmd.noRecordForCode': m<{ code: string | number }>(
    (p) => `no record in documents/ has the code ${p.code}; restore it first (git checkout content/documents/)`,
    (p) => `không tìm thấy bản ghi của mã ${p.code} trong documents/; hãy khôi phục bản ghi trước (git checkout content/documents/)`,
  ),
  'cmd.badReplacement': m<{ by: string | number }>(
    (p) => `--by ${p.by}: give the code of another registered document (register the replacing document first)`,
    (p) => `--by ${p.by}: cần mã của một văn bản khác đã đăng ký (đăng ký văn bản thay thế trước)`,
  ),
  'cmd.logBroken': m<{ where: string; problem: Said }>(
    (p) => `the register log is broken, nothing was written: ${p.where}: ${p.problem.en}`,
    (p) => `sổ nhật ký có lỗi, chưa ghi gì: ${p.where}: ${p.problem.vi}`,
  ),
  'cmd.invalidRecord': m<{ lines: readonly ({ field: string } & Said)[] }>(
    (p) => p.lines.map((l) => `${l.field}: ${l.en}`).join('; '),
    (p) => p.lines.map((l) => `${l.field}: ${l.vi}`).join('; '),
  ),

  // The refusals of npm run new (src/node/editors/new-entry.ts).
  'new.usage': m<{ list: string }>(
    (p) => `usage: npm run new -- <collection> <id>, e.g. npm run new -- policies logistics-support. Collections: ${p.list}`,
    (p) => `cách dùng: npm run new -- <bộ-sưu-tập> <mã>, ví dụ npm run new -- policies ho-tro-logistics. Các bộ sưu tập: ${p.list}`,
  ),
  'new.unknownCollection': m<{ collection: string; hint?: string | undefined; list: string }>(
    (p) => `there is no collection "${p.collection}"${p.hint ? ` (did you mean "${p.hint}"?)` : ''}. Collections: ${p.list}`,
    (p) => `không có bộ sưu tập "${p.collection}"${p.hint ? ` (có phải ý bạn là "${p.hint}"?)` : ''}. Các bộ sưu tập: ${p.list}`,
  ),
  'new.documentsUseRegister': m(
    () => 'documents are registered with npm run register -- <file.pdf> --number "…" --type … --title "…" (or --no-file "reason" when there is no original): the command hands out the verification code and writes the register log; nothing was written.',
    () => 'văn bản được đăng ký bằng lệnh npm run register -- <tệp.pdf> --number "…" --type … --title "…" (hoặc --no-file "lý do" khi không có bản gốc): lệnh cấp mã xác thực và ghi sổ nhật ký; chưa ghi tệp nào.',
  ),
  'new.badId': m<{ id: string; example?: string | undefined }>(
    (p) => `"${p.id}" is not a valid id: it becomes part of the page address, so use lower-case letters without diacritics, digits and hyphens.${p.example ? ` For example: ${p.example}` : ''}`,
    (p) => `mã "${p.id}" không hợp lệ: mã là một phần của địa chỉ trang, chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang.${p.example ? ` Ví dụ: ${p.example}` : ''}`,
  ),
  'new.idBreaksRule': m<{ id: string; rule: Said }>((p) => `"${p.id}" is not a valid id: ${p.rule.en}.`, (p) => `mã "${p.id}" không hợp lệ: ${p.rule.vi}.`),
  'new.idTaken': m<{ id: string; collection: string; files: readonly string[] }>(
    (p) => `the id "${p.id}" already exists in ${p.collection}: ${p.files.join(', ')}. Open that file to edit it, or choose another id.`,
    (p) => `mã "${p.id}" đã có trong ${p.collection}: ${p.files.join(', ')}. Hãy mở tệp đó để sửa, hoặc chọn mã khác.`,
  ),
  'new.noUnitYet': m(
    () => 'there is no unit in content/units/ yet: create one first (npm run new -- units unit-name).',
    () => 'chưa có đơn vị nào trong content/units/: hãy tạo đơn vị trước (npm run new -- units ten-don-vi).',
  ),
  'new.wouldNotPass': m(
    () => 'the new entry would not pass the check, for the reasons below; nothing was written. Fix what they say (or tell the web team) and run the command again.',
    () => 'mục mới chưa qua được bước kiểm tra vì các lỗi dưới đây; chưa ghi tệp nào. Sửa theo thông báo (hoặc báo nhóm kỹ thuật) rồi chạy lại.',
  ),
} satisfies Record<string, Message<never>>;

export type MessageId = keyof typeof MESSAGES;
type ParamsOf<K extends MessageId> = (typeof MESSAGES)[K] extends Message<infer P> ? P : never;

/** A message said in both languages, with its id (kept on the problem for tools and tests). */
export interface Saying extends Said {
  id: MessageId;
}

/** The wording of a message in both languages. */
export function say<K extends MessageId>(id: K, ...[params]: ParamsOf<K> extends Record<string, never> ? [] : [ParamsOf<K>]): Saying {
  const msg = MESSAGES[id] as unknown as Message<ParamsOf<K> | Record<string, never>>;
  const p = params ?? {};
  return { id, en: msg.en(p), vi: msg.vi(p) };
}

/** The English expectation text a zod check carries (`.regex(re, expected('slug'))`). */
export function expected(id: ExpectationId): string {
  return EXPECTATIONS[id].en({});
}

// zod keeps only the text of a check's message; the expectation is found again by it.
const EXPECTATION_BY_TEXT = new Map(EXPECTATION_IDS.map((id) => [expected(id), id]));

/** Params of a custom zod issue raised by a cross-field rule (schemas/common.ts, contradiction()). */
export interface RuleParams {
  said: Saying;
}

/** A zod issue in words an editor can act on, in both languages. */
export function describeIssue(issue: z.core.$ZodIssue): Saying {
  switch (issue.code) {
    case 'invalid_type':
      return (issue as { input?: unknown }).input === undefined ? say('field.missing', { expected: issue.expected }) : say('field.wrongType', { expected: issue.expected });
    case 'invalid_value':
      return say('field.unknownValue', { values: issue.values });
    case 'unrecognized_keys':
      return say('field.unknownKeys', { keys: issue.keys });
    case 'too_small':
      if (issue.origin === 'array') return say('field.tooFewItems', { minimum: issue.minimum });
      return issue.origin === 'string' ? say('field.tooShort', { minimum: issue.minimum }) : say('field.tooSmall', { minimum: issue.minimum });
    case 'too_big':
      if (issue.origin === 'string') return say('field.tooLongChars', { maximum: issue.maximum });
      return issue.origin === 'array' ? say('field.tooManyItems', { maximum: issue.maximum }) : say('field.tooLarge', { maximum: issue.maximum });
    default: {
      // Cross-field rules carry their message (schemas/common.ts, contradiction()).
      const said = issue.code === 'custom' ? (issue as { params?: Partial<RuleParams> }).params?.said : undefined;
      if (said) return said;
      const known = EXPECTATION_BY_TEXT.get(issue.message);
      if (known) return issue.code === 'invalid_format' ? say('field.badFormat', { expected: known }) : say('field.expectation', { expected: known });
      // A message from a library (not written by this project): shown as it is in both languages.
      return say('field.other', { text: issue.message });
    }
  }
}
