import { createApp } from 'vue';
import App from './App.vue';

/** What the app's handlers received, read by the test. */
window.hostLoads = [];
createApp(App).mount('#app');
