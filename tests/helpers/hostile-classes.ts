/**
 * Classes of hostile, broken and contradictory content, shared by the check suite
 * (hostile-content.test.ts) and the build suite (tests/build/hostile-build.test.ts).
 * Each breaks a copy of tests/fixtures/content-min in one way and says where the problem
 * must be reported: file, line (when there is one), field, and words of the message.
 */
import type { copyFixture } from './fixture.ts';

export interface HostileFixture extends ReturnType<typeof copyFixture> {
  mkdir: (dir: string) => void;
  symlink: (target: string, path: string) => void;
  writeBytes: (file: string, bytes: Uint8Array) => void;
}

export interface HostileClass {
  name: string;
  setup: (fx: HostileFixture) => void;
  /** Path relative to the content root, as the message prints it. */
  file: string;
  /** Line of the file, when the problem has one. */
  line?: number;
  /** Text the field part of the message contains. */
  field: string;
  /** What the explanation must say. */
  says: RegExp;
}

export const POLICY = 'policies/vi/chinh-sach-a.mdx';
export const DOC = 'documents/cv-1.yaml';
/** Text appended to the fixture policy's body starts on line 16 of the file. */
const BODY_LINE = 16;

/** Appends MDX to the fixture policy's body (first appended line is BODY_LINE). */
const body = (text: string) => (fx: HostileFixture) => fx.edit(POLICY, (s) => `${s}\n${text}\n`);
const replace = (file: string, from: string, to: string) => (fx: HostileFixture) =>
  fx.edit(file, (s) => {
    if (!s.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
    return s.replace(from, to);
  });

const EVENT = `---
title: Hội chợ thử
summary: Một sự kiện để thử quy tắc ngày.
published: '2025-06-01'
topics: [trade]
unit: phong-a
start: '2025-09-10'
end: '2025-09-08'
location: { vi: Lạng Sơn }
kind: trade-fair
status: scheduled
sample: true
---

Nội dung.
`;

const INDICATOR = `name: { vi: Chỉ số thử }
framework: 2025
number: 1
source: cv-1
`;

const RESULTS = (score: string, rank: string) => `year: 2025
framework: 2025
rankOf: 19
source: cv-1
indicators:
  - indicator: 2025-thu
    score: ${score}
    rank: ${rank}
`;

const TASK = (href: string) => `plan: 2025
number: 1
indicator: 2025-thu
content: { vi: Việc thử }
implementation:
  - text: { vi: Phòng A làm }
    lead: [phong-a]
source: cv-1
updates:
  - date: '2025-06-01'
    status: done
    note: { vi: Đã làm }
    evidence:
      - href: '${href}'
        label: { vi: Bằng chứng }
`;

const PLAN = `year: 2025
source: cv-1
resultsYear: 2024
framework: 2025
coordinator: [phong-a]
organisation: [{ vi: Tổ chức thực hiện }]
`;

/** A YAML "billion laughs": each alias doubles the size nine levels deep. */
const ALIAS_BOMB = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

export const HOSTILE_CLASSES: HostileClass[] = [
  // --- code at build time: ESM and expressions ---
  { name: 'import of node:fs in a body', setup: body('import fs from "node:fs"'), file: POLICY, line: BODY_LINE, field: 'import/export', says: /run code on the machine that builds the site/ },
  { name: 'export in a body', setup: body('export const x = process.env.HOME'), file: POLICY, line: BODY_LINE, field: 'import/export', says: /import and export are not allowed/ },
  { name: '{process.env.X} in text', setup: body('Máy dựng: {process.env.SECRET_TOKEN}.'), file: POLICY, line: BODY_LINE, field: '{…}', says: /\{process\.env\.SECRET_TOKEN\} is not allowed/ },
  { name: 'a flow expression calling fetch', setup: body("{await fetch('http://127.0.0.1:9/x')}"), file: POLICY, line: BODY_LINE, field: '{…}', says: /runs code when the site is built/ },
  { name: 'code hidden between two comments in one expression', setup: body('{/* ghi chú */ process.exit(1) /* hết */}'), file: POLICY, line: BODY_LINE, field: '{…}', says: /only comments/ },
  { name: 'an expression as an attribute value', setup: body('<Callout title={process.env.HOME}>\n\nx\n\n</Callout>'), file: POLICY, line: BODY_LINE, field: '<Callout> title', says: /must be written as text in quotes/ },
  { name: 'a spread attribute', setup: body('<Callout {...props}>\n\nx\n\n</Callout>'), file: POLICY, line: BODY_LINE, field: '<Callout> {…}', says: /spread attributes/ },
  { name: 'a front-matter layout naming a module to import', setup: replace(POLICY, 'sample: true', "sample: true\nlayout: 'data:text/javascript,process.exit(3)'"), file: POLICY, line: 12, field: 'layout', says: /unknown field\(s\) "layout"/ },
  // --- markup that runs or loads something in the reader's browser ---
  { name: 'a raw <script>', setup: body('<script>alert(1)</script>'), file: POLICY, line: BODY_LINE, field: '<script>', says: /is not allowed in content/ },
  {
    name: '<meta http-equiv=refresh> after a backtick inside an attribute value',
        // The old regex check blanked everything from the backtick in title="`" to the next
    // backtick on the line, hiding the <meta> from itself but not from MDX.
    setup: body('Xem <Callout title="`"><meta http-equiv="refresh" content="0;url=https://evil.example/" /></Callout> và `mã`.'),
    file: POLICY,
    line: BODY_LINE,
    field: '<meta>',
    says: /<meta> is not allowed/,
  },
  { name: '<iframe> inside a component', setup: body('<Steps>\n\n1. <iframe src="https://evil.example/" />\n\n</Steps>'), file: POLICY, line: BODY_LINE + 2, field: '<iframe>', says: /<iframe> is not allowed/ },
  { name: 'onError in camel case on a component', setup: body('<Figure src="/images/a.png" alt="a" onError="alert(1)" />'), file: POLICY, line: BODY_LINE, field: '<Figure> onError', says: /event attribute onError=/ },
  { name: 'ONCLICK in upper case on an allowed element', setup: body('H<sub ONCLICK="alert(1)">2</sub>O'), file: POLICY, line: BODY_LINE, field: '<sub> ONCLICK', says: /event attribute ONCLICK=/ },
  { name: 'set:html on a component', setup: body('<Callout set:html="<img src=x onerror=alert(1)>" />'), file: POLICY, line: BODY_LINE, field: '<Callout> set:html', says: /directive set:html/ },
  { name: 'set:text on a component', setup: body('<Table set:text="x" />'), file: POLICY, line: BODY_LINE, field: '<Table> set:text', says: /directive set:text/ },
  { name: 'an unknown lower-case element with a style attribute', setup: body('<div style="position:fixed">x</div>'), file: POLICY, line: BODY_LINE, field: '<div>', says: /<div> is not allowed/ },
  { name: 'an unknown attribute on a component', setup: body('<Callout type="tip" class="x">\n\nx\n\n</Callout>'), file: POLICY, line: BODY_LINE, field: '<Callout> class', says: /has no attribute class/ },
  { name: 'a JSX fragment', setup: body('<>x</>'), file: POLICY, line: BODY_LINE, field: '<>', says: /fragment/ },
  { name: 'a misspelt component', setup: body('<Calout type="tip">\n\nx\n\n</Calout>'), file: POLICY, line: BODY_LINE, field: '<Calout>', says: /did you mean <Callout>/ },
  // --- addresses ---
  { name: 'a reference-style javascript: link', setup: body('[bấm vào đây][r]\n\n[r]: javascript:alert(document.domain)'), file: POLICY, line: BODY_LINE + 2, field: 'link definition', says: /"javascript:" is not allowed/ },
  { name: 'javascript: written with an entity', setup: body('[bấm](&#106;avascript:alert(1))'), file: POLICY, line: BODY_LINE, field: 'link', says: /"javascript:" is not allowed/ },
  { name: 'javascript: split by an entity-encoded tab', setup: body('[bấm](java&#9;script:alert(1))'), file: POLICY, line: BODY_LINE, field: 'link', says: /control or invisible characters/ },
  { name: 'JaVaScRiPt: in mixed case', setup: body('[bấm](JaVaScRiPt:alert(1))'), file: POLICY, line: BODY_LINE, field: 'link', says: /"javascript:" is not allowed/ },
  { name: 'a data: link', setup: body('[tải](data:text/html;base64,PHNjcmlwdD4=)'), file: POLICY, line: BODY_LINE, field: 'link', says: /"data:" is not allowed/ },
  { name: 'a vbscript: link', setup: body('[x](vbscript:msgbox)'), file: POLICY, line: BODY_LINE, field: 'link', says: /"vbscript:" is not allowed/ },
  { name: 'a file: link', setup: body('[x](file:///etc/passwd)'), file: POLICY, line: BODY_LINE, field: 'link', says: /"file:" is not allowed/ },
  { name: 'a protocol-relative //host link', setup: body('[bằng chứng](//evil.example/x)'), file: POLICY, line: BODY_LINE, field: 'link', says: /protocol-relative/ },
  { name: 'a backslash link', setup: body('[x](/\\evil.example/)'), file: POLICY, line: BODY_LINE, field: 'link', says: /backslash/ },
  { name: 'a plain http: link', setup: body('[x](http://example.com/)'), file: POLICY, line: BODY_LINE, field: 'link', says: /plain "http:"/ },
  { name: 'a third-party image', setup: body('![ảnh](https://tracker.example/p.png)'), file: POLICY, line: BODY_LINE, field: 'image', says: /images come only from this site/ },
  { name: 'a Figure loading another origin', setup: body('<Figure src="//cdn.example/a.png" alt="ảnh" />'), file: POLICY, line: BODY_LINE, field: '<Figure> src', says: /leads to another site/ },
  { name: 'DDCI evidence pointing off-site with //', setup: (fx) => { fx.mkdir('ddci/indicators'); fx.mkdir('ddci/tasks'); fx.mkdir('ddci/plans'); fx.write('ddci/indicators/2025-thu.yaml', INDICATOR); fx.write('ddci/plans/2025.yaml', PLAN); fx.write('ddci/tasks/2025-01.yaml', TASK('//evil.example/x')); }, file: 'ddci/tasks/2025-01.yaml', line: 14, field: 'updates.0.evidence.0.href', says: /protocol-relative/ },
  // --- MDX syntax ---
  { name: 'an unclosed component (MDX syntax error)', setup: body('<Callout type="tip">\n\nKhông đóng thẻ.'), file: POLICY, line: BODY_LINE, field: '(MDX)', says: /not valid MDX/ },
  { name: 'a stray "<" (MDX syntax error)', setup: body('Giá <5 triệu'), file: POLICY, line: BODY_LINE, field: '(MDX)', says: /not valid MDX/ },
  // --- hostile bytes ---
  { name: 'a byte-order mark at the start of an MDX file', setup: (fx) => fx.edit(POLICY, (s) => `\ufeff${s}`), file: POLICY, line: 1, field: '(file)', says: /byte-order mark/ },
  { name: 'a YAML alias bomb', setup: (fx) => fx.edit('faq/hoi-a.yaml', (s) => `${s}${ALIAS_BOMB}`), file: 'faq/hoi-a.yaml', line: 9, field: '(file)', says: /aliases \(\*name\)/ },
  { name: 'YAML nested 5,000 levels deep', setup: (fx) => fx.edit('faq/hoi-a.yaml', (s) => `${s}deep: ${'['.repeat(5000)}${']'.repeat(5000)}\n`), file: 'faq/hoi-a.yaml', line: 8, field: '(file)', says: /nested too deeply/ },
  { name: 'an explicit YAML tag', setup: replace(DOC, "number: '1/CV-SNgV'", 'number: !!binary aGVsbG8='), file: DOC, line: 2, field: '(file)', says: /YAML tags such as tag:yaml.org,2002:binary/ },
  { name: 'an image path climbing out with ..', setup: body('![ảnh](/images/../../etc/passwd)'), file: POLICY, line: BODY_LINE, field: 'image', says: /"\.\." segments/ },
  { name: 'block quotes nested 100,000 levels deep', setup: body('> '.repeat(100_000) + 'x'), file: POLICY, line: BODY_LINE, field: '(body)', says: /nested more than 20 levels/ },
  { name: 'components nested 100 levels deep', setup: body('<Callout>'.repeat(100) + 'x' + '</Callout>'.repeat(100)), file: POLICY, line: BODY_LINE, field: '(body)', says: /nested more than 64 levels/ },
  { name: '20,000 unknown keys in one record', setup: (fx) => fx.edit('faq/hoi-a.yaml', (s) => s + Array.from({ length: 20_000 }, (_, i) => `k${i}: 1\n`).join('')), file: 'faq/hoi-a.yaml', line: 8, field: 'k0', says: /unknown field\(s\) "k0", .* … \(\+19990\)/ },
  { name: 'a key written twice', setup: replace(DOC, 'type: letter', 'type: letter\ntype: decision'), file: DOC, line: 4, field: '(file)', says: /the key "type" appears twice/ },
  { name: 'a zero-width space in a title', setup: replace(POLICY, 'title: Chính sách đầu tư A', 'title: Chính sách đầu\u200b tư A'), file: POLICY, line: 2, field: 'title', says: /U\+200B/ },
  { name: 'a bidirectional override in a YAML text field', setup: replace(DOC, 'title: { vi: Công văn thử }', 'title: { vi: "Công văn \u202eửht" }'), file: DOC, line: 4, field: 'title.vi', says: /bidirectional override/ },
  { name: 'an invisible character in an MDX body', setup: body('Số tài khoản 0123\u2066456\u2069.'), file: POLICY, line: BODY_LINE, field: '(body)', says: /U\+2066/ },
  { name: 'a title of 5,000 characters', setup: replace(POLICY, 'title: Chính sách đầu tư A', `title: ${'A'.repeat(5000)}`), file: POLICY, line: 2, field: 'title', says: /at most 300/ },
  { name: 'an MDX file larger than 256 KB', setup: body('Đoạn văn dài. '.repeat(20_000)), file: POLICY, field: '(file)', says: /more than the 256 KB/ },
  { name: 'a file that is not UTF-8', setup: (fx) => fx.writeBytes('faq/hoi-b.yaml', new Uint8Array([0x71, 0x3a, 0x20, 0xff, 0xfe, 0x0a])), file: 'faq/hoi-b.yaml', line: 1, field: '(file)', says: /not UTF-8/ },
  // --- nothing silently ignored ---
  { name: 'an MDX file with an upper-case extension', setup: (fx) => fx.write('policies/vi/Extra.MDX', '---\ntitle: x\n---\n'), file: 'policies/vi/Extra.MDX', field: '(file)', says: /lower case: \.mdx/ },
  { name: 'a backup copy of a record', setup: (fx) => fx.write('faq/hoi-a.yaml.bak', 'x: 1\n'), file: 'faq/hoi-a.yaml.bak', field: '(file)', says: /backup/ },
  { name: 'an entry in a sub-folder of vi/', setup: (fx) => { fx.mkdir('policies/vi/cu'); fx.write('policies/vi/cu/a.mdx', '---\ntitle: x\n---\n'); }, file: 'policies/vi/cu/', field: '(folder)', says: /not read by the site/ },
  { name: 'a stray file at the top of content/', setup: (fx) => fx.write('notes.txt', 'x'), file: 'notes.txt', field: '(file)', says: /holds only the folders/ },
  { name: 'a Markdown .md file among MDX entries', setup: (fx) => fx.write('policies/vi/b.md', '---\ntitle: x\n---\n<script>x</script>\n'), file: 'policies/vi/b.md', field: '(file)', says: /rename it to \.mdx/ },
  { name: 'a draft outside a language folder', setup: (fx) => fx.write('policies/_nhap.mdx', '---\ntitle: x\n---\n'), file: 'policies/_nhap.mdx', field: '(file)', says: /MDX files belong in policies\/vi\/, policies\/zh\/ or policies\/en\// },
  { name: 'a symbolic link to a system file', setup: (fx) => fx.symlink('/etc/passwd', 'faq/mat-khau.yaml'), file: 'faq/mat-khau.yaml', field: '(file)', says: /symbolic links/ },
  // --- contradictions ---
  { name: 'an event that ends before it starts', setup: (fx) => { fx.mkdir('events/vi'); fx.write('events/vi/hoi-cho.mdx', EVENT); }, file: 'events/vi/hoi-cho.mdx', line: 8, field: 'end', says: /end \(2025-09-08\) is before start \(2025-09-10\)/ },
  { name: 'a policy whose effectiveTo is before effectiveFrom', setup: replace(POLICY, "effectiveFrom: '2025-07-01'", "effectiveFrom: '2025-07-01'\neffectiveTo: '2025-01-01'"), file: POLICY, line: 11, field: 'effectiveTo', says: /effectiveTo \(2025-01-01\) is before effectiveFrom \(2025-07-01\)/ },
  { name: 'an update dated before publication', setup: replace(POLICY, 'sample: true', "updates:\n  - date: '2024-01-01'\n    note: { vi: Sửa }\nsample: true"), file: POLICY, line: 12, field: 'updates.0.date', says: /is before published/ },
  { name: 'a document issued in 2099', setup: replace(DOC, "issued: '2025-05-02'", "issued: '2099-05-02'"), file: DOC, line: 6, field: 'issued', says: /is after today/ },
  { name: 'a statusDate before issued', setup: replace(DOC, 'status: valid', "status: revoked\nstatusDate: '2025-01-01'\nstatusReason: { vi: Thu hồi }"), file: DOC, line: 12, field: 'statusDate', says: /statusDate \(2025-01-01\) is before issued \(2025-05-02\)/ },
  { name: 'a document superseded by itself', setup: replace(DOC, 'status: valid', "status: superseded\nstatusDate: '2025-06-01'\nstatusReason: { vi: Thay thế }\nsupersededBy: AB12CD34"), file: DOC, line: 14, field: 'supersededBy', says: /own code/ },
  { name: 'a DDCI indicator score of 11.5', setup: (fx) => { fx.mkdir('ddci/indicators'); fx.mkdir('ddci/results'); fx.write('ddci/indicators/2025-thu.yaml', INDICATOR); fx.write('ddci/results/2025.yaml', RESULTS('11.5', '3')); }, file: 'ddci/results/2025.yaml', line: 7, field: 'indicators.0.score', says: /at most 10/ },
  { name: 'a DDCI rank beyond the number ranked', setup: (fx) => { fx.mkdir('ddci/indicators'); fx.mkdir('ddci/results'); fx.write('ddci/indicators/2025-thu.yaml', INDICATOR); fx.write('ddci/results/2025.yaml', RESULTS('7.5', '25')); }, file: 'ddci/results/2025.yaml', line: 8, field: 'indicators.0.rank', says: /larger than rankOf \(19\)/ },
];
