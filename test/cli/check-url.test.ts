// `stat-widgets feed check --url URL`: a deployed feed checked as a page on another site reads
// it, a line per header saying what to change. Two hosts on the test server: the project folder
// as `npm run serve` serves it (CORS, compression, validators: nothing to fix), and the tests'
// feed server, which sends no CORS header.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { setFeed, uniqueFeedName } from '../support/feed-control.js';

interface Step {
  status: number;
  stdout: string;
  stderr: string;
}

async function runCli(steps: { args: string[]; env?: Record<string, string> }[]): Promise<Step[]> {
  return ((await executeServerCommand('run-cli', { steps })) as { steps: Step[] }).steps;
}

describe('stat-widgets feed check --url', function () {
  this.timeout(30000);
  let demoFeed: string;
  before(async () => {
    demoFeed = await (await fetch('/demo/data/feed.json')).text();
  });

  it('a feed served as `npm run serve` serves it: nothing to fix, each header named', async () => {
    const url = `${location.origin}/__serve/demo/data/feed.json`;
    const [step] = await runCli([{ args: ['feed', 'check', '--url', url] }]);
    expect(step!.status, step!.stdout + step!.stderr).to.equal(0);
    const lines = step!.stdout.split('\n');
    expect(lines[0]).to.equal(`checking ${url} as a page on another site would read it`);
    expect(lines).to.include('  ok   Access-Control-Allow-Origin: * (any site, and sandboxed embeds, may read it)');
    expect(lines).to.include('  ok   Content-Type: application/json; charset=utf-8');
    expect(lines).to.include('  ok   Content-Encoding: br');
    expect(lines).to.include('  ok   Cache-Control: no-cache');
    expect(lines.some((line) => /^ {2}ok {3}ETag: ".+" \(a refresh of an unchanged feed is answered 304, without the feed\)$/.test(line))).to.equal(true);
    expect(lines).to.include(`  ok   ${url}: no problems (3 metrics, 93 regions, 246 observations, 11 events)`);
    expect(lines.some((line) => /^ {2}ok {3}Last-Modified: .+ GMT \(a refresh of an unchanged feed is answered 304, without the feed\)$/.test(line))).to.equal(
      true,
    );
    expect(lines.at(-2)).to.equal('nothing to fix');
  });

  it("with --geo, the feed's regions against a map too: the right map has nothing to fix, another country's names every region", async () => {
    const url = `${location.origin}/__serve/demo/data/feed.json`;
    const [azerbaijan, states] = (
      (await executeServerCommand('run-cli', {
        copy: { 'az.topo.json': 'src/geo/azerbaijan-regions.topo.json', 'us.topo.json': 'test/fixtures/geo/us-states-4.topo.json' },
        steps: [
          { args: ['feed', 'check', '--url', url, '--geo', 'az.topo.json', '--object', 'districts'] },
          { args: ['feed', 'check', '--url', url, '--geo', 'us.topo.json', '--object', 'states'] },
        ],
      })) as { steps: Step[] }
    ).steps;
    expect(azerbaijan!.status, azerbaijan!.stdout + azerbaijan!.stderr).to.equal(0);
    expect(azerbaijan!.stdout.trim().split('\n').at(-1)).to.equal('nothing to fix');
    // A map of four US states: no region of the feed has a shape there (to fix), and each state is a feature with no region (to consider).
    expect(states!.status, states!.stdout).to.equal(1);
    const unmapped = states!.stdout.split('\n').filter((line) => line.includes('has no feature in us.topo.json; the map would not draw it'));
    expect(unmapped).to.have.length(93);
    expect(unmapped[0]).to.match(/^ {4}http:.*feed\.json: regions\[0\]\.id: the region "AZ" has no feature/);
    expect(states!.stdout).to.contain(
      `  note us.topo.json: the feature "25" (Massachusetts) has no region in ${url}; the map would draw it as "no data" (and so would 3 more features)\n`,
    );
    expect(states!.stdout.trim().split('\n').at(-1)).to.equal('1 to fix, 1 to consider');
  });

  it("a feed without CORS: exit status 1, the missing header named with what to send, in the reader's language", async () => {
    const name = uniqueFeedName('no-cors');
    await setFeed(name, { body: demoFeed, reset: true });
    const url = `${location.origin}/__feed/${name}`;
    const [en, az] = await runCli([{ args: ['feed', 'check', '--url', url] }, { args: ['feed', 'check', `--url=${url}`], env: { LANG: 'az_AZ.UTF-8' } }]);
    expect(en!.status, en!.stdout + en!.stderr).to.equal(1);
    expect(en!.stdout).to.contain(
      '  FIX  Access-Control-Allow-Origin: missing. Pages on other sites cannot read the feed (widgets say "The data could not be loaded"). Send: Access-Control-Allow-Origin: *\n',
    );
    // This server compresses nothing: advice, with the sizes.
    expect(en!.stdout).to.match(
      / {2}note Content-Encoding: none\. The feed is 58\.6 KB, about \d+\.\d KB with gzip: turn on gzip or Brotli for application\/json\n/,
    );
    expect(en!.stdout.trim().split('\n').at(-1)).to.equal('1 to fix, 1 to consider');
    expect(az!.status).to.equal(1);
    expect(az!.stdout).to.contain('  FIX  Access-Control-Allow-Origin yoxdur. ');
  });

  it("names the other headers' problems: type, validators, caching; a broken feed", async () => {
    const name = uniqueFeedName('plain');
    await setFeed(name, { body: '{"metrics": 1}', reset: true, cors: 'allow', contentType: 'text/plain', cacheControl: 'max-age=86400' });
    const [step] = await runCli([{ args: ['feed', 'check', '--url', `${location.origin}/__feed/${name}`] }]);
    expect(step!.status).to.equal(1);
    expect(step!.stdout).to.contain('  note Content-Type: text/plain; charset=utf-8. Send: Content-Type: application/json');
    expect(step!.stdout).to.contain(
      '  note Cache-Control: max-age=86400. Readers see a new feed up to 86400 seconds late. Send: Cache-Control: no-cache (or max-age=60)\n',
    );
    expect(step!.stdout).to.contain('  FIX  the feed has 1 problem(s):\n');
  });

  it('exit status 2: no address, not http(s), nobody answering', async () => {
    const steps = await runCli([
      { args: ['feed', 'check', '--url'] },
      { args: ['feed', 'check', '--url', 'ftp://example.org/feed.json'] },
      { args: ['feed', 'check', '--url', 'http://127.0.0.1:45631/feed.json'] },
    ]);
    expect(steps.map((s) => s.status)).to.deep.equal([2, 2, 2]);
    expect(steps[1]!.stderr).to.equal('"ftp://example.org/feed.json" is not an http(s) address\n');
    expect(steps[2]!.stderr).to.match(/^cannot fetch http:\/\/127\.0\.0\.1:45631\/feed\.json: .+\n$/);
  });
});
