/** Phone numbers as links and as text that never wraps in the middle on a narrow phone. */

/** `tel:` URL of a number as printed ("0205 3812 345" → "tel:02053812345"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** The printed number with non-breaking spaces, so "0205 3812 345" stays on one line. */
export function telText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}
