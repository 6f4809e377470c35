/**
 * Section titles and transitions (docutils' Text.underline, Line state and section checks). Sections only occur at
 * the document level; the reader keeps them flat (a depth and the adornment styles in use), since a table's
 * context stops at its section.
 */
import { textWidth } from './char-width.js';
import { node, type DocNode } from './doctree.js';
import { inlineText } from './inline.js';
import { isAdornmentLine } from './line-patterns.js';
import type { Machine } from './machine.js';
import { lstrip, rstrip, strip } from './py-text.js';
import { normalizeName } from './target-names.js';
import { textLine } from './paragraphs.js';

/**
 * `context` (line `first`) followed by an adornment line at `m.pos`: a section title, or the "Unexpected section
 * title." error where titles are not allowed. Returns false when docutils treats both lines as paragraph text.
 */
export function underlinedTitle(m: Machine, context: string, first: number): boolean {
  const underlineAt = m.pos;
  const title = rstrip(context);
  const underline = rstrip(m.line(underlineAt));
  const messages: DocNode[] = [];
  if (textWidth(title) > underline.length) {
    if (underline.length < 4) {
      if (m.matchTitles)
        m.parent.append(
          m.reporter.info(
            'Possible title underline, too short for the title.',
            'short-title-underline',
            m.placeAbs(underlineAt),
          ),
        );
      return false;
    }
    messages.push(
      m.reporter.warning('Title underline too short.', 'title-underline-too-short', m.placeAbs(underlineAt)),
    );
  }
  m.pos = underlineAt + 1;
  if (!m.matchTitles) {
    const error = m.reporter.severe(
      'Unexpected section title.\nText underlined with punctuation is a section title, which is only allowed at the top level of the document, not in tables, lists or directives.',
      'unexpected-section-title',
      m.placeSource(underlineAt),
    );
    m.parent.append(...messages, error);
    return true;
  }
  section(m, title, underline[0]!, m.absLine(first), first);
  return true;
}

/** An adornment line at `m.pos` where titles are allowed: an overlined title, a transition, or text. */
export function overlinedTitle(m: Machine): void {
  const overlineAt = m.pos;
  const overline = rstrip(m.line(overlineAt));
  m.pos++;
  if (m.atEnd || m.line() === '') {
    if (strip(overline).length < 4) return reparseAsText(m, overlineAt);
    m.parent.append(node('transition').at(m.sourceLine(overlineAt), m.sourceColumn(overlineAt)));
    if (!m.atEnd) m.pos++;
    return;
  }
  if (m.line()[0] !== ' ' && isAdornmentLine(m.line())) return doubleAdornment(m, overlineAt, overline);
  titleWithOverline(m, overlineAt, overline);
}

/** Two adornment lines in a row: "Invalid section title or transition marker." (or text when short). */
function doubleAdornment(m: Machine, overlineAt: number, overline: string): void {
  if (overline.length < 4) return reparseAsText(m, overlineAt);
  m.parent.append(
    m.reporter.error(
      'Invalid section title or transition marker.',
      'invalid-title-or-transition',
      m.placeAbs(overlineAt),
    ),
  );
  m.pos = overlineAt + 2;
}

/** Overline, title (at `m.pos`), underline. */
function titleWithOverline(m: Machine, overlineAt: number, overline: string): void {
  const titleAt = m.pos;
  const title = m.line(titleAt);
  const short = overline.length < 4;
  if (titleAt + 1 >= m.lines.length) {
    if (short) return reparseAsText(m, overlineAt);
    m.parent.append(
      m.reporter.severe('Incomplete section title.', 'incomplete-section-title', m.placeAbs(overlineAt)),
    );
    m.pos = titleAt + 1;
    return;
  }
  const underline = rstrip(m.line(titleAt + 1));
  const problem = !isAdornmentLine(underline)
    ? 'Missing matching underline for section title overline.'
    : overline !== underline
      ? 'Title overline & underline mismatch.'
      : null;
  if (problem !== null) {
    if (short) return reparseAsText(m, overlineAt);
    m.parent.append(m.reporter.severe(problem, 'section-title-adornment', m.placeAbs(overlineAt)));
    m.pos = titleAt + 2;
    return;
  }
  if (textWidth(rstrip(title)) > overline.length) {
    if (short) return reparseAsText(m, overlineAt);
    m.reporter.warning('Title overline too short.', 'title-overline-too-short', m.placeAbs(overlineAt));
  }
  m.pos = titleAt + 2;
  section(m, lstrip(rstrip(title)), overline[0]! + underline[0]!, m.absLine(titleAt), titleAt);
}

/** docutils' state correction: the lines from `at` are read again as paragraph text. */
function reparseAsText(m: Machine, at: number): void {
  m.pos = at;
  textLine(m);
}

/**
 * Opens a section for a title with adornment `style`, checking the style against the document's title hierarchy
 * ("Title level inconsistent:" otherwise). `lineno` is docutils' line of the title text. The section's content
 * follows at the same level (sections are kept flat), and its messages are already reported.
 */
function section(m: Machine, title: string, style: string, lineno: number, titleAt: number): void {
  const session = m.session;
  const styles = session.titleStyles;
  const known = styles.indexOf(style);
  const level = known < 0 ? styles.length + 1 : known + 1;
  const place = { line: lineno, column: m.sourceColumn(titleAt) };
  if ((known < 0 && styles.length !== session.sectionLevel) || level > session.sectionLevel + 1) {
    m.parent.append(
      m.reporter.severe(
        'Title level inconsistent:\nThis title uses an adornment style that does not fit the titles before it (a new style must start the next deeper level).',
        'title-level-inconsistent',
        place,
      ),
    );
    return;
  }
  if (known < 0) styles.push(style);
  session.sectionLevel = level;
  const parsed = inlineText(title, m.inlineContext(place));
  const names = new Set([normalizeName(parsed.text)]);
  session.names.note({ names }, false, place, null);
}
