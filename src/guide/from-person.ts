/**
 * Whether an event came from the person at the browser (a click, a key, a
 * screen reader's activation) rather than from a script. A court page's
 * script can dispatch events that look the same but carry isTrusted false:
 * the guide never acts on those, so a page cannot press its buttons.
 */
export function fromPerson(event: Event): boolean {
  return event.isTrusted;
}
