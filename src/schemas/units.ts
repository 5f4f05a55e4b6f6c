/** The department's units: who answers the phone, where, and when. One YAML file per unit. */
import { z } from 'astro/zod';
import { localized, sample } from './common.ts';
import { doc } from './field-doc.ts';
import { expected } from '../lib/content-check/messages.ts';

export const unitSchema = z.strictObject({
  name: localized.apply(doc('Tên chính thức của đơn vị', 'Official name of the unit')),
  // Used in tables.
  shortName: localized.apply(doc('Tên viết tắt, ví dụ “Phòng HTQT-VP”', 'Short form, e.g. "Phòng HTQT-VP"')),
  // A division is a phòng, a centre a public service centre (trung tâm).
  kind: z.enum(['leadership', 'division', 'centre']).apply(doc('Lãnh đạo Sở, phòng hay trung tâm', 'Leadership, division or centre')),
  duties: localized.apply(doc('Nhiệm vụ chính, một hai câu', 'What the unit is responsible for')),
  address: localized.apply(doc('Địa chỉ', 'Postal address')),
  // As dialled from Viet Nam.
  phones: z
    .array(z.string().regex(/^[0-9 +().-]{6,20}$/, expected('phoneDigits')))
    .min(1)
    .apply(doc('Số điện thoại, ví dụ “0205 3812 345”', 'Phone numbers, e.g. "0205 3812 345"')),
  email: z.email(expected('email')).apply(doc('Thư điện tử', 'Contact e-mail')),
  hotline: z
    .string()
    .regex(/^[0-9 +().-]{3,20}$/, expected('phone'))
    .optional()
    .apply(doc('Đường dây nóng phản ánh chi phí không chính thức (nếu đơn vị phụ trách)', 'Hotline to report informal payments, when this unit runs one')),
  officeHours: localized.apply(doc('Giờ làm việc', 'Office hours')),
  order: z.number().int().min(0).apply(doc('Thứ tự hiển thị (số nhỏ đứng trước)', 'Position in lists (smaller first)')),
  sample,
}).apply(doc('Các đơn vị của Sở: tên, điện thoại, thư điện tử, giờ làm việc, đường dây nóng', "The department's units: names, phones, e-mail, office hours, hotline"));
export type Unit = z.infer<typeof unitSchema>;
