/**
 * Turns zod issues into sentences an editor can act on, in both languages.
 * Custom messages written in the schemas are English "expectation" phrases; their
 * Vietnamese wording lives here so schemas stay readable.
 */
import type { z } from 'astro/zod';

const VI_EXPECTATIONS: Record<string, string> = {
  'a slug: lower-case letters, digits and hyphens, e.g. "rcep-guide"':
    'một mã định danh: chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "rcep-guide"',
  'Vietnamese text is required': 'bắt buộc có nội dung tiếng Việt',
  'a date written as YYYY-MM-DD': 'một ngày viết dạng YYYY-MM-DD (năm-tháng-ngày)',
  'a real calendar date (YYYY-MM-DD)': 'một ngày có thật trên lịch (YYYY-MM-DD)',
  'an ISO 3166-1 alpha-2 country code such as "CN"': 'mã quốc gia ISO gồm 2 chữ in hoa, ví dụ "CN"',
  'a reference written "collection/id", e.g. "policies/fdi-incentives"':
    'một liên kết dạng "bộ-sưu-tập/mã", ví dụ "policies/fdi-incentives"',
  '8 upper-case Crockford base32 characters (0-9, A-Z without I, L, O, U)':
    '8 ký tự Crockford base32 viết hoa (0-9, A-Z trừ I, L, O, U)',
  '64 lower-case hexadecimal digits': '64 chữ số thập lục phân viết thường',
  'a PDF file name such as "kh-627-2025.pdf"': 'tên tệp PDF, ví dụ "kh-627-2025.pdf"',
  'a phone number of digits and spaces': 'số điện thoại gồm chữ số và dấu cách',
  'a phone number': 'một số điện thoại',
  'an e-mail address': 'một địa chỉ thư điện tử',
  'the code of the replacing document is required when status is "superseded"':
    'cần mã của văn bản thay thế khi trạng thái là "superseded"',
  'only a superseded document names its replacement': 'chỉ văn bản bị thay thế (superseded) mới ghi văn bản thay thế',
  'required (or give noFileReason when the site holds no copy of the original)':
    'bắt buộc (hoặc ghi noFileReason khi trang không lưu bản gốc)',
  'a public document with a hash must name its published PDF': 'văn bản công khai có mã băm phải ghi tên tệp PDF được đăng',
  'a restricted document must not publish its file': 'văn bản hạn chế (restricted) không được đăng tệp',
};

function quoteList(values: readonly unknown[]): string {
  // A hostile file can hold thousands of unknown keys; name a few, count the rest.
  const shown = values.slice(0, 10).map((v) => JSON.stringify(v).slice(0, 60));
  return values.length > 10 ? `${shown.join(', ')} … (+${values.length - 10})` : shown.join(', ');
}

function typeName(t: string, lang: 'vi' | 'en'): string {
  const vi: Record<string, string> = {
    string: 'chuỗi văn bản',
    number: 'số',
    boolean: 'true hoặc false',
    array: 'danh sách',
    object: 'nhóm trường (object)',
    date: 'ngày',
  };
  const en: Record<string, string> = { string: 'text', array: 'a list', object: 'a group of fields (object)' };
  return (lang === 'vi' ? vi[t] : en[t]) ?? t;
}

export function describeIssue(issue: z.core.$ZodIssue): { en: string; vi: string } {
  switch (issue.code) {
    case 'invalid_type': {
      const missing = (issue as { input?: unknown }).input === undefined;
      if (missing)
        return {
          en: `required field is missing: expected ${typeName(issue.expected, 'en')}`,
          vi: `thiếu trường bắt buộc: cần ${typeName(issue.expected, 'vi')}`,
        };
      return {
        en: `wrong type: expected ${typeName(issue.expected, 'en')}`,
        vi: `sai kiểu dữ liệu: cần ${typeName(issue.expected, 'vi')}`,
      };
    }
    case 'invalid_value':
      return {
        en: `unknown value: expected one of ${quoteList(issue.values)}`,
        vi: `giá trị không hợp lệ: chỉ được dùng một trong ${quoteList(issue.values)}`,
      };
    case 'unrecognized_keys':
      return {
        en: `unknown field(s) ${quoteList(issue.keys)}: check the spelling or remove them`,
        vi: `trường không được hỗ trợ ${quoteList(issue.keys)}: kiểm tra chính tả hoặc xóa đi`,
      };
    case 'too_small':
      return issue.origin === 'array'
        ? { en: `needs at least ${issue.minimum} item(s)`, vi: `cần ít nhất ${issue.minimum} mục` }
        : issue.origin === 'string'
          ? { en: `too short: at least ${issue.minimum} character(s)`, vi: `quá ngắn: cần ít nhất ${issue.minimum} ký tự` }
          : { en: `must be at least ${issue.minimum}`, vi: `phải lớn hơn hoặc bằng ${issue.minimum}` };
    case 'too_big':
      return issue.origin === 'string'
        ? { en: `too long: at most ${issue.maximum} characters`, vi: `quá dài: tối đa ${issue.maximum} ký tự` }
        : issue.origin === 'array'
          ? { en: `too many items: at most ${issue.maximum}`, vi: `quá nhiều mục: tối đa ${issue.maximum}` }
          : { en: `too large: at most ${issue.maximum}`, vi: `quá lớn: tối đa ${issue.maximum}` };
    default: {
      // Cross-field rules carry their own Vietnamese wording (schemas/common.ts, contradiction()).
      const vi = issue.code === 'custom' ? (issue as { params?: { vi?: unknown } }).params?.vi : undefined;
      if (typeof vi === 'string') return { en: issue.message, vi };
      const en = issue.message;
      const known = VI_EXPECTATIONS[en];
      // Shared format/custom messages are written as expectations ("a date written as …").
      const expectation = known !== undefined;
      const viText = known ?? en;
      return {
        en: expectation && issue.code === 'invalid_format' ? `expected ${en}` : en,
        vi: expectation && issue.code === 'invalid_format' ? `cần ${viText}` : viText,
      };
    }
  }
}

export function expectationVi(en: string): string {
  return VI_EXPECTATIONS[en] ?? en;
}
