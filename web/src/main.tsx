// Entry point. index.html starts the page in browser mode; widget.html (in the Zoho CRM extension package, or served by
// the server for externally hosted widgets) sets data-mode="widget" on <html>.
import { render } from 'preact';
import { App } from './app';

const widget = document.documentElement.dataset.mode === 'widget';
const root = document.getElementById('app')!;
root.textContent = '';
render(<App widget={widget} />, root);
