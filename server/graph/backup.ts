import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { DigestBuilder, graphDigest, type GraphDigest } from './digest.ts';
import type { Graph } from './neo4j.ts';
import { awaitSearchIndex, ensureSchema } from './schema.ts';

// A backup is the whole graph (every node and edge, with all labels and properties) in one
// gzipped JSON Lines file: a header line, the nodes, the edges, and an end line with the counts
// and the digest (digest.ts). The end line comes last because a streamed file cannot know its
// digest before it has been read; a file without it was cut short.
//
//   {"kind":"header","format":"initiative-graph-backup","version":1,"createdAt":"…","source":"bolt://…"}
//   {"kind":"node","key":0,"labels":["Entity","Person"],"props":{…},"types":{"mentionStarts":"LIST<INTEGER>"}}
//   {"kind":"edge","from":0,"to":7,"type":"MENTIONED_IN","props":{…},"types":{…}}
//   {"kind":"end","nodes":…,"edges":…,"digest":{"nodes":…,"edges":…,"sha256":"…"}}
//
// A node's key is its position in the file; edges name their ends by it. JSON cannot tell an
// integer from a float, nor a date from text, so `types` gives Cypher's type (valueType) of every
// property that is not text or true/false, and restore rebuilds that type.

export const BACKUP_FORMAT = 'initiative-graph-backup';
export const BACKUP_VERSION = 1;

/** Rows per restore transaction: large enough to amortise commits, small enough for a 512 MB heap. */
const BATCH = 2000;

export type BackupErrorCode =
  'NOT_FOUND' | 'UNREADABLE' | 'UNWRITABLE' | 'EXISTS' | 'UNSUPPORTED' | 'NOT_A_BACKUP' | 'VERSION' | 'DAMAGED' | 'NOT_EMPTY' | 'CHANGED' | 'MISMATCH';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface Header {
  kind: 'header';
  format: string;
  version: number;
  createdAt: string;
  source: string;
}
interface NodeLine {
  kind: 'node';
  key: number;
  labels: string[];
  props: Record<string, unknown>;
  types?: Record<string, string>;
}
interface EdgeLine {
  kind: 'edge';
  from: number;
  to: number;
  type: string;
  props: Record<string, unknown>;
  types?: Record<string, string>;
}
interface End {
  kind: 'end';
  nodes: number;
  edges: number;
  digest: GraphDigest;
}

/** What a backup file holds, from its first and last lines. */
export interface BackupContents {
  file: string;
  createdAt: string;
  source: string;
  nodes: number;
  edges: number;
  digest: GraphDigest;
}

// ---- Property values ------------------------------------------------------------------------

// Types JSON carries as they are; every other property's type goes in the line's `types`.
const PLAIN_TYPES = ['STRING NOT NULL', 'BOOLEAN NOT NULL', 'LIST<STRING NOT NULL> NOT NULL', 'LIST<BOOLEAN NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'];

const typeName = (valueType: string) => valueType.replaceAll(' NOT NULL', '');

// Each codec reads the driver's value of one Neo4j type (a DateTime, a Point…) or its JSON form;
// which one is decided by the type name beside it, so the values are typed at that point only.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Codec = { encode(value: any): unknown; decode(value: any): unknown };

const fields = (value: object) => ({ ...value });
const CODECS: Record<string, Codec> = {
  INTEGER: {
    // The driver reads integers as JavaScript numbers (neo4j.ts); beyond 2^53 that loses digits.
    encode: (v: number) => {
      if (!Number.isSafeInteger(v)) throw new BackupError('UNSUPPORTED', `an integer property (${v}) is beyond 2^53 and cannot be copied exactly`);
      return v;
    },
    decode: (v: number) => neo4j.int(v),
  },
  FLOAT: {
    encode: (v: number) => (Number.isFinite(v) ? v : String(v)),
    decode: (v: number | string) => Number(v),
  },
  DATE: { encode: fields, decode: (v) => new neo4j.types.Date(v.year, v.month, v.day) },
  'LOCAL TIME': { encode: fields, decode: (v) => new neo4j.types.LocalTime(v.hour, v.minute, v.second, v.nanosecond) },
  'ZONED TIME': { encode: fields, decode: (v) => new neo4j.types.Time(v.hour, v.minute, v.second, v.nanosecond, v.timeZoneOffsetSeconds) },
  'LOCAL DATETIME': {
    encode: fields,
    decode: (v) => new neo4j.types.LocalDateTime(v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond),
  },
  'ZONED DATETIME': {
    encode: fields,
    decode: (v) => new neo4j.types.DateTime(v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond, v.timeZoneOffsetSeconds, v.timeZoneId),
  },
  DURATION: { encode: fields, decode: (v) => new neo4j.types.Duration(v.months, v.days, v.seconds, v.nanoseconds) },
  POINT: { encode: fields, decode: (v) => new neo4j.types.Point(v.srid, v.x, v.y, v.z) },
};

