import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/**
 * The font and the chart renderer of the reports. Fira Sans (the typeface of KERN UX, so reports
 * look like the pages) comes as TTF files in an npm package: the reports need no system fonts, and
 * the same files are embedded in the PDF and draw the text of the PNG charts in the DOCX.
 */
const require = createRequire(import.meta.url);

export const REPORT_FONT = 'Fira Sans';

export interface ReportFonts {
  regular: Buffer;
  bold: Buffer;
  italic: Buffer;
}

let fonts: ReportFonts | undefined;

/** The Fira Sans faces the reports use, read once. */
export function reportFonts(): ReportFonts {
  const face = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/fira-sans/${file}`));
  fonts ??= {
    regular: face('400Regular/FiraSans_400Regular.ttf'),
    bold: face('700Bold/FiraSans_700Bold.ttf'),
    italic: face('400Regular_Italic/FiraSans_400Regular_Italic.ttf'),
  };
  return fonts;
}

/**
 * resvg's WebAssembly module may be initialised once per process, but this file is loaded twice:
 * by the API from the sources and inside the pages' build. The one promise of its loading is
 * therefore kept on the process (a registered symbol), not in this module.
 */
const RENDERER = Symbol.for('brueckenbauer.resvg-wasm');
const processWide = globalThis as { [RENDERER]?: Promise<void> };

/** resvg's WebAssembly module, loaded once per process from node_modules (pure WASM: nothing to compile on install). */
function ready(): Promise<void> {
  processWide[RENDERER] ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return processWide[RENDERER];
}

/** A chart's SVG as PNG, `width` pixels wide (twice the layout width for print), text in Fira Sans. */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
  await ready();
  const { regular, bold, italic } = reportFonts();
  const resvg = new Resvg(svg, {
    font: { fontBuffers: [regular, bold, italic], defaultFontFamily: REPORT_FONT, loadSystemFonts: false },
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
  });
  // The WebAssembly side keeps its memory until freed.
  const image = resvg.render();
  try {
    return Buffer.from(image.asPng());
  } finally {
    image.free();
    resvg.free();
  }
}
