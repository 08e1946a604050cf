#!/usr/bin/env node
// The `career-widgets` command; see dist/cli.js (built from src/cli/main.ts).
import '../dist/cli.js';
