// @ts-check
/**
 * Names a JSON mistake in a translator's words, at the place where it is fixed. jsonc-parser says
 * what it expected and where it noticed; the tokens around that place tell which mistake a person
 * made. Its notice is often one token late: a trailing comma is noticed at the "}" after it, a
 * missing comma at the next key, a straight quote inside a text at the word after it. Each case
 * below moves the position back to the character to fix.
 */
import { createScanner, printParseErrorCode } from 'jsonc-parser';

/**
 * @typedef {{ offset: number, length: number, text: string }} Token
 * @typedef {{ kind: string, offset: number, message: string }} SyntaxMistake
 */

/**
 * The file's tokens (strings, numbers, punctuation and unknown runs), without spaces or comments.
 * @param {string} text
 * @returns {Token[]}
 */
function tokensOf(text) {
  const scanner = createScanner(text, true);
  /** @type {Token[]} */
  const tokens = [];
  for (;;) {
    scanner.scan();
    const offset = scanner.getTokenOffset();
    const length = scanner.getTokenLength();
    if (length === 0) return tokens; // the end of the file
    tokens.push({ offset, length, text: text.slice(offset, offset + length) });
  }
}

const lineAt = (/** @type {string} */ text, /** @type {number} */ offset) => text.slice(0, offset).split('\n').length;
const isString = (/** @type {Token | undefined} */ token) => token?.text.startsWith('"') ?? false;
const shorten = (/** @type {string} */ text) => (text.length > 24 ? `${text.slice(0, 23)}…` : text);

/**
 * @param {string} text the whole file
 * @param {import('jsonc-parser').ParseError | undefined} error jsonc-parser's first error; none for an empty file
 * @returns {SyntaxMistake}
 */
export function describeSyntaxError(text, error) {
  const tokens = tokensOf(text);
  if (!error || tokens.length === 0) {
    return { kind: 'empty-file', offset: 0, message: 'The file is empty. A file with no texts yet holds {} (an empty block).' };
  }
  const code = printParseErrorCode(error.error);
  let index = tokens.findIndex((token) => token.offset >= error.offset);
  if (index === -1) index = tokens.length;
  const token = tokens[index];
  const previous = tokens[index - 1];
  const endOfPrevious = previous ? previous.offset + previous.length : 0;
  const isKey = (/** @type {number} */ at) => isString(tokens[at]) && tokens[at + 1]?.text === ':';

  if (text.startsWith('\uFEFF') && error.offset === 0) {
    return {
      kind: 'byte-order-mark',
      offset: 0,
      message:
        'The file starts with an invisible byte-order mark (BOM), which JSON does not allow. Save it as "UTF-8" (not "UTF-8 with BOM") in your editor.',
    };
  }
  if (code === 'InvalidCommentToken' || code === 'UnexpectedEndOfComment') {
    return {
      kind: 'comment',
      offset: error.offset,
      message: 'JSON files cannot hold comments (// or /* */). Remove it; notes for translators belong in locales/_meta/.',
    };
  }
  if (code === 'UnexpectedEndOfString') {
    return {
      kind: 'unclosed-text',
      offset: error.offset,
      message: `The text that starts here (${shorten(text.slice(error.offset, error.offset + error.length))}) is not closed: add a straight double quote (") where it ends, on the same line.`,
    };
  }
  if (code === 'InvalidCharacter') {
    const inside = [...text.slice(error.offset, error.offset + error.length)].findIndex((char) => char.charCodeAt(0) < 0x20);
    return {
      kind: 'control-character',
      offset: error.offset + Math.max(0, inside),
      message: 'A tab or another invisible control character is typed inside the text: replace it with a space (write \\n for a new line).',
    };
  }
  if (code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode') {
    const inside = text.slice(error.offset, error.offset + error.length).search(/\\(?:u(?![0-9a-fA-F]{4})|[^"\\/bfnrtu])/);
    return {
      kind: 'bad-escape',
      offset: error.offset + Math.max(0, inside),
      message: 'A backslash (\\) starts an unknown escape: write \\\\ for a backslash, \\" for a straight quote, \\n for a new line.',
    };
  }
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && /^[}\]]$/.test(token?.text ?? '') && previous?.text === ',') {
    return {
      kind: 'trailing-comma',
      offset: previous.offset,
      message: 'A comma after the last entry of a block: remove this comma (only entries that another entry follows end with one).',
    };
  }
  if (previous?.text === ':' && (!token || /^[,}\]]$/.test(token.text))) {
    const key = tokens[index - 2]?.text ?? 'This key';
    // Where the text belongs: at what follows the colon on its line, else just after the colon.
    const sameLine = token && lineAt(text, token.offset) === lineAt(text, endOfPrevious);
    return {
      kind: 'missing-value',
      offset: sameLine ? error.offset : endOfPrevious,
      message: `The key ${key} has no text after its colon: write the text in straight double quotes, or remove the line.`,
    };
  }
  // A text followed, on its own line, by something that is neither a comma nor a new key: a
  // straight " inside the text ended it early ("He said "hi"" reads as "He said " then hi).
  if (
    isString(previous) &&
    tokens[index - 2]?.text === ':' &&
    token &&
    lineAt(text, token.offset) === lineAt(text, endOfPrevious) &&
    !isKey(index)
  ) {
    return {
      kind: 'unescaped-quote',
      offset: endOfPrevious - 1,
      message: `This straight double quote (") ends the text of ${tokens[index - 3]?.text ?? 'the key'} too early. Inside a text use typographic quotes “ ” (or write \\").`,
    };
  }
  if (code === 'CommaExpected') {
    return {
      kind: 'missing-comma',
      offset: endOfPrevious,
      message: `A comma is missing here, at the end of the entry${isKey(index) ? `, before the next key ${token?.text}` : ''}.`,
    };
  }
  if (code === 'ColonExpected') {
    return { kind: 'missing-colon', offset: endOfPrevious, message: 'A colon (:) is missing after the key, before its text.' };
  }
  if (code === 'InvalidSymbol' && /^['‘’“”]/.test(token?.text ?? '')) {
    return {
      kind: 'wrong-quotes',
      offset: error.offset,
      message: `Keys and texts are enclosed in straight double quotes ("), not ${token?.text[0]}. Typographic quotes belong inside a text.`,
    };
  }
  if (code === 'InvalidSymbol' && previous?.text === ':') {
    return { kind: 'unquoted-text', offset: error.offset, message: 'A text must be enclosed in straight double quotes: "…".' };
  }
  if ((code === 'CloseBraceExpected' || code === 'CloseBracketExpected') && !token) {
    return { kind: 'ends-too-early', offset: error.offset, message: 'The file ends too early: a closing } is missing.' };
  }
  if (code === 'EndOfFileExpected') {
    return {
      kind: 'text-after-end',
      offset: error.offset,
      message: 'There is more after the last closing }: remove it (often one } too many).',
    };
  }
  return {
    kind: 'not-json',
    offset: error.offset,
    message: 'Not valid JSON here: check the quotes (only straight " count), the commas and the braces.',
  };
}
