/**
 * The lesson texts' Markdown, parsed into plain data: blocks, and in each block's text the inline marks.
 * Two renderers draw it the same way: components/ui/Markdown.tsx (React elements) and the lesson's first
 * screen that the entry draws before the app's code has arrived (app/lesson-first-screen.ts, DOM nodes).
 * Neither ever builds HTML from a string: whatever the text holds (even "<script>") is shown as text.
 * It covers what lesson authors use: headings, paragraphs, bulleted and numbered lists, quotes, rules,
 * bold, italics, code and links. Headings start at h2 because the lesson title is the page's h1.
 */
export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'quote'; text: string }
  | { type: 'rule' };

/** A run of a block's text: plain, or marked (its own runs inside), or a link (href null: not safe, shown as text). */
export type Inline =
  | string
  | { mark: 'strong' | 'em'; children: Inline[] }
  | { mark: 'code'; text: string }
  | { mark: 'link'; href: string | null; external: boolean; children: Inline[] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;

export function parseBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: Extract<Block, { type: 'list' }> | null = null;
  let quote: string[] = [];

  const closeParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const closeList = () => {
    if (list) blocks.push(list);
    list = null;
  };
  const closeQuote = () => {
    if (quote.length) blocks.push({ type: 'quote', text: quote.join(' ') });
    quote = [];
  };
  const closeAll = () => {
    closeParagraph();
    closeList();
    closeQuote();
  };

  for (const line of lines) {
    if (!line.trim()) {
      closeAll();
      continue;
    }
    let m: RegExpMatchArray | null;
    if ((m = line.match(HEADING))) {
      closeAll();
      blocks.push({ type: 'heading', level: Math.min(6, Math.max(2, (m[1] ?? '').length - 1)), text: m[2] ?? '' });
    } else if (RULE.test(line)) {
      closeAll();
      blocks.push({ type: 'rule' });
    } else if ((m = line.match(BULLET)) || (m = line.match(NUMBERED))) {
      const ordered = m.length === 3;
      const text = (ordered ? m[2] : m[1]) ?? '';
      closeParagraph();
      closeQuote();
      if (!list || list.ordered !== ordered) {
        closeList();
        list = { type: 'list', ordered, start: ordered ? Number(m[1]) : 1, items: [] };
      }
      list.items.push(text);
    } else if ((m = line.match(QUOTE))) {
      closeParagraph();
      closeList();
      quote.push(m[1] ?? '');
    } else if (list && list.items.length && /^\s{2,}\S/.test(line)) {
      // an indented line continues the list item above
      list.items[list.items.length - 1] = `${list.items[list.items.length - 1] ?? ''} ${line.trim()}`;
    } else {
      closeList();
      closeQuote();
      paragraph.push(line.trim());
    }
  }
  closeAll();
  return blocks;
}

const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\*([^*\s](?:[^*]*[^*\s])?)\*|(?<![\p{L}\p{N}])_([^_\s](?:[^_]*[^_\s])?)_(?![\p{L}\p{N}])/gu;

/** Only addresses that cannot run code: http(s), mailto, tel and paths on this site. */
function safeHref(href: string): string | null {
  if (/^(https?:|mailto:|tel:)/i.test(href)) return href;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  return null;
}

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const index = m.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    if (m[1] != null || m[2] != null) out.push({ mark: 'strong', children: parseInline(m[1] ?? m[2] ?? '') });
    else if (m[3] != null) out.push({ mark: 'code', text: m[3] });
    else if (m[4] != null) {
      const href = safeHref(m[5] ?? '');
      out.push({
        mark: 'link',
        href,
        external: href != null && /^https?:/i.test(href),
        // an unsafe link's words are shown as they were written, marks and all
        children: href ? parseInline(m[4]) : [m[4]],
      });
    } else if (m[6] != null || m[7] != null) out.push({ mark: 'em', children: parseInline(m[6] ?? m[7] ?? '') });
    last = index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
