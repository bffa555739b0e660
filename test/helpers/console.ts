// Captures console.warn/error while a test runs, so tests can assert on exactly one clear message.
export interface Captured {
  warnings: string[];
  errors: string[];
  restore(): void;
}

export function captureConsole(): Captured {
  const warnings: string[] = [];
  const errors: string[] = [];
  const origWarn = console.warn;
  const origError = console.error;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore() {
      console.warn = origWarn;
      console.error = origError;
    },
  };
}
