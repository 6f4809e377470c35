/**
 * The options of an option list marker (`-a FILE, --all=FILE`): option strings and their arguments.
 */
import { node, type DocNode } from './doctree.js';
import { rstrip, splitWords } from './py-text.js';

/** The option nodes (option_string and optional option_argument) of each option, or docutils' error detail. */
export function parseOptionMarker(marker: string): DocNode[][] | { readonly error: string } {
  const options: DocNode[][] = [];
  for (const optionText of rstrip(marker).split(/, (?![^<]*>)/)) {
    const tokens = splitWords(optionText);
    let delimiter = ' ';
    const first = tokens[0] ?? '';
    const equals = first.indexOf('=');
    if (equals >= 0) {
      tokens.splice(0, 1, first.slice(0, equals), first.slice(equals + 1));
      delimiter = '=';
    } else if (
      first.length > 2 &&
      ((first.startsWith('-') && !first.startsWith('--')) || first.startsWith('+'))
    ) {
      tokens.splice(0, 1, first.slice(0, 2), first.slice(2));
      delimiter = '';
    }
    if (tokens.length > 1 && tokens[1]!.startsWith('<') && tokens[tokens.length - 1]!.endsWith('>')) {
      tokens.splice(1, tokens.length - 1, tokens.slice(1).join(' '));
    }
    if (tokens.length < 1 || tokens.length > 2) {
      return {
        error: `wrong number of option tokens (=${tokens.length}), should be 1 or 2: "${optionText}"`,
      };
    }
    const parts = [node('option_string', tokens[0])];
    if (tokens.length > 1) parts.push(node('option_argument', delimiter + tokens[1]!));
    options.push(parts);
  }
  return options;
}
