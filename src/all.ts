// Registers every element. The feed first: widgets upgraded after it find their provider at once.
import './elements/feed/define.js';
import './elements/counter/define.js';
import './elements/summary/define.js';
import './elements/map/define.js';
import './elements/timeline/define.js';

export * from './index.js';
