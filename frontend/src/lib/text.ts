/**
 * Lower case without diacritics, as the server's search folds Vietnamese (vn_fold): "Tịnh Khê", "tinh khe"
 * and "TINH KHE" are the same text; "đ" counts as "d".
 */
export function fold(text: string): string {
  return text
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Whether every word of `query` is in `text`, both folded: "khe tinh" and "tinh khe" find "Xã Tịnh Khê". */
export function matchesWords(text: string, query: string): boolean {
  const folded = fold(text);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
