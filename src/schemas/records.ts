/** Collections written as one YAML record per file, every text in the three languages. */
import { z } from 'astro/zod';
import { isoDate, localized, localizedList, related, sample, slug, topics, updates } from './common.ts';
import { doc } from './field-doc.ts';

export const procedureSchema = z.strictObject({
  title: localized.apply(doc('Tên thủ tục hành chính', 'Name of the administrative procedure')),
  summary: localized.apply(doc('Thủ tục dùng để làm gì, ai cần', 'What it is for and who needs it')),
  nationalCode: z.string().optional().apply(doc('Mã thủ tục trên Cơ sở dữ liệu quốc gia (nếu có)', 'Code in the national database of procedures, if any')),
  // full: done entirely online.
  onlineLevel: z.enum(['full', 'partial', 'none']).apply(doc('Mức dịch vụ công trực tuyến: toàn trình, một phần, không', 'Online service level: full, partial or none')),
  timeLimit: localized.apply(doc('Thời hạn giải quyết, ví dụ “05 ngày làm việc”', 'Statutory time limit, e.g. "5 working days"')),
  fee: localized.apply(doc('Phí, lệ phí (bằng chữ, ví dụ “Không thu phí”)', 'Fee, in words (e.g. "No fee")')),
  papers: localizedList.min(1).apply(doc('Thành phần hồ sơ', 'Papers to submit')),
  steps: localizedList.min(1).apply(doc('Các bước thực hiện, theo thứ tự', 'Steps in order')),
  legalBasis: localizedList.min(1).apply(doc('Căn cứ pháp lý', 'Legal basis')),
  unit: slug.apply(doc('Đơn vị tiếp nhận hồ sơ', 'Unit that receives the file')),
  topics,
  updated: isoDate.apply(doc('Ngày kiểm tra thông tin gần nhất', 'Date the information was last checked')),
  related,
  updates,
  sample,
}).apply(doc('Thủ tục hành chính: hồ sơ, các bước, thời hạn, phí', 'Administrative procedures: papers, steps, time limit, fee'));

export const serviceSchema = z.strictObject({
  title: localized.apply(doc('Tên dịch vụ', 'Name of the service')),
  summary: localized.apply(doc('Sở làm gì cho người yêu cầu', 'What the department does for the requester')),
  feeVnd: z.number().int().min(0).apply(doc('Giá niêm yết, đồng (0 nếu miễn phí)', 'Published price in dong (0 when free)')),
  feeUnit: localized.apply(doc('Đơn vị tính giá, ví dụ “trang”, “giờ”', 'What the price is per, e.g. "page", "hour"')),
  legalBasis: localized.apply(doc('Căn cứ của mức giá', 'Legal basis of the price')),
  howToRequest: localized.apply(doc('Cách yêu cầu dịch vụ', 'How to request the service')),
  unit: slug.apply(doc('Đơn vị cung cấp dịch vụ', 'Unit providing the service')),
  topics,
  updated: isoDate.apply(doc('Ngày kiểm tra bảng giá gần nhất', 'Date the price list was last checked')),
  related,
  updates,
  sample,
}).apply(doc('Dịch vụ đối ngoại và bảng giá', 'Foreign-affairs services and their prices'));

export const FAQ_TOPICS = ['investment', 'trade', 'consular', 'border', 'documents', 'feedback'] as const;

export const faqSchema = z.strictObject({
  question: localized.apply(doc('Câu hỏi, viết như doanh nghiệp hỏi', 'The question as a business would ask it')),
  // Plain text: blank lines separate paragraphs.
  answer: localized.apply(doc('Câu trả lời (để một dòng trống giữa các đoạn)', 'The answer (a blank line between paragraphs)')),
  topic: z.enum(FAQ_TOPICS).apply(doc('Nhóm câu hỏi trên trang Hỏi đáp', 'Group on the FAQ page')),
  unit: slug.apply(doc('Đơn vị trả lời', 'Unit that answers')),
  updated: isoDate.apply(doc('Ngày kiểm tra câu trả lời gần nhất', 'Date the answer was last checked')),
  related,
  order: z.number().int().min(0).default(100).apply(doc('Thứ tự trong nhóm (số nhỏ đứng trước)', 'Position within its group (smaller first)')),
  updates,
  sample,
}).apply(doc('Câu hỏi thường gặp của doanh nghiệp', 'Questions businesses ask'));

export type ProcedureData = z.infer<typeof procedureSchema>;
export type ServiceData = z.infer<typeof serviceSchema>;
export type FaqData = z.infer<typeof faqSchema>;
