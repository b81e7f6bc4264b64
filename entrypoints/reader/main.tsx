import { render } from 'preact';
import '@/components/panel.css';
import { App } from './app';

render(<App />, document.getElementById('app')!);
