import { defineElement } from '../shared/define-element.js';
import { StatCounter } from './stat-counter.js';

defineElement('stat-counter', StatCounter);

declare global {
  interface HTMLElementTagNameMap {
    'stat-counter': StatCounter;
  }
}
