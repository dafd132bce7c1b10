// The shell's vocabulary: a word is a list of parts, because quoting decides which parts are
// expanded and which are split into fields afterwards ("$A" stays one word, $A may become many).
export type TWordPart =
  | { kind: 'literal'; text: string; quoted: boolean }
  | { kind: 'variable'; name: string; quoted: boolean; operator?: ':-' | '-' | ':=' | '=' | '#'; operand?: string }
  | { kind: 'command'; script: string; quoted: boolean }
  | { kind: 'arithmetic'; expression: string; quoted: boolean }

export type TWord = { parts: TWordPart[]; raw: string }

export type TOperator = ';' | '&&' | '||' | '|' | '&' | '\n' | '(' | ')'

export type TRedirectOperator = '>' | '>>' | '<' | '>&' | '<&'

export type TToken =
  | { type: 'word'; word: TWord }
  | { type: 'operator'; value: TOperator }
  | { type: 'redirect'; operator: TRedirectOperator; fd: number | null }

export class ShellSyntaxError extends Error {}

/** The unquoted text of a word made of one literal, as reserved words and names must be. */
export function plainText(word: TWord): string | null {
  if (word.parts.length !== 1) return null
  const [part] = word.parts
  return part.kind === 'literal' && !part.quoted ? part.text : null
}
