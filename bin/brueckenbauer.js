#!/usr/bin/env node
// Node 24 runs the TypeScript sources directly (type stripping); see docs/adr/0002.
import '../cli/main.ts';