function codecFor(type: string): Codec {
  const list = /^LIST<(.+)>$/.exec(type);
  const codec = CODECS[list ? list[1]! : type];
  if (!codec) throw new BackupError('UNSUPPORTED', `a property of type ${type} is not one a backup knows how to copy`);
  if (!list) return codec;
  return { encode: (v: unknown[]) => v.map(codec.encode), decode: (v: unknown[]) => v.map(codec.decode) };
}

function encodeProps(props: Record<string, unknown>, typePairs: [string, string][]) {
  if (typePairs.length === 0) return { props };
  const types: Record<string, string> = {};
  const encoded = { ...props };
  for (const [key, valueType] of typePairs) {
    types[key] = typeName(valueType);
    encoded[key] = codecFor(types[key]).encode(props[key]);
  }
  return { props: encoded, types };
}

function decodeProps(props: Record<string, unknown>, types: Record<string, string> = {}): Record<string, unknown> {
  const decoded = { ...props };
  for (const [key, type] of Object.entries(types)) decoded[key] = codecFor(type).decode(props[key]);
  return decoded;
}

// ---- Backup ---------------------------------------------------------------------------------

const TYPES_OF = (v: string) => `[k IN keys(${v}) WHERE NOT valueType(${v}[k]) IN $plain | [k, valueType(${v}[k])]] AS types`;
const READ_NODES = `MATCH (n) RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props, ${TYPES_OF('n')}`;
const READ_EDGES = `MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props, ${TYPES_OF('r')}`;
const COUNT = 'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges';

const CHANGED_WHILE_READING =
  'the graph changed while it was being read (an ingest or a decision wrote to it), so the copy would not be consistent; run backup again when nothing writes to the graph';

/**
 * The backup's lines, in chunks of about 64 kB, read in ONE read transaction. Neo4j gives no
 * snapshot: its isolation is read-committed, so each statement sees what was committed when it
 * reads, and a write that commits meanwhile can land partly in the copy. Such a write is caught
 * when it adds or removes a node or an edge (an edge whose end was not listed, or counts that
 * moved by the end); a property changed in place is not. A fully consistent copy needs a graph
 * nothing writes to while it runs.
 */
async function* backupChunks(graph: Graph, header: Header, done: (end: End) => void): AsyncGenerator<string> {
  const session = graph.session('READ');
  // No timeout: a large graph takes longer to stream than a query is allowed.
  const tx = session.beginTransaction();
  let chunk = '';
  const line = (value: object) => {
    chunk += `${JSON.stringify(value)}\n`;
    return chunk.length >= 65_536;
  };
  try {
    line(header);
    const keys = new Map<string, number>();
    const digest = new DigestBuilder();
    for await (const row of tx.run(READ_NODES, { plain: PLAIN_TYPES })) {
      const key = keys.size;
      keys.set(row.get('element'), key);
      const [labels, props] = [row.get('labels') as string[], row.get('props') as Record<string, unknown>];
      digest.node(key, labels, props);
      if (line({ kind: 'node', key, labels, ...encodeProps(props, row.get('types')) })) {
        yield chunk;
        chunk = '';
      }
    }
    let edges = 0;
    for await (const row of tx.run(READ_EDGES, { plain: PLAIN_TYPES })) {
      const [from, to] = [keys.get(row.get('from')), keys.get(row.get('to'))];
      if (from === undefined || to === undefined) throw new BackupError('CHANGED', CHANGED_WHILE_READING);
      const [type, props] = [row.get('type') as string, row.get('props') as Record<string, unknown>];
      digest.edge(from, type, to, props);
      edges++;
      if (line({ kind: 'edge', from, to, type, ...encodeProps(props, row.get('types')) })) {
        yield chunk;
        chunk = '';
      }
    }
    const counted = (await tx.run(COUNT)).records[0]!;
    if (counted.get('nodes') !== keys.size || counted.get('edges') !== edges) throw new BackupError('CHANGED', CHANGED_WHILE_READING);
    const end: End = { kind: 'end', nodes: keys.size, edges, digest: digest.finish() };
    line(end);
    yield chunk;
    await tx.commit();
    done(end);
  } finally {
    if (tx.isOpen()) await tx.rollback();
    await session.close();
  }
}

