/**
 * Arabic-Indic (٠–٩) and Persian (۰–۹) digits as ASCII ones: Arabic and Persian pages write dates and
 * times with them ("۱۰:۲۴"), and Unicode normalisation (NFKC) leaves them as they are.
 */
export function asciiDigits(text: string): string {
  // Both runs start at a code point ending in 0 (U+0660, U+06F0): the low four bits are the digit.
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 15));
}
