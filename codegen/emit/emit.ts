import type { Catalog, ServiceModel } from '../model/types.js';
import { addErrorEnum } from './error-enum.js';
import { addErrorInfo, addErrorModule } from './error-module.js';
import { generatedHeader } from './header.js';
import {
  addAssertNever,
  addDeepFreeze,
  addRootIndex,
  addServiceIndex,
  serviceModules,
  serviceSources,
} from './index-files.js';
import { addStatusEnum } from './status-enum.js';
import { addStatusModule } from './status-module.js';
import { FileStatements } from './statements.js';

/** Generated files by path relative to `generated/`, unformatted. */
export type EmittedFiles = ReadonlyMap<string, string>;

const SERVICE_MODULES: Readonly<Record<string, (file: FileStatements, service: ServiceModel) => void>> = {
  'status-enum': addStatusEnum,
  status: addStatusModule,
  'error-enum': addErrorEnum,
  errors: addErrorModule,
};

/**
 * Emits the TypeScript of the whole catalog from ts-morph structures: per service its status and error modules
 * (enums in files of their own) and an index; at the root the shared types and `index.ts`.
 */
export function emitCatalog(catalog: Catalog): EmittedFiles {
  const files = new Map<string, string>();
  const emit = (path: string, sources: readonly string[], build: (file: FileStatements) => void): void => {
    const file = new FileStatements();
    build(file);
    files.set(path, generatedHeader(sources) + file.print());
  };
  for (const service of catalog.services) {
    const sources = serviceSources(service);
    for (const module of serviceModules(service)) {
      const add = SERVICE_MODULES[module];
      if (add) emit(`${service.key}/${module}.ts`, sources, (f) => add(f, service));
    }
    emit(`${service.key}/index.ts`, sources, (f) => addServiceIndex(f, service));
  }
  emit('assert-never.ts', [], addAssertNever);
  emit('error-info.ts', [], addErrorInfo);
  emit('freeze.ts', [], addDeepFreeze);
  emit('index.ts', ['tables/'], (f) => addRootIndex(f, catalog));
  return files;
}
