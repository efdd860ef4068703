import { switchState } from './switch-state';

/** The first element of `html`, parsed in the test document. */
function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild as Element;
}

describe('switchState() reads', () => {
  const table: [string, 'on' | 'off'][] = [
    ['<input type="checkbox" role="switch" checked>', 'on'],
    ['<input type="checkbox" role="switch">', 'off'],
    ['<input type="checkbox">', 'off'],
    ['<INPUT TYPE="CHECKBOX" CHECKED>', 'on'],
    ['<input type="checkbox" role="switch" aria-checked="true">', 'off'], // the native state wins
    ['<button role="switch" aria-checked="true"><span>On</span></button>', 'on'],
    ['<div role="switch" aria-checked="false"><span>Off</span></div>', 'off'],
    ['<div role="switch" aria-checked=" TRUE ">', 'on'],
    ['<div role="checkbox" aria-checked="false">', 'off'],
  ];
  for (const [html, state] of table) {
    it(`${html} as ${state}`, () => expect(switchState(element(html))).toBe(state));
  }

  it('a checkbox as the member leaves it, not as the markup says', () => {
    const input = element('<input type="checkbox" role="switch" checked>') as HTMLInputElement;
    input.checked = false;
    expect(switchState(input)).toBe('off');
  });
});

describe('switchState() returns null', () => {
  const table = [
    '<div role="switch">',
    '<div role="switch" aria-checked="mixed">',
    '<div role="switch" aria-checked="yes">',
    '<div aria-checked="true">',
    '<span>On</span>',
    '<input type="radio" checked>',
    '<input type="text" value="on">',
    '<a href="/mypreferences/d/settings/data-for-ai-improvement">On</a>',
  ];
  for (const html of table) {
    it(html, () => expect(switchState(element(html))).toBeNull());
  }
});
