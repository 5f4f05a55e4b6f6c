/**
 * Validates an RDF document against SHACL shapes with rdf-validate-shacl (the maintained
 * RDF/JS implementation of W3C SHACL), reading Turtle with @rdfjs/parser-n3 and JSON-LD with
 * @rdfjs/parser-jsonld. Returns every violation as one readable line.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ParserJsonld from '@rdfjs/parser-jsonld';
import ParserN3 from '@rdfjs/parser-n3';
import datasetFactory from '@rdfjs/dataset';
import SHACLValidator from 'rdf-validate-shacl';

async function load(stream: NodeJS.ReadableStream) {
  const dataset = datasetFactory.dataset();
  for await (const quad of stream as AsyncIterable<Parameters<typeof dataset.add>[0]>) dataset.add(quad);
  return dataset;
}

export const loadTurtle = (file: string) => load(new ParserN3().import(Readable.from([readFileSync(file, 'utf8')])));

/** JSON-LD with an inline context: the parser is never allowed to fetch anything. */
export const loadJsonLd = (text: string, baseIRI: string) =>
  load(new ParserJsonld({ baseIRI }).import(Readable.from([text])));

export interface Violation { focus: string; path: string; shape: string; message: string; severity: string }

export async function shaclViolations(shapesFile: string, jsonld: string, baseIRI: string): Promise<Violation[]> {
  const shapes = await loadTurtle(shapesFile);
  const data = await loadJsonLd(jsonld, baseIRI);
  const report = await new SHACLValidator(shapes).validate(data);
  return report.results.map((r) => ({
    focus: r.focusNode?.value ?? '',
    path: r.path?.value ?? '',
    shape: r.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
    message: r.message.map((m) => m.value).join(' '),
    severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
  }));
}
