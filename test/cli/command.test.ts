// `node bin/stat-widgets.mjs feed …` as a publisher runs it (npm test builds dist/cli/ first):
// files, exit status, gzip, languages from the environment, progress. The run-cli command of
// web-test-runner.config.mjs runs it in a fresh temporary directory (test/cli/support/run-cli.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface FileSnapshot {
  size: number;
  sha256: string;
  mtimeMs: number;
  base64?: string;
}
interface Step {
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
  files: Record<string, FileSnapshot>;
}
interface Payload {
  files?: Record<string, string>;
  copy?: Record<string, string>;
  steps: { args: string[]; env?: Record<string, string> }[];
}

async function runCli(payload: Payload): Promise<Step[]> {
  const result = (await executeServerCommand('run-cli', payload)) as { steps: Step[] };
  return result.steps;
}

const SAMPLES = ['meta', 'metrics', 'regions', 'observations', 'events'];
/** The demo's sample CSV files, copied into data/. */
const samples = (): Record<string, string> => Object.fromEntries(SAMPLES.map((name) => [`data/${name}.csv`, `demo/data/${name}.csv`]));

const bytesOf = (file: FileSnapshot | undefined) => {
  expect(file?.base64, 'file content').to.be.a('string');
  return Uint8Array.from(atob(file!.base64!), (c) => c.charCodeAt(0));
};
const textOf = (file: FileSnapshot | undefined) => new TextDecoder().decode(bytesOf(file));

