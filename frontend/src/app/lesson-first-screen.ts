import { type Block, type Inline, parseBlocks, parseInline } from '@/lib/markdown';

/**
 * A lesson's first screen, drawn by the entry (src/main.tsx) from the lesson's answer it asked for early
 * (lib/api/early-requests.ts), before the app's code has arrived: its title and its text, in the elements
 * and classes the lesson page renders them with (app/routes/lesson.tsx, LessonPlayer, components/ui/Markdown),
 * so each paragraph has the size it will have. On a slow phone the learner reads the lesson about a second
 * sooner (docs/benchmarks.md, Lighthouse's LCP); when the app renders, it replaces this whole, with the
 * breadcrumb, the progress and the buttons around the same words. A lesson's words are private: unlike a
 * course's (app/first-screen.ts) they cannot come with the HTML, which the web server serves to anyone.
 */
interface LessonWords {
  title: string;
  bodyMarkdown: string;
}

function isLessonWords(answer: unknown): answer is LessonWords {
  if (answer === null || typeof answer !== 'object') return false;
  const { title, bodyMarkdown } = answer as Record<string, unknown>;
  return typeof title === 'string' && title !== '' && typeof bodyMarkdown === 'string';
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** The runs of a block's text as nodes, as components/ui/Markdown.tsx renders them. */
function appendRuns(doc: Document, parent: Node, runs: Inline[]) {
  for (const run of runs) {
    if (typeof run === 'string') {
      parent.appendChild(doc.createTextNode(run));
    } else if (run.mark === 'code') {
      parent.appendChild(element(doc, 'code')).textContent = run.text;
    } else if (run.mark === 'link' && !run.href) {
      appendRuns(doc, parent, run.children);
    } else if (run.mark === 'link') {
      const link = element(doc, 'a');
      link.href = run.href!;
      if (run.external) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      appendRuns(doc, parent.appendChild(link), run.children);
    } else {
      appendRuns(doc, parent.appendChild(element(doc, run.mark)), run.children);
    }
  }
}

function blockNode(doc: Document, block: Block): HTMLElement {
  const withText = (node: HTMLElement, text: string) => {
    appendRuns(doc, node, parseInline(text));
    return node;
  };
  switch (block.type) {
    case 'heading':
      return withText(element(doc, `h${block.level}` as 'h2'), block.text);
    case 'paragraph':
      return withText(element(doc, 'p'), block.text);
    case 'quote': {
      const quote = element(doc, 'blockquote');
      quote.appendChild(withText(element(doc, 'p'), block.text));
      return quote;
    }
    case 'rule':
      return element(doc, 'hr');
    case 'list': {
      const list = element(doc, block.ordered ? 'ol' : 'ul');
      if (block.ordered && block.start !== 1) list.setAttribute('start', String(block.start));
      for (const item of block.items) list.appendChild(withText(element(doc, 'li'), item));
      return list;
    }
  }
}

/** The lesson's title and text as the lesson page lays them out. */
export function lessonFirstScreen(doc: Document, lesson: LessonWords): HTMLElement {
  const page = element(doc, 'div', 'stack');
  const title = page.appendChild(element(doc, 'h1', 'page-title'));
  title.tabIndex = -1;
  title.textContent = lesson.title;
  const prose = page
    .appendChild(element(doc, 'div', 'lesson'))
    .appendChild(element(doc, 'div', 'lesson__body'))
    .appendChild(element(doc, 'div', 'prose'));
  for (const block of parseBlocks(lesson.bodyMarkdown)) prose.appendChild(blockNode(doc, block));
  return page;
}

/**
 * Draws the lesson into `shellMain`, index.html's <main>, if it is still on the page (the app, once it
 * renders, replaces it) and `answer` is a lesson's. Anything else (a problem, a locked lesson, no answer)
 * leaves the skeleton until the app draws the page.
 */
export function drawLessonFirstScreen(shellMain: HTMLElement, answer: unknown): boolean {
  if (!shellMain.isConnected || !isLessonWords(answer)) return false;
  shellMain.replaceChildren(lessonFirstScreen(shellMain.ownerDocument, answer));
  return true;
}
