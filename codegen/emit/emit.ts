import { Project, type SourceFile } from 'ts-morph';
import type { Catalog } from '../model/types.js';
import { generatedHeader } from './header.js';
import { addAssertNever, addRootIndex, addServiceIndex, serviceSources } from './index-files.js';
import { addStatusEnum } from './status-enum.js';
import { addStatusModule } from './status-module.js';

/** Generated files by path relative to `generated/`, unformatted. */
export type EmittedFiles = ReadonlyMap<string, string>;

/**
 * Emits the TypeScript of the whole catalog with one in-memory ts-morph project: per service an enum file,
 * an enum-free module and an index; at the root `assert-never.ts` and `index.ts`.
 */
export function emitCatalog(catalog: Catalog): EmittedFiles {
  const project = new Project({ useInMemoryFileSystem: true });
  const files = new Map<string, string>();
  const emit = (path: string, sources: readonly string[], build: (file: SourceFile) => void): void => {
    const file = project.createSourceFile(path, '');
    build(file);
    files.set(path, generatedHeader(sources) + file.getFullText());
  };
  for (const service of catalog.services) {
    const sources = serviceSources(service);
    emit(`${service.key}/status-enum.ts`, sources, (f) => addStatusEnum(f, service));
    emit(`${service.key}/status.ts`, sources, (f) => addStatusModule(f, service));
    emit(`${service.key}/index.ts`, sources, (f) => addServiceIndex(f));
  }
  emit('assert-never.ts', [], (f) => addAssertNever(f));
  emit('index.ts', ['tables/'], (f) => addRootIndex(f, catalog));
  return files;
}
