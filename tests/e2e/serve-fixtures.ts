/** `npm run serve:fixtures`: serves tests/fixtures on 127.0.0.1 for trying Backstory by hand. */
import { startFixtureServer } from './fixtures';

const port = Number(process.env.PORT ?? 8024);
const server = await startFixtureServer(port);
console.log(
  `Serving tests/fixtures at ${server.origin}/ — try ${server.origin}/news24-putin-pyongyang.fr.html`,
);
