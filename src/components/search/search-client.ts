/**
 * The search page in the browser: a small UI on Pagefind's JavaScript API. It loads
 * /pagefind/pagefind.js (and through it the index of the page's language) only here,
 * keeps the query, filters and sort in the address bar so a search can be shared,
 * and announces the number of results in a live region.
 */
import { buildExcerpt, excerptSource, leadExcerpt, queryTerms, segmentsFromMarkedHtml, type Segment } from '../../lib/excerpt.ts';
import { datetimeAttr, formatDate } from '../../lib/dates.ts';
import { isLocale, type Locale } from '../../lib/locales.ts';
import { simplifier } from '../../lib/chinese-script.ts';
import { QueryPlanner, chineseSegmenter, pinFirst, relaxedSearch, type IndexProbe, type QueryPlan, type SearchVocabulary } from '../../lib/search-query.ts';
import { resultBadges } from './result-badges.ts';

/** Filter groups in the order they are shown. */
export const FILTER_GROUPS = ['type', 'year', 'topic', 'unit', 'status'] as const;
type Group = (typeof FILTER_GROUPS)[number];
type Selected = Record<Group, string[]>;

interface Strings {
  [key: string]: string;
}

interface Config {
  locale: Locale;
  strings: Strings;
  punct: Punctuation;
  /** Labels per filter group and value; a value without a label is shown as it is. */
  labels: Record<string, Record<string, string>>;
  legends: Record<Group, string>;
}

/** Punctuation of the page's language (`punct.*` in src/i18n): Chinese uses full-width forms and no spaces. */
export interface Punctuation {
  /** After a label: ": " or "：". */
  colon: string;
  /** Between items of a list: ", " or "、". */
  listComma: string;
  /** A count after a label: " ({{inner}})" or "（{{inner}}）". */
  parenOnly: string;
  /** Two sentences in a row: "{{first}} {{second}}" or "{{first}}{{second}}". */
  twoSentences: string;
  /** Ends a sentence that has no full stop of its own (a results count before the correction). */
  fullStop: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Written by src/integrations/pagefind.ts; a variable, so the bundler leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The glossary, written next to the index by the same integration (VOCABULARY_FILE). */
const VOCABULARY_URL = '/pagefind/sngv-glossary.json';
/** Traditional → simplified pairs for Chinese queries (HANT_FILE, src/lib/chinese-script.ts). */
const HANT_URL = '/pagefind/sngv-hant.txt';
/**
 * Results shown at first, then per "more" click. Each result is one Pagefind fragment
 * (the page's text, 1–2 KB gzip): five fill a phone's screen and keep a first search
 * under its budget (README, Weight of a first search).
 */
export const FIRST_PAGE = 5;
export const MORE_PAGE = 10;
const DEBOUNCE_MS = 250;

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`search page: #${id} is missing`);
  return el;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

