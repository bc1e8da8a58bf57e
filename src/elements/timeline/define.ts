import { defineElement } from '../shared/define-element.js';
import { StatTimeline } from './stat-timeline.js';

defineElement('stat-timeline', StatTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'stat-timeline': StatTimeline;
  }
}
