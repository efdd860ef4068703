import { render } from 'preact';

render(<p>Opt-Out Guide</p>, document.getElementById('app') as HTMLElement);
