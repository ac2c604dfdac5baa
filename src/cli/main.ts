import { CommanderError, Option } from 'commander';
import { countDiagnostics } from '../diagnostics/diagnostic.js';
import { t, type Locale } from '../diagnostics/translate.js';
import { check } from '../index.js';
import { formatters, type OutputFormat } from '../report/index.js';
import { oneOf, VoicedCommand, voicedHelp } from './commander-voice.js';
import { UsageError } from './errors.js';
import { helpText } from './help-text.js';
import { resolveColor, resolveLocale } from './options.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
});

const VERSION = '0.1.0';

// Option parsers throw a UsageError with a catalogued code: commander's own error is English.
function parseStage(value: string): 1 | 2 | 3 | 4 {
  const n = Number(value);
  if (![1, 2, 3, 4].includes(n)) throw new UsageError('SC9018', { value });
  return n as 1 | 2 | 3 | 4;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('SC9021', { value });
  return n;
}

const parseYear = (option: string) => (value: string): number => {
  if (!/^\d{4}$/.test(value)) throw new UsageError('SC9022', { option, value });
  return Number(value);
};

/** Runs the CLI and resolves to the exit code: 0 ok, 1 invalid data, 2 usage error or failure. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const earlyLocale = resolveLocale(flagValue(argv, '--lang'), io.env);
  const h = helpText(earlyLocale);
  let exitCode = 0;
  const program = new VoicedCommand('smartcity')
    .description(earlyLocale === 'id'
      ? 'Menyusun Masterplan Smart City (DOCX, XLSX) dari data YAML sebuah daerah.'
      : 'Builds the Masterplan Smart City (DOCX, XLSX) from a region\'s YAML data.')
    .version(VERSION, '-V, --version', h('output the version number'))
    .helpOption('-h, --help', h('display help for command'))
    .helpCommand(`help ${h('[command]')}`, h('display help for command'))
    .addOption(new Option('--lang <lang>', h('id | en (default: id, or SMARTCITY_LANG)')).argParser(oneOf('--lang', ['id', 'en'])))
    .option('-q, --quiet', h('hide progress lines (warnings and errors are always shown)'))
    .option('--no-color', h('no colour in the output (also NO_COLOR)'))
    .option('--debug', h('show stack traces of internal errors'))
    .exitOverride()
    // commander's chrome (section titles, "[options]", "(default: …)") in the help's language too; subcommands inherit this.
    .configureHelp(voicedHelp(h))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(false);

  const globals = () => {
    const o = program.opts<{ lang?: string; quiet?: boolean; color?: boolean; debug?: boolean }>();
    return {
      locale: resolveLocale(o.lang, io.env),
      color: resolveColor(o.color, io.env, io.isTTY),
      quiet: Boolean(o.quiet),
      debug: Boolean(o.debug),
    };
  };

  program
    .command('validate')
    .description(h('check every YAML file of a project against the schemas and the cross-file rules'))
    .argument('[dir]', h('project folder'), '.')
    .addOption(new Option('-f, --format <format>', h('text | json | github')).argParser(oneOf('--format', ['text', 'json', 'github'])).default('text'))
    .option('--stage <n>', h('completeness for bimtek stage 1..4'), parseStage)
    .option('--strict', h('treat warnings as errors'))
    .addHelpText('after', h('\nExamples:\n') + '  smartcity validate examples/kotawaringin-timur\n  smartcity validate . --stage 2 --format github\n  smartcity validate . --strict --lang en\n')
    .action(async (dir: string, o: { format: OutputFormat; stage?: 1 | 2 | 3 | 4; strict?: boolean }) => {
      const g = globals();
      const result = await check(dir, { cwd: io.cwd, stage: o.stage, strict: o.strict });
      const sources = new Map(result.project.files.map((f) => [f.file, f.text]));
      // --quiet hides progress only: every warning and error is still shown.
      const shown = result.diagnostics;
      const text = formatters[o.format](shown, { locale: g.locale, color: o.format === 'text' && g.color, sources });
      // Machine-readable formats are results (stdout); the human report is diagnostics (stderr).
      if (o.format === 'text') {
        if (!(g.quiet && shown.length === 0)) io.stderr(text.endsWith('\n') ? text : text + '\n');
      } else {
        io.stdout(text.endsWith('\n') ? text : text + '\n');
      }
      exitCode = countDiagnostics(result.diagnostics).errors > 0 ? 1 : 0;
    });

  program
    .command('summary')
    .description(h('print programs, quick wins and budget by dimension, year and funding source; with --year, that year\'s monitoring figures'))
    .argument('[dir]', h('project folder'), '.')
    .option('--json', h('print JSON for scripts'))
    .option('--year <year>', h('the monitoring and evaluation figures of a year with a Progress document'), parseYear('--year'))
    .addHelpText('after', h('\nExamples:\n') + '  smartcity summary examples/kotawaringin-timur\n  smartcity summary . --json\n  smartcity summary . --year 2023\n')
    .action(async (dir: string, o: { json?: boolean; year?: number }) => {
      const g = globals();
      const result = await check(dir, { cwd: io.cwd });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        const sources = new Map(result.project.files.map((f) => [f.file, f.text]));
        io.stderr(formatters.text(errors, { locale: g.locale, color: g.color, sources }));
        exitCode = 1;
        return;
      }
      // Loaded here, not at start-up: `validate` (the command run most) never needs them.
      const { buildModel } = await import('../model/build.js');
      const { formatSummary, formatYearSummary, reportedYears, summarize, summarizeYear } = await import('../summary/index.js');
      const model = buildModel(result.project, { sourceDateEpoch: io.env.SOURCE_DATE_EPOCH });
      if (o.year !== undefined) {
        const year = summarizeYear(model, o.year);
        if (!year) {
          // A year the data does not report is a wrong argument, not invalid data: exit 2.
          throw new UsageError('SC9020', { year: o.year, years: reportedYears(model).join(', ') || '-' });
        }
        io.stdout(o.json ? JSON.stringify(year, null, 2) + '\n' : formatYearSummary(year, g.locale));
        return;
      }
      const summary = summarize(model);
      io.stdout(o.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary, g.locale));
    });

  program
    .command('build')
    .description(h('validate, then write the masterplan: DOCX chapters, the DOCX book and the XLSX roadmap'))
    .argument('[dir]', h('project folder (with --all: a folder of project folders)'), '.')
    .option('-o, --out <dir>', h('output folder (default: <dir>/dist; with --all: <out>/<project>)'))
    .option('--pdf', h('also write the book and each monitoring report as PDF (needs LibreOffice)'))
    .option('--strict', h('treat warnings as errors'))
    .option('--stage <n>', h('write only the books due at bimtek stage 1..4, checking that stage\'s completeness'), parseStage)
    .option('--all', h('build every subfolder that holds a smartcity.yaml, in parallel'))
    .option('-j, --jobs <n>', h('with --all: regions built at once (default: the number of CPUs)'), parseJobs)
    .option('-w, --watch', h('build again whenever an input or template changes (Ctrl+C to stop)'))
    // Internal, for `build --all`: the result as one JSON line on stdout.
    .addOption(new Option('--result-json').hideHelp())
    .addHelpText('after', h('\nExamples:\n') + '  smartcity build examples/kotawaringin-timur\n  smartcity build . -o out --pdf\n  smartcity build . --watch\n  smartcity build --all regions/ -o out\n')
    .action(async (dir: string, o: { out?: string; pdf?: boolean; strict?: boolean; stage?: 1 | 2 | 3 | 4; all?: boolean; jobs?: number; watch?: boolean; resultJson?: boolean }) => {
      // Loaded on demand: docx, exceljs and handlebars would slow every `validate` down.
      if (o.all && o.watch) throw new UsageError('SC9019', { first: '--all', second: '--watch' });
      if (o.all) {
        const { buildAllCommand } = await import('./build.js');
        // A signal stops every region's build (each cleans up its own temporary files), then us.
        const { withSignalCleanup } = await import('../render/write.js');
        exitCode = await withSignalCleanup(() => buildAllCommand(dir, o, globals(), io));
      } else if (o.watch) {
        const { watchCommand } = await import('./watch.js');
        const controller = new AbortController();
        const stop = () => controller.abort();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        try {
          exitCode = await watchCommand(dir, { out: o.out, strict: o.strict, signal: controller.signal }, globals(), io);
        } finally {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
        }
      } else {
        const { buildCommand } = await import('./build.js');
        // Ctrl+C or a CI timeout: remove the temporary files being written, exit 130 / 143.
        const { withSignalCleanup } = await import('../render/write.js');
        exitCode = await withSignalCleanup(() => buildCommand(dir, o, globals(), io));
      }
    });

  program
    .command('init')
    .description(h('create a new project that validates and builds at once (example content marked CONTOH)'))
    .argument('[dir]', h('project folder to create'), '.')
    .requiredOption('--region <name>', h('region name, e.g. "Kotawaringin Timur"'))
    .addOption(new Option('--type <type>', h('kabupaten | kota')).argParser(oneOf('--type', ['kabupaten', 'kota'])))
    .option('--province <name>', h('province, e.g. "Kalimantan Tengah"'))
    .option('--start <year>', h('first year of the masterplan period (default: next year)'), parseYear('--start'))
    .option('--force', h('overwrite an existing project'))
    .option('--install-from <spec>', h('where the CI workflow installs smartcity from: a tarball made by npm pack (copied into the project), a tarball URL or a git URL with a tag'))
    .addHelpText('after', h('\nExamples:\n') + '  smartcity init kotim --region "Kotawaringin Timur" --province "Kalimantan Tengah"\n  smartcity init . --region "Palangka Raya" --type kota\n')
    .action(async (dir: string, o: { region: string; type?: 'kabupaten' | 'kota'; province?: string; start?: number; force?: boolean; installFrom?: string }) => {
      const { initCommand } = await import('./init.js');
      exitCode = await initCommand(dir, o, globals(), io, VERSION);
    });

  program
    .command('templates')
    .description(h('copy the built-in narrative templates into the project (templates/id/) for editing; builds then use them'))
    .argument('[dir]', h('project folder'), '.')
    .option('-o, --out <dir>', h('templates folder to write into (default: <dir>/templates)'))
    .option('--force', h('overwrite templates that already exist'))
    .addHelpText('after', h('\nExamples:\n') + '  smartcity templates .\n  smartcity templates . --force\n')
    .action(async (dir: string, o: { out?: string; force?: boolean }) => {
      const { templatesCommand } = await import('./templates.js');
      exitCode = await templatesCommand(dir, o, globals(), io);
    });

  program
    .command('schema')
    .description(h('print the JSON Schemas of every document kind, or write them with --out'))
    .option('-o, --out <dir>', h('write one file per kind into this folder'))
    .action(async (o: { out?: string }) => {
      const { schemaCommand } = await import('./schema.js');
      exitCode = await schemaCommand(o.out, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io, earlyLocale, argv.includes('--debug'));
  }
}

function handleError(error: unknown, io: Io, locale: Locale, debug: boolean): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0; commander already printed.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`smartcity: ${t(error.code, error.data, locale)}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`smartcity: ${t('SC9005', { message }, locale)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
  return 2;
}

function flagValue(argv: string[], flag: string): string | undefined {
  const i = argv.findIndex((a) => a === flag || a.startsWith(flag + '='));
  if (i === -1) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}
