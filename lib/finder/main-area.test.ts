import { mainArea } from './main-area';

describe('mainArea() returns', () => {
  const table: [string, string, string][] = [
    ['<main>', '<nav id="menu"></nav><main id="expected"></main>', 'expected'],
    ['[role=main] (mobile web)', '<div id="expected" role="main"></div>', 'expected'],
    ['the first visible one', '<main id="old" hidden></main><main id="expected"></main>', 'expected'],
    [
      '<main> before [role=main]',
      '<div id="other" role="main"></div><main id="expected"></main>',
      'expected',
    ],
  ];
  for (const [what, html, id] of table) {
    it(what, () => {
      document.body.innerHTML = html;
      expect(mainArea(document).id).toBe(id);
    });
  }

  it('the body when there is no main area', () => {
    document.body.innerHTML = '<div><input type="checkbox" role="switch"></div>';
    expect(mainArea(document)).toBe(document.body);
  });
});
