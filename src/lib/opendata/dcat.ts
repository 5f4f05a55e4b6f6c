/**
 * The DCAT-AP catalogue as JSON-LD (/catalog.jsonld): what national and European data
 * portals harvest. Titles and descriptions carry language tags; each dataset has a
 * JSON and a CSV distribution with download URL, media type, size and checksum.
 *
 * It conforms to DCAT-AP 3.0.1 (checked by tests/build/dcat-shacl.test.ts with the official
 * SHACL shapes). Those shapes check the class of every linked resource (licence, media type,
 * format, publisher, contact point, language, landing page, standard, checksum algorithm) and
 * a harvester does no inference, so each linked resource states its DCAT-AP class here.
 */
import type { Dataset, Text3 } from './dataset.ts';
import type { IndexEntry } from './envelope.ts';
import { LICENSE } from './licence.ts';
import { MEDIA_TYPES } from './paths.ts';
import { LOCALES } from '../locales.ts';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

/** BCP 47 tags, as on the pages (`zh-Hans` is Simplified Chinese). */
const LANG_TAG = { vi: 'vi', zh: 'zh-Hans', en: 'en' } as const;
const EU_LANGUAGE = { vi: 'VIE', zh: 'ZHO', en: 'ENG' } as const;
const EU_FILE_TYPE = { json: 'JSON', csv: 'CSV' } as const;

function literals(t: Text3): { '@language': string; '@value': string }[] {
  return LOCALES
    .filter((l) => t[l])
    .map((l) => ({ '@language': LANG_TAG[l], '@value': t[l]! }));
}

const id = (iri: string) => ({ '@id': iri });
/** A linked resource with the class DCAT-AP expects for it. */
const typed = (iri: string, type: string | string[]) => ({ '@id': iri, '@type': type });
const document = (iri: string) => typed(iri, 'foaf:Document');
const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });

export interface CatalogInfo {
  /** Absolute URL of the catalogue file. */
  url: string;
  title: Text3;
  description: Text3;
  /** Absolute URL of the human page about open data (landing page); `#dataset-<id>` anchors exist on it. */
  page: string;
  homepage: string;
  /** Absolute URL of the Frictionless Data Package that describes the CSV files. */
  datapackage: string;
  publisher: { name: Text3; email: string; url: string; phone?: string };
  lastModified: string | null;
}

/** A file published beside the datasets (the register log): one JSON distribution. */
export interface ExtraFile {
  url: string;
  landingPage: string;
  title: Text3;
  description: Text3;
  lastModified: string | null;
  bytes: number;
  sha256: string;
}

