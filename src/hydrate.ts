/**
 * `career-widgets/hydrate`: Lit's hydration support, for apps that bundle career-widgets and show
 * elements rendered by `career-widgets/ssr`. Import it before anything that imports Lit, so that
 * the elements take over the server's markup instead of rendering it again:
 *
 *   import 'career-widgets/hydrate';
 *   import 'career-widgets';
 *
 * The script-tag loader does this by itself, and only on pages that hold server-rendered elements.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