export interface BackupSummary extends BackupContents {
  bytes: number;
}

/**
 * Writes the whole graph to `file`, streamed. The file appears only when the backup is complete
 * (it is written as FILE.partial and renamed); an existing file is never overwritten.
 */
export async function backupGraph(graph: Graph, file: string): Promise<BackupSummary> {
  if (await exists(file)) throw new BackupError('EXISTS', `${file} already exists; give another file name, or move that file away first`);
  const header: Header = { kind: 'header', format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), source: graph.uri };
  const partial = `${file}.partial`;
  let end: End | undefined;
  try {
    await pipeline(Readable.from(backupChunks(graph, header, (e) => (end = e))), createGzip(), createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    if ((error as NodeJS.ErrnoException).syscall) throw new BackupError('UNWRITABLE', `cannot write ${file}: ${(error as Error).message}`);
    throw error;
  }
  const { size } = await stat(file);
  return { file, createdAt: header.createdAt, source: header.source, nodes: end!.nodes, edges: end!.edges, digest: end!.digest, bytes: size };
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

// ---- Reading a backup -----------------------------------------------------------------------

/** Fails with what is wrong when `file` is missing, unreadable or not gzip data at all. */
async function openable(file: string): Promise<void> {
  let start: Buffer;
  try {
    if ((await stat(file)).isDirectory()) throw new BackupError('UNREADABLE', `${file} is a folder; give the backup file inside it`);
    const handle = await open(file, 'r');
    try {
      ({ buffer: start } = await handle.read(Buffer.alloc(2), 0, 2, 0));
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError('NOT_FOUND', `there is no backup file at ${file}`);
    throw new BackupError('UNREADABLE', `cannot read ${file}: ${(error as Error).message}`);
  }
  if (start[0] !== 0x1f || start[1] !== 0x8b) throw new BackupError('NOT_A_BACKUP', `${file} is not a graph backup (a backup is gzip data, and this is not)`);
}

/** The file's text lines, decompressed as they are read. */
async function* textLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip).setEncoding('utf8');
  let rest = '';
  let read = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      for (const line of lines) {
        yield line;
        read++;
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('Z_')) throw new BackupError('UNREADABLE', `cannot read ${file}: ${(error as Error).message}`);
    throw new BackupError('DAMAGED', `${file} is damaged or cut short after line ${read} (${(error as Error).message}); it cannot be restored`);
  } finally {
    source.destroy();
  }
  if (rest) yield rest;
}

type Entry = NodeLine | EdgeLine;

/**
 * The nodes and edges of a backup file, checked as they are read: the header's format and
 * version, one JSON object a line, nodes before edges, every edge's ends among the nodes, and an
 * end line whose counts match. Anything else stops the reading with the line at fault.
 */