async function gunzip(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

let demoFeed: string;
before(async () => {
  demoFeed = await (await fetch(new URL('../../demo/data/feed.json', import.meta.url))).text();
});

describe('stat-widgets feed build', () => {
  it('builds the demo feed from the sample CSVs byte for byte, twice in a row; the second run leaves the file alone', async function () {
    this.timeout(30000);
    const [first, second] = await runCli({ copy: samples(), steps: [{ args: ['feed', 'build', 'data'] }, { args: ['feed', 'build', 'data'] }] });
    for (const step of [first!, second!]) {
      expect(step.status, step.stderr + step.stdout).to.equal(0);
      expect(step.stdout).to.equal('wrote data/feed.json (60011 bytes): 3 metrics, 93 regions, 246 observations, 11 events\n');
      expect(textOf(step.files['data/feed.json'])).to.equal(demoFeed);
    }
    expect(second!.files['data/feed.json']!.sha256).to.equal(first!.files['data/feed.json']!.sha256);
    // Same bytes are not written again: the modification time (and an ETag made from it) stays.
    expect(second!.files['data/feed.json']!.mtimeMs).to.equal(first!.files['data/feed.json']!.mtimeMs);
  });

  it('--out and --gzip: the .gz holds the same feed, and is the same bytes on every run', async function () {
    this.timeout(30000);
    const args = ['feed', 'build', 'data', '--out', 'public/feed.json', '--gzip'];
    const [first, second] = await runCli({ copy: samples(), steps: [{ args }, { args: [...args, '--out=public/again.json'] }] });
    expect(first!.status, first!.stderr).to.equal(0);
    expect(textOf(first!.files['public/feed.json'])).to.equal(demoFeed);
    expect(await gunzip(bytesOf(first!.files['public/feed.json.gz']))).to.equal(demoFeed);
    expect(second!.files['public/again.json.gz']!.sha256).to.equal(first!.files['public/feed.json.gz']!.sha256);
  });

  it('problems: exit status 1, each with file:line:column, and nothing written', async () => {
    const [step] = await runCli({
      copy: samples(),
      files: { 'data/observations.csv': 'period;region;teachers;schools;projects\n2024;AZ;4 308;1141;5.103\n2023;AZ;12,5;1141;4770\n' },
      steps: [{ args: ['feed', 'build', 'data'] }],
    });
    expect(step!.status).to.equal(1);
    expect(step!.stdout.split('\n')).to.deep.equal([
      'data/observations.csv:2:3: teachers: "4 308" is written with a thousands separator: it probably means 4308. Write numbers without separators (4308)',
      'data/observations.csv:2:5: projects: "5.103" is written with a thousands separator: it probably means 5103. Write numbers without separators (5103)',
      'data/observations.csv:3:3: teachers: "12,5" is written with a decimal comma: it probably means 12.5. Write decimals with a point (12.5)',
      '3 problems',
      '',
    ]);
    expect(step!.stderr).to.equal('data/feed.json was not written: fix the problems above and run the command again\n');
    expect(step!.files['data/feed.json']).to.equal(undefined);
  });

  it('a failing build leaves the feed already there untouched (same bytes, same time) and no temporary file', async () => {
    const [good, bad] = await runCli({
      copy: samples(),
      steps: [{ args: ['feed', 'build', 'data', '--gzip'] }, { args: ['feed', 'build', 'data', '--gzip', '--observations', 'bad.csv'] }],
      files: { 'bad.csv': 'period,region,teachers\n2024,AZ,n/a\n' },
    });
    expect(good!.status).to.equal(0);
    expect(bad!.status).to.equal(1);
    for (const name of ['data/feed.json', 'data/feed.json.gz']) {
      expect(bad!.files[name]!.sha256, name).to.equal(good!.files[name]!.sha256);
      expect(bad!.files[name]!.mtimeMs, name).to.equal(good!.files[name]!.mtimeMs);
    }
    expect(Object.keys(bad!.files).filter((name) => name.includes('.tmp'))).to.deep.equal([]);
  });

  it('3,000 tidy rows with the same mistake: a handful of lines; fixed, the tidy file builds the bytes of its wide twin', async function () {
    this.timeout(30000);
    const regions = 'id,level,parent,name_en\nUS,country,,United States\n01001,district,US,Autauga\n01003,district,US,Baldwin\n';
    const metrics = 'id,kind,label_en\nrate,stock,Unemployment rate\nunemployed,stock,Unemployed\n';
    const periods = Array.from({ length: 1500 }, (_, i) => 1000 + i);
    const tidy = (rate: string) => ['region,period,metric,value', ...periods.flatMap((p) => [`01001,${p},rate,${rate}`, `1003,${p},rate,${rate}`])].join('\n');
    const wide = ['period,region,rate', ...periods.flatMap((p) => [`${p},01001,0.097`, `${p},01003,0.097`])].join('\n');
    const steps = await runCli({
      files: {
        'tidy/metrics.csv': metrics,
        'tidy/regions.csv': regions,
        'tidy/observations.csv': tidy('9.7%'),
        'wide/metrics.csv': metrics,
        'wide/regions.csv': regions,
        'wide/observations.csv': wide,
        'fixed.csv': tidy('.097').replaceAll('\n1003,', '\n01003,'),
      },
      steps: [{ args: ['feed', 'check', 'tidy'] }, { args: ['feed', 'build', 'tidy', '--observations', 'fixed.csv'] }, { args: ['feed', 'build', 'wide'] }],
    });
    const [check, fixed, twin] = steps;
    expect(check!.status).to.equal(1);
    const lines = check!.stdout.trimEnd().split('\n');
    expect(lines.length, check!.stdout).to.be.at.most(9);
    expect(lines).to.include('tidy/observations.csv: … and 2997 more cells like this in column "value"');
    expect(lines).to.include('tidy/observations.csv: … and 1497 more cells like this in column "region"');
    expect(lines[0]).to.equal('tidy/observations.csv:2:4: value: expected a number, got "9.7%"; leave the cell empty if the value is unknown');
    expect(check!.stdout).to.include('tidy/observations.csv:3:1: region: unknown region "1003"; row dropped (did you mean "01003"?)');
    expect(lines.at(-1)).to.equal('4500 problems');
    expect(fixed!.status, fixed!.stdout).to.equal(0);
    expect(fixed!.stdout.split('\n')[0]).to.equal(
      'fixed.csv:2:4: value: ".097" is read as 0.097, and so are 2999 more cells like it in this column (a note: nothing to fix, but a 0 before the point is clearer)',
    );
    expect(twin!.status).to.equal(0);
    expect(fixed!.files['tidy/feed.json']!.sha256).to.equal(twin!.files['wide/feed.json']!.sha256);
  });

  it('feed regions --from a TopoJSON map writes a regions.csv that feed build --geo accepts with the same map', async function () {
    this.timeout(30000);
    const steps = await runCli({
      copy: { 'us.topo.json': 'test/fixtures/geo/us-states-4.topo.json', 'us.geo.json': 'test/fixtures/geo/us-states-4.geo.json' },
      files: {
        'data/metrics.csv': 'id,kind,label_en\nrate,stock,Unemployment rate\n',
        'data/observations.csv': 'period,region,rate\n2009,09,8.3\n2009,25,8.2\n2009,10,8\n2009,44,10.9\n',
      },
      steps: [
        { args: ['feed', 'regions', '--from', 'us.topo.json'] },
        { args: ['feed', 'regions', '--from', 'us.topo.json', '--object', 'states', '--out', 'data/regions.csv'] },
        { args: ['feed', 'build', 'data', '--geo', 'us.topo.json', '--object', 'states'] },
        { args: ['feed', 'regions', '--from', 'us.geo.json', '--id', 'GEOID', '--name', 'NAME', '--level', 'district', '--delimiter', ';'] },
        { args: ['feed', 'check', 'data', '--geo', 'us.geo.json', '--id', 'GEOID'] },
        { args: ['feed', 'check', 'data', '--geo', 'us.topo.json', '--object', 'new_england'] },
      ],
    });
    const [choose, write, build, fromGeoJson, checkGeoJson, otherObject] = steps;
    expect(choose!.status).to.equal(2);
    expect(choose!.stderr).to.equal('us.topo.json: the topology holds several objects (states, new_england); pick one with --object NAME\n');
    expect(write!.stdout).to.equal('wrote data/regions.csv: 4 regions\n');
    expect(textOf(write!.files['data/regions.csv'])).to.equal(
      'id,level,parent,name_en,name_az,name_ru,geo\n25,district,,Massachusetts,,,\n09,district,,Connecticut,,,\n10,district,,Delaware,,,\n44,district,,Rhode Island,,,\n',
    );
    expect(build!.status, build!.stdout).to.equal(0);
    expect(build!.stdout).to.match(/^wrote data\/feed\.json \(\d+ bytes\): 1 metrics, 4 regions, 4 observations, 0 events\n$/);
    expect(fromGeoJson!.stdout.split('\n')[4]).to.equal('44;district;;Rhode Island;;Род-Айленд;');
    expect(checkGeoJson!.status, checkGeoJson!.stdout).to.equal(0);
    expect(otherObject!.status).to.equal(1);
    expect(otherObject!.stdout).to.include('data/regions.csv:2:1: id: the region "25" has no feature in us.topo.json; the map would not draw it');
  });

  it('feed check feed.json --geo checks a built feed against a map, as feed check --geo checks its CSV files', async function () {
    this.timeout(30000);
    const steps = await runCli({
      copy: { 'us.topo.json': 'test/fixtures/geo/us-states-4.topo.json' },
      files: {
        'data/metrics.csv': 'id,kind,label_en\nrate,stock,Unemployment rate\n',
        'data/observations.csv': 'period,region,rate\n2009,09,8.3\n2009,25,8.2\n2009,10,8\n',
        'data/regions.csv': 'id,level,name_en\n25,district,Massachusetts\n09,district,Connecticut\n10,district,Delaware\n',
      },
      steps: [
        { args: ['feed', 'build', 'data'] },
        { args: ['feed', 'check', 'data/feed.json', '--geo', 'us.topo.json', '--object', 'states'] },
        { args: ['feed', 'check', 'data/feed.json', '--geo', 'us.topo.json', '--object', 'new_england'] },
        { args: ['feed', 'check', 'data/feed.json', '--geo', 'missing.topo.json'] },
        { args: ['feed', 'check', 'data/feed.json', '--object', 'states'] },
      ],
    });
    const [build, states, newEngland, missing, objectAlone] = steps;
    expect(build!.status, build!.stdout).to.equal(0);
    // Every region has its feature; Rhode Island, a feature with no region, is a note (drawn as "no data").
    expect(states!.status, states!.stdout).to.equal(0);
    expect(states!.stdout).to.equal(
      'us.topo.json: the feature "44" (Rhode Island) has no region in data/feed.json; the map would draw it as "no data"\n1 note: read as said above, nothing to fix\n' +
        'data/feed.json: no problems (1 metrics, 3 regions, 3 observations, 0 events)\n',
    );
    // That object is one shape, "NE": every region is a problem, named by its place in the feed.
    expect(newEngland!.status).to.equal(1);
    expect(newEngland!.stdout).to.include('data/feed.json: regions[0].id: the region "25" has no feature in us.topo.json; the map would not draw it');
    expect(newEngland!.stdout).to.include('data/feed.json: regions[2].id: the region "10" has no feature in us.topo.json; the map would not draw it');
    expect(newEngland!.stdout).to.match(/\n3 problems\n$/);
    expect(missing!.status).to.equal(2);
    expect(missing!.stderr).to.include('missing.topo.json');
    expect(objectAlone!.status).to.equal(2);
    expect(objectAlone!.stderr).to.equal('the option "--object" is read only with --geo\n');
  });

  it('speaks the language of LANG, LC_ALL or --lang', async () => {
    const files = { 'data/observations.csv': 'period,region,teachers,schools,projects\n2024\tAZ\t1\t2\t3\n' };
    const steps = await runCli({
      copy: samples(),
      files: { ...files, 'tabs/observations.csv': 'period\tregion\tteachers\n' },
      steps: [
        { args: ['feed', 'check', 'data', '--observations', 'tabs/observations.csv'], env: { LANG: 'az_AZ.UTF-8' } },
        { args: ['feed', 'check', 'data', '--observations', 'tabs/observations.csv'], env: { LANG: 'az_AZ.UTF-8', LC_ALL: 'ru_RU.UTF-8' } },
        { args: ['feed', 'check', 'data', '--observations', 'tabs/observations.csv', '--lang', 'en'], env: { LC_ALL: 'ru_RU.UTF-8' } },
      ],
    });
    expect(steps.map((step) => step.status)).to.deep.equal([1, 1, 1]);
    expect(steps[0]!.stdout).to.equal(
      'tabs/observations.csv:1:1: dəyərlər tabulyasiya ilə ayrılıb; faylı vergül və ya nöqtəli vergüllə ayrılan CSV kimi saxlayın\n1 problem\n',
    );
    expect(steps[1]!.stdout).to.equal(
      'tabs/observations.csv:1:1: значения разделены табуляцией; сохраните файл как CSV с разделителем «запятая» или «точка с запятой»\n1 проблема\n',
    );
    expect(steps[2]!.stdout).to.equal(
      'tabs/observations.csv:1:1: the values are separated by tabs; save the file as CSV, separated by commas or semicolons\n1 problem\n',
    );
  });

  it('unreadable input: exit status 2 (a missing file, a file that is not UTF-8)', async () => {
    const steps = await runCli({
      copy: samples(),
      steps: [{ args: ['feed', 'build', 'nowhere'] }, { args: ['feed', 'build', 'data', '--events', 'missing.csv'] }],
    });
    expect(steps[0]!.status).to.equal(2);
    expect(steps[0]!.stderr).to.include('nowhere/metrics.csv: cannot read nowhere/metrics.csv: no such file');
    expect(steps[1]!.status).to.equal(2);
    expect(steps[1]!.stderr).to.equal('missing.csv: cannot read missing.csv: no such file\n');
  });

  it('a file saved in Windows-1251: exit status 2, the line and column of the first wrong byte', async () => {
    const cp1251 = btoa(String.fromCharCode(...new TextEncoder().encode('period,region,teachers\n2024,'), 0xc1, 0xe0, 0xea, 0xf3, 0x2c, 0x31, 0x0a));
    const result = (await executeServerCommand('run-cli', {
      copy: samples(),
      files: { 'data/observations.csv': { base64: cp1251 } },
      steps: [{ args: ['feed', 'check', 'data', '--lang', 'ru'] }],
    })) as { steps: Step[] };
    const [step] = result.steps;
    expect(step!.status).to.equal(2);
    expect(step!.stderr).to.equal('data/observations.csv:2:6: файл не в кодировке UTF-8 (первый неверный байт здесь); сохраните его как «CSV UTF-8»\n');
  });

  it('--progress: progress lines on stderr, the result on stdout', async () => {
    const [step] = await runCli({ copy: samples(), steps: [{ args: ['feed', 'build', 'data', '--progress'] }] });
    expect(step!.status).to.equal(0);
    expect(step!.stderr).to.include('checking 246 rows…\n');
    expect(step!.stderr).to.include('writing data/feed.json…\n');
    expect(step!.stdout).to.match(/^wrote data\/feed\.json/);
  });

  it('no progress line without --progress when stderr is not a terminal', async () => {
    const [step] = await runCli({ copy: samples(), steps: [{ args: ['feed', 'build', 'data'] }] });
    expect(step!.stderr).to.equal('');
  });
});

describe('stat-widgets feed check', () => {
  it('the sample CSVs and the demo feed: no problems, exit status 0', async () => {
    const steps = await runCli({
      copy: { ...samples(), 'feed.json': 'demo/data/feed.json' },
      steps: [{ args: ['feed', 'check', 'data'] }, { args: ['feed', 'check', 'feed.json'] }],
    });
    expect(steps.map((step) => step.status)).to.deep.equal([0, 0]);
    expect(steps[0]!.stdout).to.equal('data: no problems (3 metrics, 93 regions, 246 observations, 11 events)\n');
    expect(steps[1]!.stdout).to.equal('feed.json: no problems (3 metrics, 93 regions, 246 observations, 11 events)\n');
    expect(Object.keys(steps[0]!.files).filter((name) => name.endsWith('.json'))).to.deep.equal(['feed.json']);
  });

  it('a JSON feed with problems: JSON paths, exit status 1; not JSON: line and column, exit status 2', async () => {
    const feed = JSON.parse(demoFeed) as { observations: Record<string, unknown>[] };
    feed.observations[3]!['teachers'] = '12a';
    const steps = await runCli({
      files: { 'feed.json': JSON.stringify(feed), 'broken.json': '{\n  "version": 1,\n}\n' },
      steps: [{ args: ['feed', 'check', 'feed.json'] }, { args: ['feed', 'check', 'broken.json'] }],
    });
    expect(steps[0]!.status).to.equal(1);
    expect(steps[0]!.stdout).to.equal('feed.json: observations[3].teachers: expected a number or null, got "12a"; row dropped\n1 problem\n');
    expect(steps[1]!.status).to.equal(2);
    expect(steps[1]!.stderr).to.match(/^broken\.json:3:1: not JSON: /);
  });

  it('a gzipped feed', async () => {
    const steps = await runCli({ copy: samples(), steps: [{ args: ['feed', 'build', 'data', '--gzip'] }, { args: ['feed', 'check', 'data/feed.json.gz'] }] });
    expect(steps[1]!.status).to.equal(0);
    expect(steps[1]!.stdout).to.include('no problems');
  });
});

describe('stat-widgets feed regions', () => {
  it("writes the regions template: the demo's regions.csv", async () => {
    const regions = await (await fetch(new URL('../../demo/data/regions.csv', import.meta.url))).text();
    const steps = await runCli({ steps: [{ args: ['feed', 'regions'] }, { args: ['feed', 'regions', '--out', 'regions.csv', '--delimiter', ';', '--bom'] }] });
    expect(steps[0]!.status).to.equal(0);
    expect(steps[0]!.stdout).to.equal(regions);
    expect(steps[1]!.stdout).to.equal('wrote regions.csv: 93 regions\n');
    const excel = bytesOf(steps[1]!.files['regions.csv']);
    expect([...excel.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(excel)).to.equal(regions.replace(/,/g, ';'));
  });
});

describe('stat-widgets: usage', () => {
  it('--help in each language, exit status 0; a wrong command or option, exit status 2', async () => {
    const steps = await runCli({
      steps: [
        { args: ['feed', '--help'] },
        { args: ['feed', '--help'], env: { LANG: 'ru_RU.UTF-8' } },
        { args: ['feed', 'publish'] },
        { args: ['feed', 'build', '--colour'] },
        { args: ['feed', 'regions', '--delimiter', '|'] },
      ],
    });
    expect(steps.map((step) => step.status)).to.deep.equal([0, 0, 2, 2, 2]);
    expect(steps[0]!.stdout).to.match(/^Usage: stat-widgets feed <command>/);
    expect(steps[1]!.stdout).to.match(/^Использование: stat-widgets feed <команда>/);
    expect(steps[2]!.stderr).to.equal('unknown command "feed publish"; see "stat-widgets feed --help"\n');
    expect(steps[3]!.stderr).to.equal('unknown option "--colour"; see "stat-widgets feed --help"\n');
    expect(steps[4]!.stderr).to.include('"|" is not a value for "--delimiter"');
  });
});
