/**
 * Which addresses content may link to or load from. One rule for MDX bodies (links,
 * images, link definitions, component attributes) and for URL fields in YAML records.
 *
 * Browsers forgive a lot before they read a scheme: they drop tabs and line breaks
 * anywhere, strip leading control characters and spaces, decode entities in markup and
 * treat "\" like "/". So the rule judges the address as a browser would and then allows
 * only a short list of forms, rather than looking for known bad schemes.
 */

/**
 * How an address is used: a link in a body (relative paths allowed), an image (this site
 * only), or a URL field of a record (site paths must start with "/", they are shown on
 * pages in every language and in open data).
 */
export type UrlUse = 'link' | 'image' | 'field';

/** rel of a link to another site: marked external, and the other site gets no handle on the page. */
export const EXTERNAL_REL = 'external noopener noreferrer';

export type UrlVerdict = { ok: true; external: boolean } | { ok: false; en: string; vi: string };

/** Characters no legitimate address contains: C0/C1 controls, spaces, invisible formatting. */
const HIDDEN = /[\u0000-\u0020\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

const FIX = {
  en: 'write a path on this site starting with "/" (e.g. "/policies/rcep/"), or an address starting with "https://", "mailto:" or "tel:"',
  vi: 'hãy viết đường dẫn trong trang bắt đầu bằng "/" (ví dụ "/policies/rcep/"), hoặc địa chỉ bắt đầu bằng "https://", "mailto:" hoặc "tel:"',
};

function refuse(en: string, vi: string): UrlVerdict {
  return { ok: false, en: `${en}; ${FIX.en}`, vi: `${vi}; ${FIX.vi}` };
}

/**
 * Judges an address as written (after Markdown has decoded entities). Images must come
 * from the site itself: a request to another origin would tell it who reads the page.
 */
export function judgeUrl(raw: string, use: UrlUse = 'link'): UrlVerdict {
  if (raw.length > 2000) return refuse('the address is longer than 2000 characters', 'địa chỉ dài quá 2000 ký tự');
  if (raw.trim() === '') return refuse('the address is empty', 'địa chỉ bị bỏ trống');
  if (HIDDEN.test(raw.trim())) {
    return refuse(
      'the address contains spaces, control or invisible characters, which can hide what it really points to',
      'địa chỉ chứa dấu cách, ký tự điều khiển hoặc ký tự vô hình, có thể che giấu nơi nó thực sự trỏ tới',
    );
  }
  const url = raw.trim();
  if (url.includes('\\')) {
    return refuse('the address contains a backslash "\\", which browsers read as "/"', 'địa chỉ chứa dấu gạch chéo ngược "\\", trình duyệt đọc nó như "/"');
  }
  if (url.startsWith('//')) {
    return refuse(
      'an address starting with "//" leads to another site (protocol-relative)',
      'địa chỉ bắt đầu bằng "//" dẫn sang trang khác (không ghi giao thức)',
    );
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  // No scheme: a path on this site ("/x/", "x/", "#part", "?q=").
  if (scheme === undefined) {
    // "a:b/c" is a scheme; "a/b:c" is a path. Only a colon before the first "/?#" makes a scheme.
    const head = url.split(/[/?#]/, 1)[0] ?? '';
    if (head.includes(':')) return refuse(`"${url}" does not start with a known scheme`, `"${url}" không bắt đầu bằng giao thức hợp lệ`);
    if (use === 'field' && !url.startsWith('/')) {
      return refuse(`"${url}" is a relative path; a path on this site must start with "/"`, `"${url}" là đường dẫn tương đối; đường dẫn trong trang phải bắt đầu bằng "/"`);
    }
    if (use === 'image' && /(^|\/)\.\.?(\/|$)/.test(url.split(/[?#]/, 1)[0] ?? '')) {
      return refuse('an image path must not contain "." or ".." segments', 'đường dẫn ảnh không được chứa đoạn "." hoặc ".."');
    }
    if (use === 'image' && !url.startsWith('/')) {
      return {
        ok: false,
        en: 'an image must be a file of this site written from the site root, e.g. "/images/cua-khau.jpg" (put the file in public/images/)',
        vi: 'ảnh phải là tệp của trang, viết từ gốc trang, ví dụ "/images/cua-khau.jpg" (đặt tệp trong public/images/)',
      };
    }
    return { ok: true, external: false };
  }
  if (use === 'image') {
    return {
      ok: false,
      en: `images come only from this site (no "${scheme}:" address): put the file in public/images/ and write "/images/…"`,
      vi: `ảnh chỉ được lấy từ chính trang này (không dùng địa chỉ "${scheme}:"): đặt tệp trong public/images/ và viết "/images/…"`,
    };
  }
  if (scheme === 'https') {
    // A host is required: "https:/x" or "https:x" is read differently by different parsers.
    if (!/^https:\/\/[^/?#@]+/i.test(url)) return refuse('an https address needs a host name after "https://"', 'địa chỉ https cần tên máy chủ sau "https://"');
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return refuse(`"${url}" is not a valid web address`, `"${url}" không phải địa chỉ web hợp lệ`);
    }
    if (!host.includes('.')) return refuse(`"${host}" is not a public host name`, `"${host}" không phải tên máy chủ công khai`);
    return { ok: true, external: true };
  }
  if (scheme === 'mailto' || scheme === 'tel') return { ok: true, external: false };
  if (scheme === 'http') {
    // Every site the department links to serves https; a plain-http link can be rewritten on the way.
    return refuse('plain "http:" addresses are not accepted: the page they open can be altered on the way', 'không chấp nhận địa chỉ "http:": trang mở ra có thể bị sửa đổi trên đường truyền');
  }
  return refuse(`the scheme "${scheme}:" is not allowed (it can run code or open local files)`, `không được dùng giao thức "${scheme}:" (có thể chạy mã hoặc mở tệp trên máy)`);
}

/** True for an address that leads to another site (shown to readers as external). */
export function isExternal(url: string): boolean {
  return /^https:\/\//i.test(url.trim());
}
