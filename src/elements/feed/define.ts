import { defineElement } from '../shared/define-element.js';
import { StatFeed } from './stat-feed.js';

defineElement('stat-feed', StatFeed);

declare global {
  interface HTMLElementTagNameMap {
    'stat-feed': StatFeed;
  }
}
