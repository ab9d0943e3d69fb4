/** Minimal argument parsing: positional words, --flag value, --flag=value, --switch. */
export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: readonly string[], switches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else if (switches.includes(a.slice(2)) || i + 1 >= argv.length || argv[i + 1]!.startsWith("--")) flags[a.slice(2)] = true;
      else flags[a.slice(2)] = argv[++i]!;
    } else positional.push(a);
  }
  return { positional, flags };
}
