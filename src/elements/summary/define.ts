import { defineElement } from '../shared/define-element.js';
// The counters it renders: registered with it, so importing this module alone is enough.
import '../counter/define.js';
import { StatSummary } from './stat-summary.js';

defineElement('stat-summary', StatSummary);

declare global {
  interface HTMLElementTagNameMap {
    'stat-summary': StatSummary;
  }
}
