import { Fragment, type ReactNode } from 'react';
import { type Inline, parseBlocks, parseInline } from '@/lib/markdown';

/**
 * A small, safe Markdown renderer for lesson texts (the syntax and its parsing: lib/markdown.ts): it
 * builds React elements, never HTML strings, so whatever the text contains (even "<script>") is shown
 * as text. The lesson's first screen draws the same markup before the app runs (app/lesson-first-screen.ts).
 */
function renderRuns(runs: Inline[], keyPrefix: string): ReactNode[] {
  return runs.map((run, n) => {
    const key = `${keyPrefix}-${n}`;
    if (typeof run === 'string') return run;
    switch (run.mark) {
      case 'strong':
        return <strong key={key}>{renderRuns(run.children, key)}</strong>;
      case 'em':
        return <em key={key}>{renderRuns(run.children, key)}</em>;
      case 'code':
        return <code key={key}>{run.text}</code>;
      case 'link':
        return run.href ? (
          <a key={key} href={run.href} {...(run.external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {renderRuns(run.children, key)}
          </a>
        ) : (
          <Fragment key={key}>{renderRuns(run.children, key)}</Fragment>
        );
    }
  });
}

export function renderInline(text: string, keyPrefix = 'i'): ReactNode[] {
  return renderRuns(parseInline(text), keyPrefix);
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