export function dcatCatalog(datasets: readonly Dataset[], entries: readonly IndexEntry[], info: CatalogInfo, registerLog?: ExtraFile): Record<string, unknown> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const publisherId = `${info.homepage}#publisher`;
  const contactPoint = {
    // vcard:Kind is the class DCAT-AP requires; vcard:Organization says which kind.
    '@type': ['vcard:Kind', 'vcard:Organization'],
    'vcard:fn': info.publisher.name.vi,
    'vcard:hasEmail': id(`mailto:${info.publisher.email}`),
    ...(info.publisher.phone ? { 'vcard:hasTelephone': id(`tel:${info.publisher.phone.replace(/[^0-9+]/g, '')}`) } : {}),
    'vcard:hasURL': id(info.publisher.url),
  };
  const license = typed(LICENSE.url, 'dct:LicenseDocument');
  return {
    '@context': CONTEXT,
    '@id': info.url,
    '@type': 'dcat:Catalog',
    'dct:title': literals(info.title),
    'dct:description': literals(info.description),
    'dct:publisher': {
      '@id': publisherId,
      '@type': ['foaf:Agent', 'foaf:Organization'],
      'foaf:name': literals(info.publisher.name),
      'foaf:homepage': document(info.publisher.url),
    },
    'dcat:contactPoint': contactPoint,
    'dct:license': license,
    'dct:language': LOCALES.map((l) => typed(`http://publications.europa.eu/resource/authority/language/${EU_LANGUAGE[l]}`, 'dct:LinguisticSystem')),
    'foaf:homepage': document(info.page),
    ...(info.lastModified ? { 'dct:modified': date(info.lastModified) } : {}),
    'dcat:dataset': datasets.map((ds): Record<string, unknown> => {
      const e = byId.get(ds.id)!;
      const distribution = (format: 'json' | 'csv') => ({
        '@id': e.links[format],
        '@type': 'dcat:Distribution',
        'dct:title': literals({ vi: `${ds.title.vi} (${format.toUpperCase()})`, zh: ds.title.zh && `${ds.title.zh}（${format.toUpperCase()}）`, en: ds.title.en && `${ds.title.en} (${format.toUpperCase()})` }),
        'dcat:accessURL': id(e.links[format]),
        'dcat:downloadURL': id(e.links[format]),
        'dcat:mediaType': typed(`http://www.iana.org/assignments/media-types/${MEDIA_TYPES[format]}`, 'dct:MediaType'),
        'dct:format': typed(`http://publications.europa.eu/resource/authority/file-type/${EU_FILE_TYPE[format]}`, 'dct:MediaTypeOrExtent'),
        'dct:license': license,
        'dct:conformsTo': typed(format === 'json' ? e.links.schema : info.datapackage, 'dct:Standard'),
        'dcat:byteSize': { '@value': String(e.bytes[format]), '@type': 'xsd:nonNegativeInteger' },
        'spdx:checksum': {
          '@type': 'spdx:Checksum',
          'spdx:algorithm': typed('http://spdx.org/rdf/terms#checksumAlgorithm_sha256', 'spdx:ChecksumAlgorithm'),
          'spdx:checksumValue': { '@value': e.sha256[format], '@type': 'xsd:hexBinary' },
        },
        ...(e.lastModified ? { 'dct:modified': date(e.lastModified) } : {}),
      });
      return {
        '@id': `${info.page}#dataset-${ds.id}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': ds.id,
        'dct:title': literals(ds.title),
        'dct:description': literals(ds.description),
        'dct:publisher': id(publisherId),
        'dcat:contactPoint': contactPoint,
        'dct:license': license,
        'dcat:landingPage': document(`${info.page}#dataset-${ds.id}`),
        ...(e.lastModified ? { 'dct:modified': date(e.lastModified) } : {}),
        'dcat:distribution': [distribution('json'), distribution('csv')],
      };
    }).concat(registerLog ? [logDataset(registerLog, publisherId, contactPoint, license)] : []),
  };
}

function logDataset(f: ExtraFile, publisherId: string, contactPoint: Record<string, unknown>, license: { '@id': string; '@type': string | string[] }): Record<string, unknown> {
  const modified = f.lastModified ? { 'dct:modified': date(f.lastModified) } : {};
  return {
    '@id': f.landingPage,
    '@type': 'dcat:Dataset',
    'dct:identifier': 'register-log',
    'dct:title': literals(f.title),
    'dct:description': literals(f.description),
    'dct:publisher': id(publisherId),
    'dcat:contactPoint': contactPoint,
    'dct:license': license,
    'dcat:landingPage': document(f.landingPage),
    ...modified,
    'dcat:distribution': [
      {
        '@id': f.url,
        '@type': 'dcat:Distribution',
        'dct:title': literals({ vi: `${f.title.vi} (JSON)`, zh: f.title.zh && `${f.title.zh}（JSON）`, en: f.title.en && `${f.title.en} (JSON)` }),
        'dcat:accessURL': id(f.url),
        'dcat:downloadURL': id(f.url),
        'dcat:mediaType': typed(`http://www.iana.org/assignments/media-types/${MEDIA_TYPES.json}`, 'dct:MediaType'),
        'dct:format': typed(`http://publications.europa.eu/resource/authority/file-type/${EU_FILE_TYPE.json}`, 'dct:MediaTypeOrExtent'),
        'dct:license': license,
        'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:nonNegativeInteger' },
        'spdx:checksum': {
          '@type': 'spdx:Checksum',
          'spdx:algorithm': typed('http://spdx.org/rdf/terms#checksumAlgorithm_sha256', 'spdx:ChecksumAlgorithm'),
          'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' },
        },
        ...modified,
      },
    ],
  };
}
