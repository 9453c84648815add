/**
 * `npm run demo`: builds the extension, serves the demo inbox pages on loopback and starts
 * Chromium with Deskpilot loaded. With a display it stays open for you to try; without one it
 * walks one ticket per inbox and writes screenshots to a folder it prints.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/harness/chromium';
import { startFixtureServer } from '../tests/servers/fixture-server';
import { DEMO_TICKETS } from './demo/tickets';
import { walkTicket } from './demo/walk';

const OUT_DIR = resolve(process.env.DEMO_OUT ?? 'demo-output');

async function main(): Promise<void> {
  console.log('Building the extension (demo build: also reads the demo pages on 127.0.0.1)…');
  execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
  const server = await startFixtureServer();
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI && !process.argv.includes('--headless');
  const ext = await launchWithExtension({ headless: !headed });

  if (headed) {
    for (const ticket of DEMO_TICKETS) {
      const page = await ext.context.newPage();
      await page.goto(server.pageUrl(ticket.site, ticket.file, ticket.hash));
    }
    console.log('\nChromium is open with Deskpilot loaded. Click the Deskpilot icon in the toolbar to open the side panel.');
    console.log('Demo inbox pages:');
    for (const t of DEMO_TICKETS) console.log(`  ${server.pageUrl(t.site, t.file, t.hash)}`);
    console.log('Close the browser or press Ctrl+C to stop.');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
  } else {
    console.log('No display: walking one ticket per inbox headless.');
    for (const ticket of DEMO_TICKETS) {
      const files = await walkTicket(ext, server, ticket, OUT_DIR);
      console.log(`✔ ${ticket.name}: panel read the ticket, showed the order and suggestions, inserted the top reply`);
      for (const file of files) console.log(`    ${file}`);
    }
    console.log(`\nScreenshots are in ${OUT_DIR}`);
    await ext.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
