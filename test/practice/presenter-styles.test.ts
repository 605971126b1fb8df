// The current step in the presenter's list stays readable when hovered: the
// other buttons' light hover background must not reach it.
import { PRESENTER_CSS } from '../../src/practice/presenter/presenter-styles';

function rules(): CSSStyleRule[] {
  const style = document.createElement('style');
  style.textContent = PRESENTER_CSS;
  document.head.append(style);
  const found = [...(style.sheet?.cssRules ?? [])].filter(
    (rule): rule is CSSStyleRule => 'selectorText' in rule,
  );
  style.remove();
  return found;
}

/** WCAG relative luminance of a #rrggbb or #rgb colour. */
function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
};

const toHex = (color: string): string => {
  const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(color);
  return rgb
    ? `#${rgb
        .slice(1)
        .map((part) => Number(part).toString(16).padStart(2, '0'))
        .join('')}`
    : color;
};

describe('the presenter’s step list', () => {
  it('keeps the current step readable on hover, with a rule that outranks the plain hover', () => {
    const all = rules();
    const hover = all.find((rule) => rule.selectorText === 'button:hover:not(:disabled)');
    const current = all.find((rule) => rule.selectorText.includes('[aria-current]:hover'));
    expect(hover).toBeDefined();
    expect(current?.selectorText).toBe('ol button[aria-current]:hover:not(:disabled)');
    const background = toHex(current?.style.background ?? current?.style.backgroundColor ?? '');
    const color = toHex(current?.style.color ?? '');
    expect(contrast(background, color)).toBeGreaterThanOrEqual(4.5);
  });
});
