/**
 * Best bets: editor-chosen top results for queries people type often ("hotline" → the
 * contact page). One YAML file per target page (content/best-bets/<id>.yaml). The queries
 * are added to the target page's copy in the search index at a high weight, in every
 * language's index, so the page ranks first for them without any code in the browser.
 */
import { z } from 'astro/zod';
import { entryRef } from './common.ts';
import { doc } from './field-doc.ts';
import { expected } from '../lib/content-check/messages.ts';
import { SITE_PAGE_NAMES } from '../lib/search-pages.ts';

const SITE_PAGES = SITE_PAGE_NAMES as [string, ...string[]];

const query = z.string().trim().min(2, expected('query')).regex(/^[^\n\r]+$/, expected('oneLine'));

export const bestBetSchema = z
  .strictObject({
    target: z
      .union([z.enum(SITE_PAGES), entryRef], { error: `one of ${SITE_PAGES.join(', ')} or an entry written "collection/id"` })
      .apply(doc('Trang cần đứng đầu: contact, feedback, services, open-data, verify, ddci, glossary hoặc một mục “bộ-sưu-tập/mã”', 'The page to put first: contact, feedback, services, open-data, verify, ddci, glossary or an entry "collection/id"')),
    // Each query is matched in every language's index.
    queries: z
      .strictObject({
        // Both forms are matched.
        vi: z.array(query).min(1, expected('viQuery')).apply(doc('Từ khoá tiếng Việt (có dấu hay không dấu đều được)', 'Vietnamese queries (with or without diacritics)')),
        zh: z.array(query).default([]).apply(doc('Từ khoá tiếng Trung', 'Chinese queries')),
        en: z.array(query).default([]).apply(doc('Từ khoá tiếng Anh', 'English queries')),
      })
      .apply(doc('Các từ khoá người dùng hay gõ, theo ngôn ngữ', 'Queries people type, per language')),
    // For the next editor.
    note: z.string().trim().min(1).optional().apply(doc('Vì sao các từ khoá này dẫn tới trang này', 'Why these queries lead to this page')),
  })
  .apply(doc('Kết quả ưu tiên: trang đứng đầu khi tìm những từ khoá thường gặp', 'Best bets: the page shown first for common queries'));
export type BestBetData = z.infer<typeof bestBetSchema>;
