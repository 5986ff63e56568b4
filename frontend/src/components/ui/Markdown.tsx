import { Fragment, type ReactNode } from 'react';

/**
 * A small, safe Markdown renderer for lesson texts: it builds React elements, never HTML strings, so
 * whatever the text contains (even "<script>") is shown as text. It covers what lesson authors use:
 * headings, paragraphs, bulleted and numbered lists, quotes, rules, bold, italics, code and links.
 * Headings start at h2 because the lesson title is the page's h1.
 */
type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: string[] }
  | { type: 'quote'; text: string }
  | { type: 'rule' };

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

export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  let n = 0;
  for (const m of text.matchAll(INLINE)) {
    const index = m.index ?? 0;
    if (index > last) out.push(text.slice(last, index));
    const key = `${keyPrefix}-${n++}`;
    if (m[1] != null || m[2] != null) out.push(<strong key={key}>{renderInline(m[1] ?? m[2] ?? '', key)}</strong>);
    else if (m[3] != null) out.push(<code key={key}>{m[3]}</code>);
    else if (m[4] != null) {
      const href = safeHref(m[5] ?? '');
      const external = href != null && /^https?:/i.test(href);
      out.push(
        href ? (
          <a key={key} href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {renderInline(m[4], key)}
          </a>
        ) : (
          <Fragment key={key}>{m[4]}</Fragment>
        ),
      );
    } else if (m[6] != null || m[7] != null) out.push(<em key={key}>{renderInline(m[6] ?? m[7] ?? '', key)}</em>);
    last = index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  const blocks = parseBlocks(source);
  return (
    <div className={['prose', className].filter(Boolean).join(' ')}>
      {blocks.map((block, i) => {
        const key = `b${i}`;
        switch (block.type) {
          case 'heading': {
            const Tag = `h${block.level}` as 'h2';
            return <Tag key={key}>{renderInline(block.text, key)}</Tag>;
          }
          case 'paragraph':
            return <p key={key}>{renderInline(block.text, key)}</p>;
          case 'quote':
            return (
              <blockquote key={key}>
                <p>{renderInline(block.text, key)}</p>
              </blockquote>
            );
          case 'rule':
            return <hr key={key} />;
          case 'list': {
            const items = block.items.map((item, j) => <li key={j}>{renderInline(item, `${key}-${j}`)}</li>);
            return block.ordered ? (
              <ol key={key} start={block.start === 1 ? undefined : block.start}>
                {items}
              </ol>
            ) : (
              <ul key={key}>{items}</ul>
            );
          }
        }
      })}
    </div>
  );
}