async function* entries(file: string, onHeader: (header: Header) => void, onEnd: (end: End) => void): AsyncGenerator<Entry> {
  await openable(file);
  const damaged = (at: number, why: string) => new BackupError('DAMAGED', `${file} is damaged at line ${at}: ${why}; it cannot be restored`);
  let at = 0;
  let end: End | undefined;
  const keys = new Set<number>();
  let edges = 0;
  for await (const text of textLines(file)) {
    at++;
    let line: Header | Entry | End;
    try {
      line = JSON.parse(text);
    } catch {
      if (at === 1) throw new BackupError('NOT_A_BACKUP', `${file} is not a graph backup (its first line is not a backup header)`);
      throw damaged(at, 'not a JSON line');
    }
    if (at === 1) {
      if (line?.kind !== 'header' || (line as Header).format !== BACKUP_FORMAT) {
        throw new BackupError('NOT_A_BACKUP', `${file} is not a graph backup (its first line is not a backup header)`);
      }
      const { version } = line as Header;
      if (version !== BACKUP_VERSION) {
        throw new BackupError(
          'VERSION',
          `${file} is a backup in format version ${version}; this program reads version ${BACKUP_VERSION}: restore it with the version of the program that wrote it`,
        );
      }
      onHeader(line as Header);
      continue;
    }
    if (end) throw damaged(at, 'lines follow the end line');
    if (line?.kind === 'node') {
      if (edges > 0) throw damaged(at, 'a node after the edges');
      if (!Number.isInteger(line.key) || keys.has(line.key) || !Array.isArray(line.labels) || typeof line.props !== 'object') throw damaged(at, 'not a node');
      keys.add(line.key);
    } else if (line?.kind === 'edge') {
      if (!keys.has(line.from) || !keys.has(line.to) || typeof line.type !== 'string' || typeof line.props !== 'object')
        throw damaged(at, 'an edge whose ends are not in the file');
      edges++;
    } else if (line?.kind === 'end') {
      if (line.nodes !== keys.size || line.edges !== edges)
        throw damaged(at, `the end line counts ${line.nodes} nodes and ${line.edges} edges, the file holds ${keys.size} and ${edges}`);
      end = line;
      continue;
    } else {
      throw damaged(at, 'not a node, an edge or the end line');
    }
    try {
      yield { ...line, props: decodeProps(line.props, line.types) };
    } catch (error) {
      if (error instanceof BackupError && error.code === 'DAMAGED') throw error;
      throw damaged(at, (error as Error).message);
    }
  }
  if (at === 0) throw new BackupError('NOT_A_BACKUP', `${file} is empty, not a graph backup`);
  if (!end)
    throw new BackupError(
      'DAMAGED',
      `${file} ends after line ${at} without its end line: it was cut short (the backup did not finish, or the copy is incomplete); it cannot be restored`,
    );
  onEnd(end);
}

/** Reads a backup file through and checks it, writing nothing: restore does this first. */
export async function checkBackup(file: string): Promise<BackupContents> {
  let header: Header | undefined, end: End | undefined;
  const reading = entries(
    file,
    (h) => (header = h),
    (e) => (end = e),
  );
  while (!(await reading.next()).done);
  return { file, createdAt: header!.createdAt, source: header!.source, nodes: end!.nodes, edges: end!.edges, digest: end!.digest };
}

// ---- Restore --------------------------------------------------------------------------------

/** A node a restore writes first and removes last, so an interrupted restore is told apart from data. */
const MARKER = 'RestoreInProgress';

const CREATE_NODES = 'UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props RETURN row.key AS key, elementId(n) AS element';
const CREATE_EDGES = `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b) SET r = row.props
RETURN count(r) AS created`;
const DELETE_NODES = 'UNWIND $elements AS element MATCH (n) WHERE elementId(n) = element DETACH DELETE n';

async function refuseUnlessEmpty(graph: Graph): Promise<void> {
  const [row] = await graph.run<{ nodes: number; file: string | null; startedAt: unknown }>(
    `MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH (m:${MARKER}) RETURN nodes, m.file AS file, m.startedAt AS startedAt LIMIT 1`,
  );
  if (row?.file) {
    throw new BackupError(
      'NOT_EMPTY',
      `the graph at ${graph.uri} holds part of a restore of ${row.file} that did not finish (started ${row.startedAt}); empty the graph and run restore again`,
    );
  }
  if (row?.nodes) {
    throw new BackupError('NOT_EMPTY', `the graph at ${graph.uri} is not empty (${row.nodes} nodes); restore only fills an empty graph, and wrote nothing`);
  }
}

export interface RestoreSummary extends BackupContents {
  /** The restored graph's digest, equal to the backup's. */
  restored: GraphDigest;
}

/** A restore batch's time limit: generous, since a batch of 2,000 writes takes well under a second. */
const BATCH_TIMEOUT_MS = 60_000;

