// Every unit test gets a fresh in-memory IndexedDB and WXT's fake browser (the plugin wires it to `wxt/browser`).
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
