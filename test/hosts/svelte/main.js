import { mount } from 'svelte';
import App from './App.svelte';

/** What the app's handlers received, read by the test. */
window.hostLoads = [];
mount(App, { target: document.getElementById('app') });
