import { describe, expect, it } from 'vitest';
import { serviceFolders } from '../../codegen/read/snapshot.js';

const bytes = new Uint8Array();

describe('serviceFolders', () => {
  it('lists top-level folders as services in key order, ignoring top-level files', () => {
    const snapshot = new Map([
      ['lts/status-codes.rst', bytes],
      ['elb/service.json', bytes],
      ['lts/service.json', bytes],
      ['iana-http-status-codes.json', bytes],
    ]);
    expect(serviceFolders(snapshot)).toEqual({
      folders: [
        { key: 'elb', files: ['elb/service.json'] },
        { key: 'lts', files: ['lts/service.json', 'lts/status-codes.rst'] },
      ],
      diagnostics: [],
    });
  });

  it('reports a folder name that cannot be a service key', () => {
    const { folders, diagnostics } = serviceFolders(new Map([['Cloud Eye/service.json', bytes]]));
    expect(folders).toEqual([]);
    expect(diagnostics).toMatchObject([{ file: 'tables/Cloud Eye', rule: 'service-key', severity: 'error' }]);
  });
});
