// The embed builder page: the builder mounted in its placeholder.
import { mountEmbedBuilder } from './embed-builder.js';

mountEmbedBuilder(document.querySelector<HTMLElement>('#embed-builder')!);