function decode(html: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = html;
  return t.value;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const EMPTY: PagefindResponse = { results: [], filters: {}, totalFilters: {} };

/** The query as searched: each corrected word replaced by the indexed word used. */
function correctedQuery(query: string, plan: QueryPlan): string {
  let out = query.toLowerCase();
  for (const [typed, used] of plan.corrected) out = out.replace(new RegExp(`(^|[^\\p{L}\\p{N}])${typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}\\p{N}])`, 'u'), `$1${used}`);
  return out === query.toLowerCase() ? plan.corrected.map(([, used]) => used).join(' ') : out;
}

function readConfig(root: HTMLElement): Config {
  const locale = root.dataset.locale;
  if (!isLocale(locale)) throw new Error('search page: unknown locale');
  return {
    locale,
    strings: JSON.parse(root.dataset.strings ?? '{}'),
    punct: JSON.parse(root.dataset.punct ?? '{}'),
    labels: JSON.parse(root.dataset.labels ?? '{}'),
    legends: JSON.parse(root.dataset.legends ?? '{}'),
  };
}

export async function start(): Promise<void> {
  const root = $('search-app');
  const cfg = readConfig(root);
  const s = cfg.strings;
  const p = cfg.punct;
  const form = $('search-form') as HTMLFormElement;
  const input = $('search-q') as HTMLInputElement;
  const sortSelect = $('search-sort') as HTMLSelectElement;
  const groupsBox = $('search-filter-groups');
  const filtersBox = $('search-filters') as HTMLDetailsElement;
  const status = $('search-status');
  const list = $('search-list');
  const more = $('search-more') as HTMLButtonElement;
  const none = $('search-none');
  const filterCount = $('search-filter-count');
  const clearButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-search-clear]')];
  const unknownLine = $('search-unknown');
  const suggestBox = $('search-suggest');
  const suggestList = $('search-suggest-list');
  const glossaryUrl = root.dataset.glossary ?? '/glossary/';
  const plural = new Intl.PluralRules(cfg.locale);
  const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(cfg.locale === 'zh' ? 'zh' : cfg.locale, { granularity: 'word' }) : undefined;

  // The script runs: swap the "needs JavaScript" block for the search form.
  $('search-nojs').hidden = true;
  root.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sortSelect.value = params.get('sort') === 'date' ? 'date' : '';
  const selected = Object.fromEntries(FILTER_GROUPS.map((g) => [g, params.getAll(g)])) as Selected;

  let pagefind: PagefindApi;
  let planner: QueryPlanner;
  try {
    const vocabulary = fetch(VOCABULARY_URL).then((r) => {
      if (!r.ok) throw new Error(`search vocabulary: HTTP ${r.status}`);
      return r.json() as Promise<SearchVocabulary>;
    });
    // Only the Chinese page needs it; a failure leaves traditional characters as typed.
    const hant = cfg.locale === 'zh' ? fetch(HANT_URL).then((r) => (r.ok ? r.text() : ''), () => '') : Promise.resolve('');
    const mod = (await import(/* @vite-ignore */ PAGEFIND_URL)) as { createInstance(o: Record<string, unknown>): PagefindApi };
    // On the page's own thread: Pagefind's worker would add its 12 KB script to the first search,
    // and a search of this site's index takes milliseconds.
    pagefind = mod.createInstance({ basePath: PAGEFIND_URL.replace(/[^/]*$/, ''), noWorker: true });
    await pagefind.options({ excerptLength: 36 });
    await pagefind.init();
    planner = new QueryPlanner(await vocabulary, cfg.locale === 'zh' && typeof Intl.Segmenter === 'function' ? chineseSegmenter() : undefined, simplifier(await hant));
  } catch {
    status.textContent = s.error!;
    $('search-nojs').hidden = false;
    return;
  }

  const checkboxes = new Map<string, { box: HTMLInputElement; count: HTMLElement }>();
  function label(group: Group, value: string): string {
    return cfg.labels[group]?.[value] ?? value;
  }
  function renderFilters(totals: Record<string, Record<string, number>>): void {
    groupsBox.replaceChildren();
    for (const group of FILTER_GROUPS) {
      const values = Object.keys(totals[group] ?? {});
      for (const v of selected[group]) if (!values.includes(v)) values.push(v);
      if (values.length === 0) continue;
      values.sort((a, b) => (group === 'year' ? b.localeCompare(a) : label(group, a).localeCompare(label(group, b), cfg.locale)));
      const ul = el('ul');
      for (const value of values) {
        const id = `f-${group}-${value}`;
        const box = el('input', { type: 'checkbox', id, name: group, value });
        box.checked = selected[group].includes(value);
        const count = el('span', { class: 'count' }, fill(p.parenOnly, { inner: totals[group]?.[value] ?? 0 }));
        ul.append(el('li', {}, box, el('label', { for: id }, label(group, value), count)));
        checkboxes.set(`${group}\u0000${value}`, { box, count });
      }
      groupsBox.append(el('fieldset', {}, el('legend', {}, cfg.legends[group]), ul));
    }
  }

  function updateCounts(counts: Record<string, Record<string, number>>): void {
    for (const [key, { count }] of checkboxes) {
      const [group, value] = key.split('\u0000') as [string, string];
      count.textContent = fill(p.parenOnly, { inner: counts[group]?.[value] ?? 0 });
    }
  }

  function activeFilters(): Record<string, { any: string[] }> {
    const out: Record<string, { any: string[] }> = {};
    for (const g of FILTER_GROUPS) if (selected[g].length > 0) out[g] = { any: selected[g] };
    return out;
  }

  function syncUrl(): void {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    for (const g of FILTER_GROUPS) for (const v of selected[g]) p.append(g, v);
    if (sortSelect.value) p.set('sort', sortSelect.value);
    const qs = p.toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }

  let results: PagefindResult[] = [];
  let shown = 0;
  let terms: string[] = [];
  let generation = 0;

  function excerptNodes(data: PagefindData): Node[] {
    const source = excerptSource(data.content, data.meta.title);
    let segments: Segment[] = terms.length > 0 ? buildExcerpt(source, terms, 220, { stems: cfg.locale === 'en' }) : [];
    // Our folding cannot see English stems ("investments" → "invest"): Pagefind's excerpt can.
    if (segments.length === 0 && terms.length > 0) segments = segmentsFromMarkedHtml(data.excerpt, decode, source);
    if (segments.length === 0) segments = leadExcerpt(source);
    return segments.map((seg) => (seg.mark ? el('mark', {}, seg.text) : document.createTextNode(seg.text)));
  }

  /** "✕ Revoked: " ("✕ 已撤销：") before the title of an entry no longer in effect: words and icon, in the reader's language. */
  function statusPrefix(status: string | undefined): Node[] {
    if (!status) return [];
    const icon = el('span', { 'aria-hidden': 'true' }, status === 'superseded' ? '! ' : '✕ ');
    // The colon's own space (none in Chinese) goes after the coloured words, not inside them.
    const colon = p.colon.trimEnd();
    return [el('span', { class: 'result-status', lang: cfg.locale === 'zh' ? 'zh-Hans' : cfg.locale }, icon, `${label('status', status)}${colon}`), document.createTextNode(p.colon.slice(colon.length))];
  }

  function resultItem(data: PagefindData): HTMLLIElement {
    const lang: Record<string, string> = data.meta.lang ? { lang: data.meta.lang === 'zh' ? 'zh-Hans' : data.meta.lang } : {};
    const { type, status } = resultBadges(data.filters, data.meta);
    const title = el('a', { href: data.url }, data.meta.title ?? data.url);
    // An entry that no longer applies says so before its title, in words (never only by colour).
    const li = el('li', { class: 'item result' }, el('h3', lang, ...statusPrefix(status), title));
    const meta = el('p', { class: 'result-meta' });
    if (type) meta.append(el('span', { class: 'badge type' }, label('type', type)));
    if (data.meta.date) meta.append(' ', el('time', { class: 'date', datetime: datetimeAttr(data.meta.date) }, formatDate(data.meta.date, cfg.locale)));
    li.append(meta);
    li.append(el('p', { class: 'excerpt', ...lang }, ...excerptNodes(data)));
    return li;
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    const gen = generation;
    const slice = results.slice(shown, shown + (shown === 0 ? FIRST_PAGE : MORE_PAGE));
    const data = await Promise.all(slice.map((r) => r.data()));
    if (gen !== generation) return;
    const items = data.map(resultItem);
    list.append(...items);
    shown += slice.length;
    more.hidden = shown >= results.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(): Promise<void> {
    const gen = ++generation;
    const query = input.value.trim();
    const filters = activeFilters();
    const filtered = Object.keys(filters).length > 0;
    syncUrl();
    for (const b of clearButtons) b.hidden = !filtered;
    const active = FILTER_GROUPS.reduce((n, g) => n + selected[g].length, 0);
    filterCount.textContent = active > 0 ? fill(p.parenOnly, { inner: active }) : '';
    if (!query && !filtered) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      none.hidden = true;
      status.textContent = s.prompt!;
      return;
    }
    list.setAttribute('aria-busy', 'true');
    // On a slow connection the first query fetches index chunks: say that something is happening.
    const slow = setTimeout(() => gen === generation && (status.textContent = s.loading!), 400);
    const sort = sortSelect.value === 'date' || !query ? { date: 'desc' } : undefined;
    const plan: QueryPlan | undefined = query ? await planner.plan(query, probe) : undefined;
    // Pagefind counts filter values only from the filter index it has loaded.
    const countsComplete = filtersReady;
    if (gen !== generation) return;
    // A word that appears nowhere on the site: say so instead of letting Pagefind guess.
    const response = plan && !plan.search ? EMPTY : await pagefind.search(plan ? plan.search : null, { filters, ...(sort ? { sort } : {}) });
    clearTimeout(slow);
    if (gen !== generation || !response) return;
    terms = queryTerms([query, ...(plan?.corrected.map(([, used]) => used) ?? [])].join(' '), segmenter);
    renderHelp(query, plan);
    results = response.results;
    // Too few pages with every word: those with all words but one follow (search-query.ts).
    if (plan?.search && !sort) {
      results = await relaxedSearch(plan, results, async (q) => (await pagefind.search(q, { filters }))?.results ?? [], (r) => r.id);
      if (gen !== generation) return;
    }
    // An editor's best bet for this query goes first (only when sorting by relevance).
    if (plan?.pin && plan.search && !sort) {
      const pinned = await pagefind.search(plan.search, { filters: { ...filters, bet: plan.pin } });
      if (gen !== generation) return;
      results = pinFirst(results, pinned?.results ?? [], (r) => r.id);
    }
    shown = 0;
    list.replaceChildren();
    await showMore(false);
    if (gen !== generation) return;
    current = plan;
    if (filtersLoaded) await refreshCounts(gen, plan, filters, countsComplete ? response : undefined);
    if (gen !== generation) return;
    const n = results.length;
    const form = plural.select(n) === 'one' ? 'One' : 'Other';
    // The live region says "nothing found" too, so a screen reader hears it; the help follows it.
    if (n === 0) status.textContent = query ? fill(s.none!, { query }) : s.noneFiltered!;
    else status.textContent = query ? fill(s[`results${form}`]!, { count: n, query }) : fill(s[`filtered${form}`]!, { count: n });
    if (plan && plan.corrected.length > 0 && n > 0) status.textContent = fill(p.twoSentences, { first: status.textContent + p.fullStop, second: fill(s.corrected!, { query: correctedQuery(query, plan) }) });
    none.hidden = n > 0;
    // The site's title pattern (src/layouts/Base.astro): "<page> | <site>".
    document.title = query ? `${query} | ${root.dataset.title}` : (root.dataset.title ?? document.title);
    list.removeAttribute('aria-busy');
  }

  /** The plan of the search on screen, for the counts when the filter panel opens later. */
  let current: QueryPlan | undefined;
  /**
   * The filter panel's values and counts need Pagefind's whole filter index (1 KB on this
   * site, about 100 KB per language at 10,000 entries): loaded when a reader first opens
   * the panel, not with every first search.
   */
  let filtersLoaded: Promise<void> | undefined;
  let filtersReady = false;
  function loadFilters(): Promise<void> {
    filtersLoaded ??= pagefind.filters().then((totals) => {
      renderFilters(totals);
      filtersReady = true;
    });
    return filtersLoaded;
  }

  /**
   * Each value's count for the search on screen. Within a group values combine with "or",
   * so a group's counts come from the search without that group's own filter: each says
   * what ticking that value would add. `base` is that search already run with the filter
   * index loaded, when there is one.
   */
  async function refreshCounts(gen: number, plan: QueryPlan | undefined, filters: Record<string, { any: string[] }>, base?: PagefindResponse): Promise<void> {
    await filtersLoaded;
    const nothing = plan !== undefined && !plan.search;
    const search = async (f: Record<string, unknown>) => (nothing ? EMPTY : await pagefind.search(plan ? plan.search : null, { filters: f }));
    const all = base ?? (await search(filters));
    if (gen !== generation || !all) return;
    const counts = { ...all.filters };
    for (const g of FILTER_GROUPS) {
      if (selected[g].length === 0) continue;
      const without = await search(Object.fromEntries(Object.entries(filters).filter(([k]) => k !== g)));
      if (gen !== generation) return;
      if (without) counts[g] = without.filters[g] ?? {};
    }
    updateCounts(counts);
  }

  /** Pagefind's own answer to "which pages match this word", without loading any result. */
  const probe: IndexProbe = { ids: async (q) => (await pagefind.search(q))?.results.map((r) => r.id) ?? [] };

  /** The help under "no results": the words found nowhere, and glossary terms close to the query. */
  function renderHelp(query: string, plan: QueryPlan | undefined): void {
    unknownLine.hidden = !plan || plan.unknown.length === 0;
    if (plan) unknownLine.textContent = fill(s.unknownWords!, { words: plan.unknown.join(p.listComma) });
    const near = query ? planner.suggest(query) : [];
    suggestList.replaceChildren(...near.map((t) => el('li', {}, el('a', { href: `${glossaryUrl}#${t.id}` }, t.label[cfg.locale]))));
    suggestBox.hidden = near.length === 0;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
  sortSelect.addEventListener('change', () => void run());
  groupsBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const group = box.name as Group;
    if (!FILTER_GROUPS.includes(group)) return;
    selected[group] = box.checked ? [...selected[group], box.value] : selected[group].filter((v) => v !== box.value);
    void run();
  });
  for (const b of clearButtons)
    b.addEventListener('click', () => {
      for (const g of FILTER_GROUPS) selected[g] = [];
      for (const { box } of checkboxes.values()) box.checked = false;
      void run();
      input.focus();
    });
  more.addEventListener('click', () => void showMore(true));
  filtersBox.addEventListener('toggle', () => {
    if (!filtersBox.open) return;
    const gen = generation;
    void loadFilters().then(() => {
      // Counts for the search on screen; a search still running fills them in itself.
      if (gen === generation && !list.hasAttribute('aria-busy') && (input.value.trim() || FILTER_GROUPS.some((g) => selected[g].length > 0)))
        return refreshCounts(gen, current, activeFilters());
    });
  });

  await run();
}