/**
 * Rebuilds an empty graph from a backup file: checks the whole file first (a damaged file
 * writes nothing), puts the schema in place, creates nodes then edges in batches, and compares
 * the restored graph's digest with the file's. Should anything fail after writing began, what
 * was written is removed again, so the graph is left empty, never half restored.
 */
export async function restoreGraph(graph: Graph, file: string, checked?: BackupContents): Promise<RestoreSummary> {
  const contents = checked ?? (await checkBackup(file));
  await refuseUnlessEmpty(graph);
  // Indexes made on the empty graph fill as the batches land; made after, their population
  // would outlast a query's timeout on a large graph.
  await ensureSchema(graph);
  const elements = new Map<number, string>();
  let marker: string | undefined;
  let step = 'writing nodes';
  const session = graph.session('WRITE');
  try {
    [marker] = (
      await graph.run<{ element: string }>(`CREATE (m:${MARKER} {file: $file, startedAt: datetime()}) RETURN elementId(m) AS element`, { file }, 'WRITE')
    ).map((row) => row.element);
    let nodes: NodeLine[] = [],
      edges: EdgeLine[] = [];
    const writeNodes = async () => {
      const rows = nodes.map(({ key, labels, props }) => ({ key, labels, props }));
      nodes = [];
      const created = await session.executeWrite((tx) => tx.run(CREATE_NODES, { rows }), { timeout: BATCH_TIMEOUT_MS });
      for (const record of created.records) elements.set(record.get('key'), record.get('element'));
    };
    const writeEdges = async () => {
      const rows = edges.map(({ from, to, type, props }) => ({ from: elements.get(from), to: elements.get(to), type, props }));
      edges = [];
      const result = await session.executeWrite((tx) => tx.run(CREATE_EDGES, { rows }), { timeout: BATCH_TIMEOUT_MS });
      if (result.records[0]?.get('created') !== rows.length)
        throw new Error(`an edge batch created ${result.records[0]?.get('created')} of ${rows.length} edges`);
    };
    let end: End | undefined;
    for await (const entry of entries(
      file,
      () => {},
      (e) => (end = e),
    )) {
      if (entry.kind === 'node') {
        nodes.push(entry);
        if (nodes.length >= BATCH) await writeNodes();
      } else {
        if (nodes.length) await writeNodes();
        step = 'writing edges';
        edges.push(entry);
        if (edges.length >= BATCH) await writeEdges();
      }
    }
    if (nodes.length) await writeNodes();
    if (edges.length) await writeEdges();
    if (end!.digest.sha256 !== contents.digest.sha256) throw new BackupError('CHANGED', `${file} changed while it was being restored`);
    await graph.run(DELETE_NODES, { elements: [marker] }, 'WRITE');
    step = 'waiting for the search index';
    await awaitSearchIndex(graph);
    step = 'comparing digests';
    const restored = await graphDigest(graph);
    if (restored.sha256 !== contents.digest.sha256) {
      throw new BackupError(
        'MISMATCH',
        `the restored graph's digest (${restored.nodes} nodes, ${restored.edges} edges, ${restored.sha256}) differs from the backup's (${contents.nodes} nodes, ${contents.edges} edges, ${contents.digest.sha256})`,
      );
    }
    return { ...contents, restored };
  } catch (error) {
    (error as Error).message = `failed while ${step}: ${(error as Error).message}`;
    throw await undo(graph, error as Error, [...elements.values(), ...(marker ? [marker] : [])]);
  } finally {
    await session.close();
  }
}

/** Removes what a failed restore wrote; the error then says whether the graph is empty again. */
async function undo(graph: Graph, error: Error, written: string[]): Promise<Error> {
  if (written.length === 0) return error;
  try {
    for (let i = 0; i < written.length; i += BATCH) await graph.run(DELETE_NODES, { elements: written.slice(i, i + BATCH) }, 'WRITE');
  } catch (undoError) {
    error.message += `; removing the ${written.length} nodes it had written failed too (${(undoError as Error).message}): empty the graph before restoring again`;
    return error;
  }
  error.message += '; what it had written was removed, the graph is empty again';
  return error;
}
