import { mkdir } from 'node:fs/promises';
import { DisconnectReason, RoomEvent, type LocalTrackPublication } from '@livekit/rtc-node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import {
  graphqlRequest,
  SERVICE_KEY,
  startTestGateway,
  testEnv,
  type TestGateway,
} from './support/gateway.js';
import { graphql } from './generated/index.js';
import { API_KEY, API_SECRET, startLiveKitServer } from './support/livekit-server.js';
import type { LiveKitServer } from './support/livekit-server.js';
import {
  eventually,
  joinRoom,
  joinToken,
  nextRoomEvent,
  type TestParticipant,
} from './support/participant.js';
import { freeTcpPort } from './support/ports.js';

const SCREENSHOTS = 'test-results/console';

const CreateRoom = graphql(`
  mutation ConsoleTestCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      name
    }
  }
`);

/** Opens the console and records page errors and console errors, e.g. CSP violations. */
async function openConsole(browser: Browser, gatewayUrl: string) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 820 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed loads are recorded with their URL below.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    // The gateway serves no favicon, which Chromium requests for every page.
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.goto(`${gatewayUrl}/console`);
  return { page, problems };
}

/** Records in the page when each `[data-identity]` element first appears, in unix ms. */
async function recordAppearances(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { appearedAt: Record<string, number> }).appearedAt = seen;
    new MutationObserver(() => {
      for (const element of document.querySelectorAll<HTMLElement>('[data-identity]')) {
        const identity = element.dataset['identity'] ?? '';
        seen[identity] ??= Date.now();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('console page in Chromium', () => {
  let livekit: LiveKitServer;
  let gateway: TestGateway;
  let browser: Browser;
  const participants: TestParticipant[] = [];
  const room = `console-${Date.now()}`;

  beforeAll(async () => {
    // The gateway listens first, on a port chosen up front, so the server's webhooks reach it.
    const livekitPort = await freeTcpPort();
    const gatewayPort = await freeTcpPort();
    const livekitAddress = {
      wsUrl: `ws://127.0.0.1:${livekitPort}`,
      apiKey: API_KEY,
      apiSecret: API_SECRET,
    };
    gateway = await startTestGateway(
      testEnv(livekitAddress, { CONSOLE: 'true', CONSOLE_DEV_TOOLS: 'true' }),
      {},
      gatewayPort,
    );
    livekit = await startLiveKitServer({
      port: livekitPort,
      webhookUrls: [`${gateway.url}/webhooks/livekit`],
    });
    browser = await launchChromium();
    const created = await graphqlRequest(gateway.url, CreateRoom, { input: { name: room } });
    expect(created.errors).toBeUndefined();
  });

  afterAll(async () => {
    await browser?.close();
    for (const participant of participants) {
      await participant.disconnect();
    }
    await gateway?.close();
    await livekit?.stop();
  });

  async function join(identity: string): Promise<TestParticipant> {
    const token = await joinToken(livekit, room, identity);
    const participant = await joinRoom(livekit.wsUrl, token, identity, { publishAudio: true });
    participants.push(participant);
    return participant;
  }

  /** When the gateway accepted the `participant_joined` webhook of `identity`, in unix ms. */
  async function joinedWebhookAt(identity: string): Promise<number | undefined> {
    const records = await gateway.gateway.eventStore.readAfter(room, 0);
    const joined = records.find((record) => {
      const body = JSON.parse(record.payload) as {
        event: string;
        participant?: { identity?: string };
      };
      return body.event === 'participant_joined' && body.participant?.identity === identity;
    });
    return joined?.receivedAt;
  }

  it('serves the page, its script and style with a strict CSP', async () => {
    const page = await fetch(`${gateway.url}/console`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const host = new URL(gateway.url).host;
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
        `connect-src 'self' ws://${host} wss://${host}; base-uri 'none'; ` +
        "form-action 'none'; frame-ancestors 'none'",
    );
    expect(await page.text()).toContain('data-dev-tools="true"');

    const script = await fetch(`${gateway.url}/console/console.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('ConsoleRoomEvents');
    const style = await fetch(`${gateway.url}/console/console.css`);
    expect(style.status).toBe(200);
    expect((await fetch(`${gateway.url}/console/missing.js`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/console`, { method: 'POST' })).status).toBe(405);
  });

  it('is off by default in production', async () => {
    const production = await startTestGateway(testEnv(livekit, { NODE_ENV: 'production' }));
    try {
      expect((await fetch(`${production.url}/console`)).status).toBe(404);
    } finally {
      await production.close();
    }
  });

  it('shows joins live and moderates a real participant', async () => {
    const { page, problems } = await openConsole(browser, gateway.url);
    await page.fill('#credential', SERVICE_KEY);
    await page.fill('#mint-room', room);
    await page.fill('#mint-identity', 'moderator');
    await page.click('#mint-form button[type=submit]');
    await page.waitForSelector('#viewer:has-text("moderator · LIVEKIT_TOKEN")');
    await page.click(`#room-list button:has-text("${room}")`);
    await page.waitForSelector('#room-access:has-text("You may moderate this room.")');
    await eventually(
      async () => (gateway.gateway.events.subscriberCount(room) === 1 ? true : undefined),
      5_000,
      'the page to subscribe to room events',
    );
    await recordAppearances(page);

    const alice = await join('alice');
    const appearedAt = await page
      .waitForFunction(
        () => (window as unknown as { appearedAt: Record<string, number> }).appearedAt['alice'],
        undefined,
        { timeout: 5_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
    const webhookAt = await joinedWebhookAt('alice');
    expect(webhookAt).toBeDefined();
    // The page loads the room only when an event arrives, so alice appears after her join's
    // webhook reached the gateway, and within a second of it.
    expect(appearedAt).toBeGreaterThanOrEqual(webhookAt!);
    expect(appearedAt - webhookAt!).toBeLessThanOrEqual(1_000);

    await join('bob');
    const trackSid = alice.publication!.sid!;
    const aliceTrack = page.locator(`[data-identity="alice"] [data-track-sid="${trackSid}"]`);
    await aliceTrack.waitFor({ timeout: 10_000 });
    await page.locator('[data-identity="bob"] [data-track-sid]').waitFor({ timeout: 10_000 });

    const muted = nextRoomEvent<[LocalTrackPublication]>(alice.room, RoomEvent.TrackMuted);
    await aliceTrack.locator('button[data-action="mute"]').click();
    const [mutedPublication] = await muted;
    expect(mutedPublication.sid).toBe(trackSid);
    await page.waitForSelector(`[data-track-sid="${trackSid}"][data-muted="true"]`);

    const metadataChanged = nextRoomEvent<[string | undefined]>(
      alice.room,
      RoomEvent.ParticipantMetadataChanged,
    );
    await page.click('[data-identity="alice"] button[data-action="edit-participant-metadata"]');
    await page.fill('#metadata-value', '{"role":"speaker"}');
    await page.click('#metadata-editor button[type=submit]');
    const [metadata] = await metadataChanged;
    expect(metadata).toBe('{"role":"speaker"}');
    await page.waitForSelector(
      '[data-identity="alice"] code:has-text("{\\"role\\":\\"speaker\\"}")',
    );

    await page.click('button[data-action="edit-room-metadata"]');
    await page.fill('#metadata-value', 'weekly standup');
    await page.click('#metadata-editor button[type=submit]');
    await page.waitForSelector('#room-summary code:has-text("weekly standup")');
    await screenshot(page, 'moderator');

    const unmuted = nextRoomEvent<[LocalTrackPublication]>(alice.room, RoomEvent.TrackUnmuted);
    await aliceTrack.locator('button[data-action="unmute"]').click();
    await unmuted;
    await page.waitForSelector(`[data-track-sid="${trackSid}"][data-muted="false"]`);

    const disconnected = nextRoomEvent<[DisconnectReason]>(alice.room, RoomEvent.Disconnected);
    await page.click('[data-identity="alice"] button[data-action="remove"]');
    const [reason] = await disconnected;
    expect(reason).toBe(DisconnectReason.PARTICIPANT_REMOVED);
    await page.locator('[data-identity="alice"]').waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.isHidden('#error')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a join-only caller no moderation controls', async () => {
    const { page, problems } = await openConsole(browser, gateway.url);
    await page.fill('#credential', await joinToken(livekit, room, 'watcher'));
    await page.click('#sign-in-form button[type=submit]');
    await page.waitForSelector('#viewer:has-text("watcher · LIVEKIT_TOKEN")');
    await page.click(`#room-list button:has-text("${room}")`);
    await page.locator('[data-identity="bob"] [data-track-sid]').waitFor({ timeout: 10_000 });

    await expect(page.textContent('#room-access')).resolves.toBe(
      'You may read this room but not moderate it.',
    );
    expect(await page.locator('#room [data-action]').count()).toBe(0);
    expect(await page.locator('#room button:visible').count()).toBe(0);
    await screenshot(page, 'join-only');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the code and message of a forbidden request', async () => {
    const { page } = await openConsole(browser, gateway.url);
    await page.fill('#credential', await joinToken(livekit, room, 'watcher'));
    await page.click('#sign-in-form button[type=submit]');
    await page.waitForSelector('#viewer:has-text("watcher")');
    await page.fill('#open-room-name', `${room}-elsewhere`);
    await page.click('#open-room-form button[type=submit]');

    const error = page.locator('#error');
    await error.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await error.textContent()).toMatch(/^FORBIDDEN: \S/);
    await expect(page.textContent('#room-access')).resolves.toBe(
      'Your credential does not allow reading this room.',
    );
    await screenshot(page, 'forbidden');
    await page.close();
  });

  it('shows an invalid credential as UNAUTHENTICATED', async () => {
    const { page } = await openConsole(browser, gateway.url);
    await page.fill('#credential', 'not-a-valid-credential');
    await page.click('#sign-in-form button[type=submit]');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible', timeout: 5_000 });
    expect(await error.textContent()).toMatch(/^UNAUTHENTICATED: \S/);
    expect(await page.isHidden('#rooms')).toBe(true);
    await page.close();
  });
});
