// The print controller: whether the page is being printed (print media, or between beforeprint
// and afterprint), with the hosts updated when that changes; one set of listeners for all.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import { PrintController } from '../../src/controllers/print-controller.js';
import { until } from '../support/dom.js';

class PrintHost extends ReactiveElement {
  readonly print = new PrintController(this);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('print-host', PrintHost);

describe('PrintController', () => {
  it('beforeprint and afterprint: printing in between, every host updated at each change', async () => {
    const root = await fixture<HTMLElement>('<div><print-host></print-host><print-host></print-host></div>');
    const hosts = [...root.querySelectorAll<PrintHost>('print-host')];
    expect(hosts[0]!.print.printing).to.equal(false);
    const before = hosts.map((el) => el.updates);
    dispatchEvent(new Event('beforeprint'));
    await Promise.all(hosts.map((el) => el.updateComplete));
    expect(hosts.map((el) => el.print.printing)).to.deep.equal([true, true]);
    expect(hosts.map((el, i) => el.updates - before[i]!)).to.deep.equal([1, 1]);
    dispatchEvent(new Event('beforeprint')); // No change: no update.
    dispatchEvent(new Event('afterprint'));
    await Promise.all(hosts.map((el) => el.updateComplete));
    expect(hosts[0]!.print.printing).to.equal(false);
    expect(hosts.map((el, i) => el.updates - before[i]!)).to.deep.equal([2, 2]);
  });

  it('follows print media', async () => {
    const el = await fixture<PrintHost>('<print-host></print-host>');
    try {
      await emulateMedia({ media: 'print' });
      await until(() => el.print.printing, 3000, 'printing');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    await until(() => !el.print.printing, 3000, 'not printing');
  });

  it('a host that is gone is not updated; the listeners go with the last host', async () => {
    const el = await fixture<PrintHost>('<print-host></print-host>');
    el.remove();
    const updates = el.updates;
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(el.updates).to.equal(updates);
    expect(el.print.printing, 'nobody listens').to.equal(false);
    // A new host starts again from what the media says.
    const next = await fixture<PrintHost>('<print-host></print-host>');
    expect(next.print.printing).to.equal(false);
  });
});
