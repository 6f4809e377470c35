// Loaded with `node --import`: records the URL of every module the process loads in $OTC_TRACE_LOADS.
import { register } from 'node:module';

register('./trace-loads-hooks.mjs', import.meta.url, { data: { file: process.env.OTC_TRACE_LOADS } });
