/** The welcome page's fixed text: what the extension does and doesn't, and how to pin its button. */
import { type MessageKey, t } from '../lib/i18n';

const does = ['welcome_does_1', 'welcome_does_2', 'welcome_does_3'] as const satisfies MessageKey[];
const doesnt = ['welcome_doesnt_1', 'welcome_doesnt_2', 'welcome_doesnt_3'] as const satisfies MessageKey[];

function List({ heading, id, items }: { heading: MessageKey; id: string; items: readonly MessageKey[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(heading)}</h2>
      <ul>
        {items.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}

/** Props-free markup: the same words for every member, in their language. */
export function WelcomeText() {
  return (
    <>
      <header class="welcome-top">
        <img src="/icon/48.png" width="40" height="40" alt="" />
        <h1>{t('welcome_title')}</h1>
      </header>
      <p class="lead">{t('welcome_intro')}</p>
      <List heading="welcome_does_heading" id="welcome-does" items={does} />
      <List heading="welcome_doesnt_heading" id="welcome-doesnt" items={doesnt} />
      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome_pin_heading')}</h2>
        <p>{t('welcome_pin_why')}</p>
        <ul>
          <li>{t('welcome_pin_chrome')}</li>
          <li>{t('welcome_pin_firefox')}</li>
        </ul>
      </section>
    </>
  );
}
