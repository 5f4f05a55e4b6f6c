/**
 * Build-time touches to the HTML that Markdown produces inside MDX components, so the
 * components need no client script: numbered steps get the site's step style, and table
 * cells get the label of their column so a table can fold into one card per row on a phone.
 * The input is the HTML the MDX compiler writes (plain <table>/<ol> markup), not arbitrary HTML.
 */

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Text of an HTML fragment: tags removed, the entities Markdown writes decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Adds data-label="<column header>" to every body cell of every table; counts the tables. */
export function labelTableCells(html: string): { html: string; tables: number } {
  let tables = 0;
  const out = html.replace(/<table\b[^>]*>[\s\S]*?<\/table>/g, (table) => {
    tables++;
    const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
    const labels = [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1] ?? ''));
    return table.replace(/<tbody\b[^>]*>[\s\S]*?<\/tbody>/, (body) =>
      body.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
        let i = 0;
        return row.replace(/<td\b/g, () => {
          const label = labels[i++];
          return label ? `<td data-label="${escapeAttr(label)}"` : '<td';
        });
      }),
    );
  });
  return { html: out, tables };
}

/** Gives the first ordered list the site's "steps" style; null when there is no ordered list. */
export function styleSteps(html: string): string | null {
  if (!/<ol\b/.test(html)) return null;
  return html.replace(/<ol\b([^>]*)>/, (_m, attrs: string) =>
    /\bclass="/.test(attrs) ? `<ol${attrs.replace(/\bclass="/, 'class="steps ')}>` : `<ol class="steps"${attrs}>`,
  );
}
