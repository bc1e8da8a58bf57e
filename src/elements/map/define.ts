import { defineElement } from '../shared/define-element.js';
import { StatMap } from './stat-map.js';

defineElement('stat-map', StatMap);

declare global {
  interface HTMLElementTagNameMap {
    'stat-map': StatMap;
  }
}
