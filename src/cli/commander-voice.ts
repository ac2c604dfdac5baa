/**
 * commander in our voice. Its error sentences and help chrome are English; here every usage error
 * becomes a UsageError with a catalogued code (printed by main.ts in the user's language), and the
 * help's chrome ("[options]", "(default: …)") goes through the help strings of help-text.ts.
 */
import { Command, type Argument, type Help, type Option } from 'commander';
import { listAllowed } from '../diagnostics/suggest.js';
import { UsageError } from './errors.js';

/** A Command whose usage errors are UsageErrors; subcommands made with `.command()` are one too. */
export class VoicedCommand extends Command {
  override createCommand(name?: string): Command {
    return new VoicedCommand(name);
  }

  // The methods below replace commander's, which print an English sentence and exit.
  unknownCommand(): never {
    const name = String(this.args[0] ?? '');
    const allowed = this.commands.map((c) => c.name());
    throw new UsageError('SC9011', { command: name, allowed: listAllowed(allowed) });
  }

  unknownOption(flag: string): void {
    if ((this as unknown as { _allowUnknownOption: boolean })._allowUnknownOption) return;
    throw new UsageError('SC9012', { option: flag });
  }

  missingArgument(name: string): never {
    throw new UsageError('SC9013', { argument: name });
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError('SC9016', { option: option.long ?? option.flags });
  }

  missingMandatoryOptionValue(option: Option): never {
    throw new UsageError('SC9014', { option: option.long ?? option.flags, example: EXAMPLES[option.long ?? ''] ?? option.flags });
  }

  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    throw new UsageError('SC9017', { extra: received.slice(this.registeredArguments.length).join(' ') });
  }
}

/** How a required option is written, for SC9014's example. */
const EXAMPLES: Record<string, string> = {
  '--region': 'smartcity init kotim --region "Kotawaringin Timur"',
};

/** An option parser accepting one of `allowed` (commander's .choices() would answer in English). */
export function oneOf<T extends string>(option: string, allowed: readonly T[]): (value: string) => T {
  return (value) => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError('SC9015', { option, value, allowed: allowed.join(', ') });
  };
}

/** Help methods that put commander's chrome through `h` (the help strings in the user's language). */
export function voicedHelp(h: (en: string) => string): Partial<Help> {
  const withDefault = (description: string, defaultValue: unknown, show: boolean) =>
    show && defaultValue !== undefined ? `${description} (${h('default')}: ${JSON.stringify(defaultValue)})` : description;
  const chrome = (usage: string) => usage.replace('[options]', h('[options]')).replace('[command]', h('[command]'));
  return {
    styleTitle: (title: string) => h(title),
    optionDescription: (option: Option) => withDefault(option.description, option.defaultValue, option.required || option.optional),
    argumentDescription: (argument: Argument) => withDefault(argument.description, argument.defaultValue, true),
    subcommandTerm: (cmd: Command) => {
      const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)).join(' ');
      return `${cmd.name()}${cmd.options.length ? ` ${h('[options]')}` : ''}${args ? ` ${args}` : ''}`;
    },
    commandUsage: (cmd: Command) => {
      const parents: string[] = [];
      for (let p = cmd.parent; p; p = p.parent) parents.unshift(p.name());
      return [...parents, cmd.name(), chrome(cmd.usage())].join(' ');
    },
  };
}
