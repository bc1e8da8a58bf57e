// `stat-widgets embed publish CONFIG --out DIR` as a publisher runs it (npm test builds dist/cli/
// first): the files (the same the builder's download holds), problems, languages, exit status.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { publishedFiles, type PublishConfig } from '../../src/embed/publish.js';

interface Step {
  status: number;
  stdout: string;
  stderr: string;
  files: Record<string, { base64?: string }>;
}

async function runCli(payload: { files?: Record<string, string>; steps: { args: string[]; env?: Record<string, string> }[] }): Promise<Step[]> {
  return ((await executeServerCommand('run-cli', payload)) as { steps: Step[] }).steps;
}

const textOf = (file: { base64?: string } | undefined) => new TextDecoder().decode(Uint8Array.from(atob(file!.base64!), (c) => c.charCodeAt(0)));

const config: PublishConfig = {
  dist: 'https://stats.example.org/dist/',
  base: 'https://stats.example.org/embeds/',
  embeds: [
    { name: 'teachers', widget: 'counter', src: 'https://stats.example.org/data/feed.json', metric: 'teachers', lang: 'az', showDelta: true },
    { name: 'map', widget: 'map', src: '../data/feed.json', metric: 'schools', level: 'economic-region' },
  ],
};

describe('stat-widgets embed publish', function () {
  this.timeout(30000);

  it("writes DIR/<name>/index.html and oembed.json per embed, the builder's files byte for byte, and says what to paste", async () => {
    const [step] = await runCli({
      files: { 'embeds.json': JSON.stringify(config) },
      steps: [{ args: ['embed', 'publish', 'embeds.json', '--out', 'public/embeds'] }],
    });
    expect(step!.status, step!.stderr).to.equal(0);
    expect(step!.stderr).to.equal('');
    const expected = publishedFiles(config);
    const written = Object.keys(step!.files).filter((name) => name.startsWith('public/'));
    expect(written.sort()).to.deep.equal(
      Object.keys(expected)
        .map((name) => `public/embeds/${name}`)
        .sort(),
    );
    for (const [name, text] of Object.entries(expected)) expect(textOf(step!.files[`public/embeds/${name}`]), name).to.equal(text);
    expect(step!.stdout).to.equal(
      [
        'wrote public/embeds/teachers: paste https://stats.example.org/embeds/teachers/ on a line of its own',
        'wrote public/embeds/map: paste https://stats.example.org/embeds/map/ on a line of its own',
        'published 2 embed(s) in public/embeds; serve it at https://stats.example.org/embeds/',
        '',
      ].join('\n'),
    );
  });

  it("problems: exit status 1, each at its place in the config, in the reader's language; nothing written", async () => {
    const bad = {
      dist: 'dist/',
      base: 'https://stats.example.org/embeds/',
      embeds: [{ name: 'a b', widget: 'chart', src: 'https://x.example/f.json', 'show-delta': true }],
    };
    const [en, az] = await runCli({
      files: { 'embeds.json': JSON.stringify(bad) },
      steps: [
        { args: ['embed', 'publish', 'embeds.json', '-o', 'out'] },
        { args: ['embed', 'publish', 'embeds.json', '-o', 'out'], env: { LANG: 'az_AZ.UTF-8' } },
      ],
    });
    expect(en!.status).to.equal(1);
    expect(en!.stdout).to.equal(
      [
        'embeds.json: dist: "dist/" is not an absolute http(s) URL',
        'embeds.json: embeds[0].name: "a b" cannot name a folder: use letters, digits, - and _ (at most 64)',
        'embeds.json: embeds[0].widget: unknown widget "chart"; use counter, map, timeline, summary',
        'embeds.json: embeds[0].show-delta: unknown option "show-delta" (did you mean "showDelta"?)',
        '4 problem(s); nothing written',
        '',
      ].join('\n'),
    );
    expect(Object.keys(en!.files)).to.deep.equal(['embeds.json']);
    expect(az!.status).to.equal(1);
    expect(az!.stdout).to.contain('embeds.json: embeds[0].widget: naməlum vidjet "chart"; bunlardan birini işlədin: counter, map, timeline, summary');
  });

  it('warns (once) when readers elsewhere could not reach what the pages load', async () => {
    const local = { ...config, dist: 'http://localhost:8080/dist/', base: 'http://localhost:8080/embeds/' };
    const [step] = await runCli({
      files: { 'embeds.json': JSON.stringify(local) },
      steps: [{ args: ['embed', 'publish', 'embeds.json', '--out', 'out'], env: { LANG: 'ru_RU.UTF-8' } }],
    });
    expect(step!.status).to.equal(0);
    expect(step!.stderr).to.equal('предупреждение: http://localhost:8080 — этот компьютер или его сеть; читатели в других местах его не увидят\n');
  });

  it('exit status 2: no config, an unreadable or non-JSON one, no --out, another command; --help', async () => {
    const steps = await runCli({
      files: { 'broken.json': '{ "dist": ', 'embeds.json': JSON.stringify(config) },
      steps: [
        { args: ['embed', 'publish', '--out', 'out'] },
        { args: ['embed', 'publish', 'missing.json', '--out', 'out'] },
        { args: ['embed', 'publish', 'broken.json', '--out', 'out'] },
        { args: ['embed', 'publish', 'embeds.json'] },
        { args: ['embed', 'unpublish'] },
        { args: ['embed', '--help'], env: { LANG: 'az_AZ.UTF-8' } },
      ],
    });
    expect(steps.map((s) => s.status)).to.deep.equal([2, 2, 2, 2, 2, 0]);
    expect(steps[0]!.stderr).to.equal('name the config file: stat-widgets embed publish CONFIG --out DIR\n');
    expect(steps[1]!.stderr).to.equal('cannot read missing.json: no such file\n');
    expect(steps[2]!.stderr).to.match(/^broken\.json is not JSON: /);
    expect(steps[3]!.stderr).to.equal('name the folder to write with --out DIR\n');
    expect(steps[4]!.stderr).to.equal('unknown command "embed unpublish"; see "stat-widgets embed --help"\n');
    expect(steps[5]!.stdout).to.match(/^İstifadə: stat-widgets embed publish KONFİQ --out QOVLUQ\n/);
    expect(Object.keys(steps[5]!.files).sort()).to.deep.equal(['broken.json', 'embeds.json']);
  });
});
